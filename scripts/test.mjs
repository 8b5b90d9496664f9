// `npm test` (and CI via .ci/run): every check in order, each a named step with pass/fail and
// duration, stopping at the first failure, closing on one summary line.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT, ensureDependencies, formatDuration, run } from './lib.mjs';

const node = process.execPath;

/** Regenerates the manifest aside and compares it with the committed one. */
async function manifestIsFresh() {
  const committed = join(ROOT, 'custom-elements.json');
  if (!existsSync(committed)) throw new Error('custom-elements.json is missing: run npm run analyze');
  // cem joins --outdir onto the working directory, so the scratch folder must be inside it.
  const cache = join(ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const scratch = mkdtempSync(join(cache, 'cem-check-'));
  try {
    const code = await run('cem', ['analyze', '--quiet', '--outdir', relative(ROOT, scratch)]);
    if (code !== 0) return code;
    // Compared as data, so reformatting the committed file is not a mismatch.
    const normalize = (file) => JSON.stringify(JSON.parse(readFileSync(file, 'utf8')));
    if (normalize(committed) !== normalize(join(scratch, 'custom-elements.json'))) {
      throw new Error('custom-elements.json is stale: run npm run analyze');
    }
    return 0;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * The manifest and package.json as tools that read them expect (@wc-toolkit/cem-validator): tag
 * names, published module paths, the types each element's API names exported beside it, and the
 * package's entry fields. Its failures are thrown; warnings are printed.
 */
async function manifestIsValid() {
  const { validateCem } = await import('@wc-toolkit/cem-validator');
  const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
  await validateCem(manifest, {
    packageJsonPath: join(ROOT, 'package.json'),
    // The analyzer writes schema version 1.0.0, and the manifest is what it writes.
    rules: { manifest: { schemaVersion: 'off' } },
  });
  return 0;
}

const hasStorybook = () =>
  existsSync(join(ROOT, '.storybook')) &&
  readdirSync(join(ROOT, '.storybook')).some((name) => /^main\.[cm]?[jt]s$/.test(name));

const steps = [
  { name: 'typecheck', run: () => run('tsc', ['--noEmit', '-p', 'tsconfig.json']) },
  { name: 'lint', run: () => run('eslint', ['.']) },
  { name: 'custom-elements.json', run: manifestIsFresh },
  { name: 'manifest (cem-validator)', run: manifestIsValid },
  // The demo's pages and the README's HTML snippets.
  { name: 'html-validate', run: () => run(node, ['test/a11y/html-validate.mjs']) },
  { name: 'browser tests', run: () => run('web-test-runner', []) },
  { name: 'build', run: () => run(node, ['scripts/build.mjs']) },
  { name: 'smoke test', run: () => run(node, ['test/smoke/smoke.mjs']) },
  // Every module of the package loads with no DOM: in Node (server rendering) and in a worker.
  { name: 'no DOM (Node, a worker)', run: () => run(node, ['test/smoke/no-dom.mjs']) },
  // news-widgets/ssr in Node: each widget's HTML and data from a real endpoint, failures as fallbacks.
  { name: 'server rendering (Node)', run: () => run(node, ['--test', 'test/ssr/']) },
  // The server-rendered demo page without JavaScript, hydrated, and with the single file.
  { name: 'server-rendered page (Chromium)', run: () => run(node, ['test/smoke/ssr-page.mjs']) },
  // Every element's key states against committed baselines (npm run test:visual:update).
  { name: 'visual regression', run: () => run(node, ['test/visual/visual.mjs']) },
  // The demo's own pages: no serious axe finding in light, dark and forced colours.
  { name: 'demo pages under axe', run: () => run(node, ['test/a11y/demo-pages.mjs']) },
  // The tarball as a partner installs it: exports, types, React wrappers and an app per framework
  // (Vue, Svelte, Solid, Preact, plain TypeScript), type-checked and rendered in Chromium.
  { name: 'package (npm pack)', run: () => run(node, ['test/smoke/pack.mjs']) },
  // The examples of server rendering in site generators, built from the tarball and taken over in Chromium.
  { name: 'server rendering in frameworks', run: () => run(node, ['test/smoke/ssr-frameworks.mjs']) },
  // The built bundle under a strict CSP with Trusted Types, loaded twice, and beside another build.
  { name: 'hostile hosts (built files)', run: () => run(node, ['test/security/built-hosts.mjs']) },
  {
    name: 'storybook build',
    skip: () => !hasStorybook() && 'no .storybook/main.*',
    run: () =>
      run('storybook', ['build', '--quiet', '--disable-telemetry', '--output-dir', 'storybook-static']),
  },
];

function bail(started, what, detail) {
  console.log(`\nnpm test: FAILED at ${what} (${detail}) after ${formatDuration(Date.now() - started)}`);
  process.exit(1);
}

async function main() {
  const started = Date.now();
  try {
    await ensureDependencies();
  } catch (error) {
    bail(started, 'dependencies', error.message);
  }
  try {
    // Found (or installed) here, before any step needs them. Chromium always: the package test
    // renders the React wrappers and the visual test takes its shots in it.
    const { findChromium } = await import('./find-chromium.mjs');
    process.env.CHROME_PATH = findChromium();
    const { chosenEngines, findEngine } = await import('./test-browsers.mjs');
    for (const engine of chosenEngines()) console.log(`${engine}: ${findEngine(engine)}`);
  } catch (error) {
    bail(started, 'browsers', error.message);
  }

  let passed = 0;
  let skipped = 0;
  for (const step of steps) {
    const why = step.skip?.();
    if (why) {
      skipped++;
      console.log(`\n○ ${step.name}: skipped: ${why}`);
      continue;
    }
    console.log(`\n▶ ${step.name}`);
    const stepStarted = Date.now();
    let detail;
    try {
      const code = await step.run();
      if (code !== 0) detail = `exit ${code}`;
    } catch (error) {
      detail = error.message;
    }
    const took = formatDuration(Date.now() - stepStarted);
    if (detail) {
      console.log(`✘ ${step.name} failed (${took}): ${detail}`);
      bail(started, step.name, detail);
    }
    passed++;
    console.log(`✔ ${step.name} passed (${took})`);
  }
  const ran = steps.length - skipped;
  const skippedNote = skipped ? `, ${skipped} skipped` : '';
  console.log(`\nnpm test: ${passed}/${ran} steps passed${skippedNote} (${formatDuration(Date.now() - started)})`);
}

await main();

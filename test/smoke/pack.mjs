// The package as a partner developer gets it: `npm pack`, installed into a fresh project beside
// React, then used there. It checks
// - the tarball: everything the exports and docs point at, and nothing else (no src/, tests, demo),
//   and no React code in the single-file bundle;
// - resolution: every export resolves to a file (ESM entry, per-element modules, react, JSON);
// - types: a TypeScript consumer (strict; moduleResolution node16 and bundler) sees typed
//   elements, attributes, events and React props from each entry point imported alone, the
//   README's React example compiles as written, and wrong values fail to compile
//   (consumer-types.mjs);
// - React: an app bundled from the installed package renders the wrappers in Chromium, with
//   properties, and every event each element documents in custom-elements.json reaches its
//   `on…` prop; `configure()` from "news-widgets" configures the wrappers' elements (one module
//   graph, not the single file beside the per-element modules), and the app holds one Lit;
//   without the optional peer @lit/react, a Vite app builds and its error names the package
//   (missing-peer.mjs);
// - Vue, Svelte, Solid, Preact and plain TypeScript: an app each, checked by the framework's own
//   checker (which must also fail on a wrong attribute value and a wrong property type), built as
//   the framework builds it and rendered in Chromium (framework-apps.mjs).
// Run after `npm run build`. The install reads lit, react, @lit/react, react-router and the
// frameworks' packages from the npm cache (shared with every other install) or the registry;
// the package itself comes from the local tarball. Each step says how long it took.
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createMockEndpoint } from '../../demo/mock-endpoint.js';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/find-chromium.mjs';
import { ROOT, childEnv } from '../../scripts/lib.mjs';
import { ENTRY_FILES, checkConsumerTypes, readmeReactExample } from './consumer-types.mjs';
import { APPS, FRAMEWORK_PACKAGES, checkFrameworkTypes, renderFrameworkApps } from './framework-apps.mjs';
import { checkMissingPeer } from './missing-peer.mjs';
import { installInto, packTarball, sh, timed } from './packed-package.mjs';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const TIMEOUT = 15_000;

/** What the tarball must and must not hold: the exports' targets, the docs, no sources or tests. */
function checkTarball(files) {
  const problems = [];
  const required = [
    'package.json',
    'README.md',
    'CHANGELOG.md',
    'LICENSE',
    'dist/news-widgets.js',
    'dist/elements/index.js',
    'dist/elements/react.js',
    'dist/types/index.d.ts',
    'dist/types/react/react.d.ts',
    'dist/types/frameworks/vue.d.ts',
    'dist/types/frameworks/svelte.d.ts',
    'dist/types/frameworks/solid.d.ts',
    'dist/types/frameworks/jsx.d.ts',
    'custom-elements.json',
    'web-types.json',
    'vscode.html-custom-data.json',
    'schema/native-endpoint.openapi.json',
  ];
  for (const file of required) if (!files.includes(file)) problems.push(`the tarball lacks ${file}`);
  const stray = files.filter((file) => !/^(dist|schema)\/|^[^/]+$/.test(file));
  // React users import news-widgets/react; everyone else must not pay for it.
  if (/@lit\/react|createComponent/.test(readFileSync(join(ROOT, 'dist/news-widgets.js'), 'utf8')))
    problems.push('dist/news-widgets.js contains the React wrappers');
  if (stray.length) problems.push(`the tarball holds files outside dist/ and schema/: ${stray.slice(0, 5).join(', ')}`);
  return problems;
}

/** A consumer project in a temporary folder, with the tarball, React and the frameworks installed. */
function consumerProject(tarball) {
  const dir = mkdtempSync(join(tmpdir(), 'news-widgets-consumer-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const wanted = [
    ...['react', 'react-dom', '@lit/react', '@types/react', '@types/react-dom'].map((name) => `${name}@${pkg.devDependencies[name]}`),
    // The router of the README's React example.
    'react-router@^8',
    ...['typescript', 'vite'].map((name) => `${name}@${pkg.devDependencies[name]}`),
    ...FRAMEWORK_PACKAGES,
  ];
  installInto(dir, tarball, wanted);
  return dir;
}

/** Every export of the package resolves, from the consumer, to a file that exists. */
function checkResolution(dir) {
  const specifiers = [
    'news-widgets',
    'news-widgets/react',
    'news-widgets/article-card.js',
    'news-widgets/related-rail.js',
    'news-widgets/mourning-banner.js',
    'news-widgets/language-switcher.js',
    'news-widgets/custom-elements.json',
    'news-widgets/native-endpoint.openapi.json',
    'news-widgets/web-types.json',
    'news-widgets/vscode.html-custom-data.json',
    'news-widgets/package.json',
  ];
  const script = `
    import { existsSync } from 'node:fs';
    import { fileURLToPath } from 'node:url';
    const out = {};
    for (const s of ${JSON.stringify(specifiers)}) {
      try { const file = fileURLToPath(import.meta.resolve(s)); out[s] = existsSync(file) ? file : 'missing ' + file; }
      catch (error) { out[s] = 'unresolved: ' + error.message.split('\\n')[0]; }
    }
    try { import.meta.resolve('news-widgets/chunks/x.js'); out.chunks = 'exported'; } catch { out.chunks = 'private'; }
    console.log(JSON.stringify(out));`;
  const resolved = JSON.parse(sh(process.execPath, ['--input-type=module', '-e', script], dir));
  const problems = Object.entries(resolved)
    .filter(([key, file]) =>
      key === 'chunks' ? file !== 'private' : !file.startsWith(join(dir, 'node_modules', 'news-widgets')),
    )
    .map(([key, file]) => `${key}: ${file}`);
  if (!problems.length)
    console.log(`ok: ${specifiers.length} exports resolve to files in the installed package; chunks stay private`);
  return problems;
}

const APP_JSX = `
import { createRoot } from 'react-dom/client';
import { configure } from 'news-widgets';
import 'news-widgets/related-rail.js';
import * as wrappers from 'news-widgets/react';
import manifest from 'news-widgets/custom-elements.json';

// The fetched card below has no endpoint of its own: it must read this one.
configure({ endpoint: '/api' });

const results = (window.results = { titles: [], clicks: [], heard: [], missing: [] });
const { NewsArticleCard } = wrappers;
const onEvent = (name) => 'on' + name.replace(/(^|-)(\\w)/g, (_, __, c) => c.toUpperCase());
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

// Each element's documented events, as the React props that should carry them.
const probes = elements.map((element) => {
  const Wrapper = wrappers[element.name];
  if (!Wrapper) results.missing.push(element.name);
  const props = Object.fromEntries((element.events ?? []).map((event) => [
    onEvent(event.name),
    (e) => { if (e.detail?.probe) results.heard.push(element.tagName + ' ' + e.type); },
  ]));
  return Wrapper && <Wrapper key={element.tagName} className="probe" {...props} />;
});

document.addEventListener('click', (event) => event.preventDefault());
createRoot(document.getElementById('root')).render(
  <>
    <NewsArticleCard
      articleId="court-digital"
      onNewsLoad={(e) => results.titles.push(e.detail.data.title)}
      onNewsArticleClick={(e) => results.clicks.push(e.detail)}
    />
    <NewsArticleCard id="given" article={{ id: 'given', url: 'https://news.example/kk/given', title: 'Given as a property' }} />
    {probes}
  </>,
);
window.expectedEvents = elements.flatMap((e) => (e.events ?? []).map((event) => e.tagName + ' ' + event.name));
window.probe = () => {
  for (const el of document.querySelectorAll('.probe'))
    for (const name of new Set(window.expectedEvents.filter((x) => x.startsWith(el.localName + ' ')).map((x) => x.split(' ')[1])))
      el.dispatchEvent(new CustomEvent(name, { detail: { probe: true }, bubbles: true, composed: true }));
};
`;

/** Bundles a React app from the installed package with esbuild, as a partner's build would. */
async function bundleApp(dir) {
  writeFileSync(join(dir, 'app.jsx'), APP_JSX);
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: dir,
    entryPoints: ['app.jsx'],
    bundle: true,
    format: 'esm',
    jsx: 'automatic',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

function serve(appJs) {
  const api = createMockEndpoint({ base: '/api' });
  const page =
    '<!doctype html><meta charset="utf-8"><title>React consumer</title><div id="root"></div><script type="module" src="/app.js"></script>';
  const server = createServer((req, res) =>
    api(req, res, () => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      const [type, body] = path === '/app.js' ? ['text/javascript', appJs] : path === '/' ? ['text/html', page] : [];
      res.writeHead(body ? 200 : 404, { 'Content-Type': type ?? 'text/plain' });
      res.end(body ?? 'not found');
    }),
  );
  server.on('close', () => api.close());
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Renders the bundled app in Chromium and checks it as a reader and as the app's code see it. */
async function checkReact(dir) {
  const appJs = await bundleApp(dir);
  // Lit records each copy of itself that runs on a page in this list.
  const lits = appJs.match(/litHtmlVersions/g)?.length ?? 0;
  const server = await serve(appJs);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const title = (await (await fetch(`${origin}/api/articles/court-digital?lang=kk`)).json()).title;
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS });
  const problems = [];
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(origin);
    const fetched = page.locator('news-article-card:not(#given)').getByRole('link', { name: title, exact: true });
    await fetched.waitFor({ timeout: TIMEOUT });
    await page
      .locator('#given')
      .getByRole('link', { name: 'Given as a property', exact: true })
      .waitFor({ timeout: TIMEOUT });
    await fetched.click();
    await page.evaluate(() => globalThis.probe());
    const { results, expected } = await page.evaluate(() => ({
      results: globalThis.results,
      expected: globalThis.expectedEvents,
    }));
    if (lits !== 1) problems.push(`the app bundles ${lits} copies of Lit, not one`);
    if (results.missing.length) problems.push(`no React wrapper for ${results.missing.join(', ')}`);
    if (!results.titles.includes(title))
      problems.push(`onNewsLoad did not get the article (got ${JSON.stringify(results.titles)})`);
    if (results.clicks[0]?.id !== 'court-digital')
      problems.push(`onNewsArticleClick got ${JSON.stringify(results.clicks)}`);
    const unheard = expected.filter((event) => !results.heard.includes(event));
    if (unheard.length) problems.push(`events that never reached their on… prop: ${unheard.join(', ')}`);
    if (!problems.length) {
      console.log(
        `ok: React renders the wrappers (fetched with the endpoint configure() set, and given articles); ${expected.length} documented events reach their props; one Lit`,
      );
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
  return problems;
}

/** One line per framework app when a framework step passed, with its time. */
function report(what, { problems, timings }) {
  if (problems.length) return;
  for (const app of APPS) console.log(`ok: ${app.label}: ${what} (${(timings[app.name] / 1000).toFixed(1)} s)`);
}

async function main() {
  for (const file of ['dist/news-widgets.js', 'dist/elements/react.js']) {
    if (!existsSync(join(ROOT, file))) return [`${file} is missing: run npm run build first`];
  }
  const scratch = mkdtempSync(join(tmpdir(), 'news-widgets-pack-'));
  let consumer;
  try {
    const packed = packTarball(scratch);
    const { files } = packed;
    console.log(
      `packed ${packed.filename}: ${files.length} files, ${(packed.size / 1024).toFixed(0)} KB (${(packed.unpackedSize / 1024).toFixed(0)} KB unpacked)`,
    );
    const problems = checkTarball(files);
    if (problems.length) return problems;
    consumer = await timed('install', () => consumerProject(packed.path));
    const tsc = (args, cwd) => sh(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), ...args], cwd);
    const typeFiles = { ...ENTRY_FILES, 'readme-react.tsx': readmeReactExample(ROOT) };
    problems.push(...checkResolution(consumer), ...(await timed('TypeScript entries', () => checkConsumerTypes(consumer, typeFiles, tsc))));
    if (!problems.length) problems.push(...(await timed('React app', () => checkReact(consumer))));
    if (!problems.length) problems.push(...(await timed('React app without @lit/react', () => checkMissingPeer(consumer, childEnv()))));
    if (problems.length) return problems;
    const checked = await timed('frameworks type-checked', () => checkFrameworkTypes(consumer, childEnv()));
    report('type-checked by its own checker, and a wrong attribute value and property type fail it', checked);
    problems.push(...checked.problems);
    if (problems.length) return problems;
    const rendered = await timed('frameworks built and rendered', () => renderFrameworkApps(consumer, childEnv()));
    report('built and rendered in Chromium: the card shows its article, the app hears news-load', rendered);
    problems.push(...rendered.problems);
    return problems;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    if (consumer) rmSync(consumer, { recursive: true, force: true });
  }
}

const problems = await main().catch((error) => [error.message]);
if (problems.length) {
  console.error(`package test failed:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}
console.log('package test passed');

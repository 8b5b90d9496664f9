/* global Worker */
// Every module of the built package loads where there is no DOM (a step of `npm test`, after the
// build), as a server renderer (Next.js, Astro, a plain Node server) or a worker would load it:
// - in plain Node, each entry of package.json's exports by its package name (the package refers to
//   itself), the single file, and every chunk the entries load later (the lazy adapters), each in a
//   process of its own, so no module's globals (Lit's server shim) hide another's failure. Each
//   must load, register its elements only in Lit's server registry or nowhere, and let Node exit;
// - in a module worker in Chromium, the single file (it has Lit inside; the per-element modules
//   import Lit itself, whose browser build reads `document` as it loads, so no worker takes them).
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/find-chromium.mjs';
import { ROOT } from '../../scripts/lib.mjs';

const TIMEOUT = 15_000;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** Every JavaScript entry of the exports map, as a partner imports it: `news-widgets`, `news-widgets/react`, … */
function exportedSpecifiers() {
  const specifiers = [];
  for (const [key, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'string' ? target : (target?.import ?? target?.default);
    if (typeof file !== 'string' || !file.endsWith('.js')) continue;
    if (!key.includes('*')) {
      specifiers.push(pkg.name + key.slice(1));
      continue;
    }
    // A pattern: each file that fits it, e.g. "./*.js" -> ./dist/elements/<name>.js.
    const [folder, suffix] = [file.slice(0, file.lastIndexOf('/')), file.slice(file.indexOf('*') + 1)];
    for (const name of readdirSync(join(ROOT, folder)).filter((each) => each.endsWith(suffix))) {
      specifiers.push(pkg.name + key.slice(1).replace('*', name.slice(0, -suffix.length)));
    }
  }
  return specifiers;
}

const modules = () => [
  ...exportedSpecifiers(),
  './dist/news-widgets.js',
  ...readdirSync(join(ROOT, 'dist/elements/chunks'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `./dist/elements/chunks/${name}`),
];

/**
 * Imported in a fresh Node, the module reports what it registered. Elements may register only in
 * Lit's server registry (it is what a server renderer reads), or, without one, nowhere; and
 * nothing (a timer, a listener) may keep Node from exiting once the module has loaded.
 */
const PROBE = `
const specifier = process.argv[1];
const hadRegistry = 'customElements' in globalThis;
await import(specifier.startsWith('.') ? new URL(specifier, 'file://' + process.cwd() + '/').href : specifier);
const registry = globalThis.customElements;
const tags = ['news-article-card', 'news-related-rail', 'news-mourning-banner', 'news-language-switcher'];
const registered = registry ? tags.filter((tag) => registry.get(tag)) : [];
const problems = [];
if (hadRegistry) problems.push('Node had a customElements before the import');
if (typeof document !== 'undefined' || typeof window !== 'undefined') problems.push('the module made a document or window global');
if (registry && registry.constructor.name !== 'CustomElementRegistry') problems.push('customElements is ' + registry.constructor.name + ', not Lit\\'s server registry');
console.log(JSON.stringify({ registered, problems }));
`;

const run = promisify(execFile);

async function inNode(specifier) {
  try {
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', PROBE, specifier], { cwd: ROOT, timeout: TIMEOUT });
    const { registered, problems } = JSON.parse(stdout.trim().split('\n').pop());
    return { registered, problems };
  } catch (error) {
    const why = error.killed ? `Node did not exit within ${TIMEOUT / 1000}s after loading it` : (error.stderr || error.message).trim().split('\n').find((line) => /Error/.test(line));
    return { problems: [why ?? error.message] };
  }
}

/** The single file imported in a module worker: it must load and find no registry to use. */
async function inWorker() {
  const pages = {
    '/': '<!doctype html><title>worker</title>',
    '/worker.js': `import('/dist/news-widgets.js').then(
      (module) => postMessage({ exports: Object.keys(module).length, registry: typeof customElements }),
      (error) => postMessage({ error: String(error) }),
    );`,
    '/dist/news-widgets.js': await readFile(join(ROOT, 'dist/news-widgets.js'), 'utf8'),
  };
  const server = createServer((req, res) => {
    const body = pages[new URL(req.url, 'http://localhost').pathname];
    res.writeHead(body === undefined ? 404 : 200, { 'Content-Type': req.url === '/' ? 'text/html' : 'text/javascript' });
    res.end(body ?? '');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    return await page.evaluate(
      (timeout) =>
        new Promise((resolve) => {
          const worker = new Worker('/worker.js', { type: 'module' });
          worker.onmessage = ({ data }) => resolve(data);
          worker.onerror = (event) => resolve({ error: event.message || 'the worker failed to load' });
          setTimeout(() => resolve({ error: `no answer within ${timeout / 1000}s` }), timeout);
        }),
      TIMEOUT,
    );
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

async function check() {
  for (const file of ['dist/news-widgets.js', 'dist/elements/index.js']) {
    if (!existsSync(join(ROOT, file))) return [`${file} is missing: run npm run build first`];
  }
  const problems = [];
  const list = modules();
  // Two at a time: the machine is shared.
  for (let i = 0; i < list.length; i += 2) {
    await Promise.all(
      list.slice(i, i + 2).map(async (specifier) => {
        const { registered = [], problems: found } = await inNode(specifier);
        problems.push(...found.map((problem) => `Node, ${specifier}: ${problem}`));
        if (!found.length) console.log(`ok: Node imports ${specifier}${registered.length ? ` (registered in Lit's server registry: ${registered.join(', ')})` : ''}`);
      }),
    );
  }
  const worker = await inWorker();
  if (worker.error) problems.push(`worker, dist/news-widgets.js: ${worker.error}`);
  else if (worker.registry !== 'undefined') problems.push(`worker, dist/news-widgets.js: found a customElements (${worker.registry})`);
  else console.log(`ok: a module worker imports dist/news-widgets.js (${worker.exports} exports)`);
  return problems;
}

const problems = await check().catch((error) => [error.message]);
if (problems.length) {
  console.error(`no-DOM test failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('no-DOM test passed');

// Smoke test of the built files, used the way their users use them, in each engine (NEWS_BROWSERS,
// else all three):
// - a site builder's plain HTML page: one <script type="module" src="/dist/news-widgets.js">
//   and one tag, no build step;
// - a bundler user's per-element module, dist/elements/article-card.js, with Lit resolved
//   from node_modules (an import map stands in for their bundler).
// It catches what unit tests cannot: a bundle that misses Lit or bundles it twice, fails to
// register, throws on load, or cannot reach an endpoint. Run after `npm run build`.
// It also checks when each registers its elements: the single file a task after its module runs
// (src/bundle.ts says why), yet before a module importing it runs; a per-element module at once.
/* global document */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { createMockEndpoint } from '../../demo/mock-endpoint.js';
import { launchEngine, waitInPage } from '../../scripts/engine-pages.mjs';
import { ROOT } from '../../scripts/lib.mjs';
import { chosenEngines } from '../../scripts/test-browsers.mjs';

const ARTICLE_ID = 'court-digital';
const TIMEOUT = 15_000;
const CARD = `<news-article-card endpoint="/api" article-id="${ARTICLE_ID}"></news-article-card>`;

// Lit's packages map one to one onto their folders, so a prefix import map resolves them.
const LIT_PACKAGES = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];
const IMPORT_MAP = {
  imports: Object.fromEntries(
    LIT_PACKAGES.flatMap((name) => {
      const main = name === 'lit' ? 'index.js' : `${name.split('/').pop()}.js`;
      return [[name, `/node_modules/${name}/${main}`], [`${name}/`, `/node_modules/${name}/`]];
    }),
  ),
};

/**
 * Notes errors (in the page: WebKit's driver reports no console) and whether the card's element
 * is registered when the next module script runs (the one after `src`'s), and
 * when a module importing `src` runs.
 */
const registration = (src) => `<script>
  window.problems = [];
  addEventListener('error', (e) => problems.push(e.target === window ? 'page error: ' + e.message : 'failed to load ' + (e.target.src || e.target.href)), true);
  addEventListener('unhandledrejection', (e) => problems.push('page error: ' + e.reason));
  const logError = console.error;
  console.error = (...args) => (problems.push('console error: ' + args.join(' ')), logError(...args));
  window.registered = {};
</script>
<script type="module" src="${src}"></script>
<script type="module">
  registered.next = !!customElements.get('news-article-card');
</script>
<script type="module">
  import '${src}';
  registered.importer = !!customElements.get('news-article-card');
  customElements.whenDefined('news-article-card').then(() => (registered.defined = true));
</script>`;

const PAGES = {
  '/': `<!doctype html>
<meta charset="utf-8">
<title>news-widgets: single file</title>
${registration('/dist/news-widgets.js')}
${CARD}
`,
  '/elements.html': `<!doctype html>
<meta charset="utf-8">
<title>news-widgets: per-element module</title>
<script type="importmap">${JSON.stringify(IMPORT_MAP)}</script>
${registration('/dist/elements/article-card.js')}
${CARD}
`,
};

/** When each registers the card, as `registration` records it. */
const REGISTERED = {
  // The single file registers a task later or just before the first frame, whichever comes first,
  // so whether the next script finds it registered depends on the machine's load: not checked.
  '/': { importer: true },
  '/elements.html': { next: true, importer: true },
};

/**
 * WebKit runs a module that imports one another script is still evaluating (the single file's
 * top-level await) without waiting for it, against the standard: there its importer finds the
 * elements unregistered, as README "Where it runs" says, and waits with whenDefined().
 */
const expectedIn = (engine, path) => (engine.name === 'webkit' && path === '/' ? { ...REGISTERED[path], importer: false } : REGISTERED[path]);

const TYPES = { '.js': 'text/javascript', '.map': 'application/json' };

function startServer() {
  const api = createMockEndpoint({ base: '/api' });
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const send = (status, type, body) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(body);
    };
    api(req, res, async () => {
      if (PAGES[path]) return send(200, 'text/html; charset=utf-8', PAGES[path]);
      // Browsers ask for it on their own; a 404 would show as a console error.
      if (path === '/favicon.ico') return send(204, 'image/x-icon', '');
      const file = normalize(join(ROOT, path));
      const servable = ['dist', 'node_modules'].some((dir) => file.startsWith(join(ROOT, dir) + sep));
      if (servable && TYPES[extname(file)] && existsSync(file)) {
        return send(200, TYPES[extname(file)], await readFile(file));
      }
      send(404, 'text/plain', 'not found');
    });
  });
  server.on('close', () => api.close());
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The card's heading link, inside its shadow root, when its text is `title`. */
function headingLink(title) {
  const card = document.querySelector('news-article-card');
  const link = card?.shadowRoot?.querySelector('h1 a, h2 a, h3 a, h4 a, h5 a, h6 a, [role=heading] a');
  return link?.textContent?.trim() === title;
}

/** Opens a page and checks the card as a reader finds it, and when it was registered; returns what went wrong. */
async function checkPage(engine, url, title, registered) {
  const problems = [];
  const page = await engine.open(url);
  try {
    await waitInPage(page, headingLink, title, `no heading link "${title}"`, TIMEOUT).catch(async (error) => {
      const shown = await page.evaluate(() => document.querySelector('news-article-card')?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim());
      throw new Error(`${error.message}; the card shows: "${shown ?? '(no shadow root)'}"`);
    });
    const found = await page.evaluate(() => ({ registered: globalThis.registered, problems: globalThis.problems }));
    problems.push(...found.problems);
    if (!found.registered.defined) problems.push('whenDefined() never resolved in a module importing it');
    if (Object.entries(registered).some(([when, expected]) => found.registered[when] !== expected))
      problems.push(`registered ${JSON.stringify(found.registered)}, expected ${JSON.stringify(registered)} (for the next module script, for an importing module)`);
  } catch (error) {
    problems.push(error.message.split('\n')[0]);
  } finally {
    await page.close();
  }
  return problems;
}

async function smoke() {
  for (const file of ['dist/news-widgets.js', 'dist/elements/article-card.js']) {
    if (!existsSync(join(ROOT, file))) return [`${file} is missing: run npm run build first`];
  }
  const server = await startServer();
  const origin = `http://127.0.0.1:${server.address().port}`;
  try {
    // The title to expect comes from the endpoint itself, so content edits don't break this test.
    const article = await (await fetch(`${origin}/api/articles/${ARTICLE_ID}?lang=kk`)).json();
    const problems = [];
    for (const name of chosenEngines()) {
      const engine = await launchEngine(name);
      try {
        for (const [path, what] of [['/', 'dist/news-widgets.js'], ['/elements.html', 'dist/elements/article-card.js']]) {
          const found = await checkPage(engine, origin + path, article.title, expectedIn(engine, path));
          problems.push(...found.map((problem) => `${engine.version}: ${what}: ${problem}`));
          if (!found.length) console.log(`ok (${engine.version}): ${what} renders <news-article-card> with its headline link`);
        }
      } finally {
        await engine.close();
      }
    }
    return problems;
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

const problems = await smoke().catch((error) => [error.message]);
if (problems.length) {
  console.error(`smoke test failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('smoke test passed');

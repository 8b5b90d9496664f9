/* global process, console, Buffer, URL, setTimeout, document, window */
// Hostile host pages for the built files, in each engine (NEWS_BROWSERS, else all three; a step
// of `npm test`, after the build): what the browser tests cannot load, since they run the sources.
// - A page under a strict Content-Security-Policy sent as a real header
//   (script-src 'self'; style-src 'self'; require-trusted-types-for 'script') that loads
//   dist/news-widgets.js twice, as two module instances (a site's copy and a partner's embed):
//   every element, the HTML-reading JSON Feed adapter included, must render with no violation,
//   no error and no "already defined" exception.
// - A page with two different builds: the per-element build's switcher (Lit from node_modules)
//   defined first, the single-file bundle after it. The switcher of one build must switch the
//   widgets of the other.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { createMockEndpoint } from '../../demo/mock-endpoint.js';
import { launchEngine } from '../../scripts/engine-pages.mjs';
import { ROOT } from '../../scripts/lib.mjs';
import { chosenEngines } from '../../scripts/test-browsers.mjs';

const TIMEOUT = 15_000;
const STRICT = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

// Lit's packages map one to one onto their folders, so a prefix import map resolves them.
const LIT_PACKAGES = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];
const IMPORT_MAP = JSON.stringify({
  imports: Object.fromEntries(
    LIT_PACKAGES.flatMap((name) => {
      const main = name === 'lit' ? 'index.js' : `${name.split('/').pop()}.js`;
      return [[name, `/node_modules/${name}/${main}`], [`${name}/`, `/node_modules/${name}/`]];
    }),
  ),
});
// The import map is inline; the policy admits exactly it, by its hash, and nothing else inline.
const IMPORT_MAP_HASH = `'sha256-${createHash('sha256').update(IMPORT_MAP).digest('base64')}'`;

/**
 * Notes violations and errors before anything else runs (in the page: WebKit's driver reports no
 * console), a resource that failed to load and what the page's scripts log as an error; a file,
 * since the policy refuses inline scripts.
 */
const WATCH = `
window.seen = { violations: [], errors: [] };
document.addEventListener('securitypolicyviolation', (e) => seen.violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sample));
addEventListener('error', (e) => seen.errors.push(e.target === window ? String(e.message) : 'failed to load ' + (e.target.src || e.target.href)), true);
addEventListener('unhandledrejection', (e) => seen.errors.push(String(e.reason)));
const logError = console.error;
console.error = (...args) => (seen.errors.push('console error: ' + args.join(' ')), logError(...args));
`;

/** A JSON Feed whose stories come as HTML, so the adapter parses markup under Trusted Types. */
const FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Сарап',
  items: [
    { id: 'f1', url: 'https://example.kz/kk/f1', title: 'Бейнебайланыс &amp; медиация', content_html: '<p>Аудандық соттарда <b>жаңа</b> залдар ашылды &amp; жұмыс істеп тұр.</p>' },
    { id: 'f2', url: 'https://example.kz/kk/f2', content_html: '<p>«Сот кабинеті» арқылы берілген өтініштер саны <em>артты</em>.</p>' },
  ],
});

const WIDGETS = `
  <news-language-switcher languages="kk ru"></news-language-switcher>
  <news-mourning-banner endpoint="/api/mourning-today"></news-mourning-banner>
  <news-article-card endpoint="/api" article-id="court-digital" variant="compact"></news-article-card>
  <news-related-rail endpoint="/api" article-id="court-digital" layout="list" limit="2"></news-related-rail>
  <news-article-card adapter="jsonfeed" endpoint="/feed.json" article-id="f2" variant="compact"></news-article-card>`;

const PAGES = {
  '/strict.html': {
    csp: STRICT,
    html: `<!doctype html><html lang="kk"><meta charset="utf-8"><title>Strict host, the bundle twice</title>
<script src="/watch.js"></script>
<script type="module" src="/dist/news-widgets.js"></script>
<script type="module" src="/dist/news-widgets.js?copy=2"></script>
${WIDGETS}`,
  },
  '/two-builds.html': {
    csp: STRICT.replace("script-src 'self'", `script-src 'self' ${IMPORT_MAP_HASH}`),
    html: `<!doctype html><html lang="kk"><meta charset="utf-8"><title>Two builds on one page</title>
<script src="/watch.js"></script>
<script type="importmap">${IMPORT_MAP}</script>
<script type="module" src="/dist/elements/language-switcher.js"></script>
<script type="module" src="/dist/news-widgets.js"></script>
${WIDGETS}`,
  },
};

const TYPES = { '.js': 'text/javascript', '.map': 'application/json' };

function startServer() {
  const api = createMockEndpoint({ base: '/api' });
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const send = (status, type, body, headers = {}) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
      res.end(body);
    };
    api(req, res, async () => {
      if (PAGES[path]) return send(200, 'text/html; charset=utf-8', PAGES[path].html, { 'Content-Security-Policy': PAGES[path].csp });
      if (path === '/watch.js') return send(200, 'text/javascript', WATCH);
      if (path === '/feed.json') return send(200, 'application/feed+json', FEED);
      if (path === '/favicon.ico') return send(204, 'image/x-icon', Buffer.alloc(0));
      const file = normalize(join(ROOT, path));
      const servable = ['dist', 'node_modules'].some((dir) => file.startsWith(join(ROOT, dir) + sep));
      if (servable && TYPES[extname(file)] && existsSync(file)) return send(200, TYPES[extname(file)], await readFile(file));
      send(404, 'text/plain', 'not found');
    });
  });
  server.on('close', () => api.close());
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Texts the page's widgets show (through their shadow roots), by tag and place. */
const shown = (page) =>
  page.evaluate(() => {
    const text = (element) => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const titles = (element) => [...(element.shadowRoot?.querySelectorAll('news-article-card') ?? [])].map((card) => card.shadowRoot?.querySelector('[part~="link"]')?.textContent ?? '');
    return [...document.querySelectorAll('body > *')].filter((element) => element.localName.startsWith('news-')).map((element) => ({
      tag: element.localName,
      text: text(element),
      link: element.shadowRoot?.querySelector('[part~="link"]')?.textContent ?? '',
      titles: titles(element),
    }));
  });

const everyWidgetShows = (widgets) =>
  widgets.length === 5 &&
  widgets.every(({ tag, text, link, titles }) =>
    tag === 'news-article-card' ? link !== '' : tag === 'news-related-rail' ? titles.length === 2 && titles.every(Boolean) : text !== '',
  );

async function waitFor(page, predicate, what) {
  const deadline = Date.now() + TIMEOUT;
  for (;;) {
    const widgets = await shown(page);
    if (predicate(widgets)) return widgets;
    if (Date.now() > deadline) throw new Error(`${what}; the widgets show: ${JSON.stringify(widgets)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Opens a page, waits for every widget, switches to Russian; returns what went wrong. */
async function checkPage(engine, url) {
  const problems = [];
  const page = await engine.open(url);
  try {
    const kazakh = await waitFor(page, everyWidgetShows, 'not every widget showed');
    const clicked = await page.evaluate(() => {
      const russian = [...(document.querySelector('news-language-switcher')?.shadowRoot?.querySelectorAll('button') ?? [])].find((button) => button.textContent.trim() === 'Русский');
      russian?.click();
      return !!russian;
    });
    if (!clicked) throw new Error('the switcher has no Русский button');
    await waitFor(
      page,
      (widgets) => everyWidgetShows(widgets) && widgets[2].link !== kazakh[2].link && widgets[3].text.includes('Похожие новости'),
      'the switcher did not switch every widget to Russian',
    );
    const seen = await page.evaluate(() => window.seen);
    problems.push(...seen.violations.map((v) => `CSP violation: ${v}`), ...seen.errors.map((e) => `error: ${e}`));
  } catch (error) {
    problems.push(error.message.split('\n')[0]);
  } finally {
    await page.close();
  }
  return problems;
}

async function main() {
  for (const file of ['dist/news-widgets.js', 'dist/elements/language-switcher.js']) {
    if (!existsSync(join(ROOT, file))) return [`${file} is missing: run npm run build first`];
  }
  const server = await startServer();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const problems = [];
  try {
    for (const name of chosenEngines()) {
      const engine = await launchEngine(name);
      try {
        for (const [path, what] of [
          ['/strict.html', 'strict CSP + Trusted Types, the bundle loaded twice'],
          ['/two-builds.html', 'two builds on one page (per-element switcher, single-file bundle)'],
        ]) {
          const found = await checkPage(engine, origin + path);
          problems.push(...found.map((problem) => `${engine.version}: ${what}: ${problem}`));
          if (!found.length) console.log(`ok (${engine.version}): ${what}`);
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

const problems = await main().catch((error) => [error.message]);
if (problems.length) {
  console.error(`hostile hosts (built files) failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('hostile hosts (built files) passed');

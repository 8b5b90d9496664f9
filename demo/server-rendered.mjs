/* global performance, Buffer, URL, process, console */
// A news page rendered on a plain Node HTTP server with news-widgets/ssr (run `npm run build`
// first, then `node demo/server-rendered.mjs` and open the address it prints). Every widget
// arrives as HTML with its shadow tree and its data; the browser takes them over:
// - `/` with Lit's hydration (@lit-labs/ssr-client's support module loaded before the elements,
//   the per-element modules with Lit from node_modules through an import map, as a bundler would);
// - `/drop-in` with the one-line `dist/news-widgets.js`, which has no hydration: each widget renders
//   its tree again from the data it carries;
// - `/html`, the server's HTML with no script at all: what a reader without JavaScript, or a
//   crawler, gets, and what the other two start from;
// - `/browser`, for comparison, the same page rendered in the browser: plain tags and the single file;
// - `?widgets=…` limits the page to some of them, `?lang=ru` renders it in Russian.
// The mock endpoint of the other demos answers at /api, for the server and the browser alike.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { createMockEndpoint } from './mock-endpoint.js';
import { renderWidget } from 'news-widgets/ssr';
import { ROOT, isMain } from '../scripts/lib.mjs';

// Lit's packages map one to one onto their folders, so a prefix import map resolves them.
const LIT_PACKAGES = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit-labs/ssr-client'];
const IMPORT_MAP = JSON.stringify({
  imports: Object.fromEntries(
    LIT_PACKAGES.flatMap((name) => {
      const main = name === 'lit' ? 'index.js' : `${name.split('/').pop()}.js`;
      return [[name, `/node_modules/${name}/${main}`], [`${name}/`, `/node_modules/${name}/`]];
    }),
  ),
});

const SCRIPTS = {
  // The hydration support first: it patches LitElement as Lit loads, so it must come before the elements.
  hydrated: `<script type="importmap">${IMPORT_MAP}</script>
<script type="module">
  import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
  import '/dist/elements/index.js';
</script>`,
  'drop-in': '<script type="module" src="/dist/news-widgets.js"></script>',
  none: '',
};

/** The page's script by path. */
const SCRIPT_OF = { '/': 'hydrated', '/drop-in': 'drop-in', '/html': 'none', '/browser': 'drop-in' };

/** Today's date in Kazakhstan (UTC+5), so the demo's banner is up whenever it runs. */
const kazakhstanToday = () => new Date(Date.now() + 5 * 3600_000).toISOString().slice(0, 10);

/** The page's widgets: [name, tag, attributes, fallback]. */
const widgets = (endpoint) => [
  ['banner', 'news-mourning-banner', { date: kazakhstanToday(), dismissible: true, 'message-kk': 'Қаза тапқандарды еске алып, жақындарына көңіл айтамыз.', 'message-ru': 'Скорбим вместе с родными погибших.' }, ''],
  ['switcher', 'news-language-switcher', { languages: 'kk ru en' }, ''],
  ['lead', 'news-article-card', { endpoint, 'article-id': 'court-digital', variant: 'hero', 'heading-level': 2 }, '<a href="https://example.kz/kk/court-digital">Сандық технология сот саласына жаңа серпін берді</a>'],
  ['card', 'news-article-card', { endpoint, 'article-id': 'legal-aid', variant: 'horizontal' }, ''],
  ['card', 'news-article-card', { endpoint, 'article-id': 'mediation-halls', variant: 'horizontal' }, ''],
  ['card', 'news-article-card', { endpoint, 'article-id': 'zhetisu-medicine', variant: 'horizontal' }, ''],
  ['rail', 'news-related-rail', { endpoint, 'article-id': 'court-digital', limit: 4 }, ''],
];

/** A widget as a page rendered in the browser has it: its tag, attributes and fallback. */
const plainTag = (tag, attributes, fallback) =>
  `<${tag}${Object.entries(attributes).map(([name, value]) => ` ${name}="${String(value).replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`).join('')}>${fallback}</${tag}>`;

/** Renders the page (`onServer: false`: leaves the widgets to the browser); `timings` gets each widget's render time in ms. */
export async function renderPage({ endpoint, lang = 'kk', script = 'hydrated', onServer = true, only, timings = [] }) {
  const rendered = await Promise.all(
    widgets(endpoint)
      .filter(([name]) => !only || only.includes(name))
      .map(async ([name, tag, attributes, fallback]) => {
        const started = performance.now();
        const { html, error } = onServer ? await renderWidget(tag, attributes, { lang, fallback }) : { html: plainTag(tag, attributes, fallback) };
        timings.push({ name, tag, ms: performance.now() - started, bytes: Buffer.byteLength(html), error: error?.reason });
        return `<div class="slot slot-${name}">${html}</div>`;
      }),
  );
  return `<!doctype html>
<html lang="${lang}">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>news-widgets: rendered on the server</title>
<style>
  body { margin: 0; font-family: system-ui, sans-serif; background: #f5f6f8; }
  main { max-width: 960px; margin: 0 auto; padding: 16px; display: grid; gap: 16px; }
  .slot-switcher { justify-self: end; }
</style>
<main>
${rendered.join('\n')}
</main>
${SCRIPTS[script]}
`;
}

const TYPES = { '.js': 'text/javascript', '.map': 'application/json' };

/** Starts the demo server on `port` (0: any free one); resolves to the server, with its address. */
export async function startServerRenderedDemo({ port = 0, host = '127.0.0.1', onPage } = {}) {
  const api = createMockEndpoint({ base: '/api' });
  let endpoint;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status, type, body) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(body);
    };
    api(req, res, async () => {
      if (SCRIPT_OF[url.pathname]) {
        const timings = [];
        const page = await renderPage({
          endpoint,
          lang: url.searchParams.get('lang') ?? 'kk',
          script: SCRIPT_OF[url.pathname],
          onServer: url.pathname !== '/browser',
          only: url.searchParams.get('widgets')?.split(','),
          timings,
        });
        onPage?.({ url: url.href, timings, bytes: Buffer.byteLength(page) });
        return send(200, 'text/html; charset=utf-8', page);
      }
      if (url.pathname === '/favicon.ico') return send(204, 'image/x-icon', '');
      const file = normalize(join(ROOT, decodeURIComponent(url.pathname)));
      const servable = ['dist', 'node_modules'].some((dir) => file.startsWith(join(ROOT, dir) + sep));
      if (servable && TYPES[extname(file)] && existsSync(file)) return send(200, TYPES[extname(file)], await readFile(file));
      send(404, 'text/plain', 'not found');
    });
  });
  server.on('close', () => api.close());
  await new Promise((resolve) => server.listen(port, host, resolve));
  endpoint = `http://${host}:${server.address().port}/api`;
  return server;
}

if (isMain(import.meta.url)) {
  const server = await startServerRenderedDemo({
    port: Number(process.env.PORT ?? 5174),
    onPage: ({ url, timings, bytes }) =>
      console.log(`${url}: ${(bytes / 1024).toFixed(1)} KB; ${timings.map(({ name, ms }) => `${name} ${ms.toFixed(0)} ms`).join(', ')}`),
  });
  const { port } = server.address();
  const at = (path) => `http://127.0.0.1:${port}${path}`;
  console.log(`Server-rendered page: ${at('/')} (hydrated), ${at('/drop-in')} (the single file), ${at('/html')} (no script), ${at('/browser')} (rendered in the browser)`);
}

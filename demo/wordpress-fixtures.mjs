// @ts-check
/* global process, console, URL */
/**
 * A WordPress stand-in for the demo's data-source switch (demo/data-sources.html): it answers the
 * WordPress adapter's requests with the responses recorded from a real WordPress 6.1
 * (test/fixtures/wordpress/, see its README) on http://127.0.0.1:8089, the address they were
 * recorded on, so every link and image URL inside them points back here. Images are drawn as SVG
 * placeholders. For the real thing, `node scripts/test-wordpress.mjs --serve` (root, Debian).
 *
 *     node demo/wordpress-fixtures.mjs        # then open /demo/data-sources.html
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

const FIXTURES = new URL('../test/fixtures/wordpress/', import.meta.url);
const PORT = 8089;

/**
 * The recorded answer for a request: route, then the query parameters that choose the content.
 * @param {string} route  the path after /wp-json/
 * @param {URLSearchParams} query
 * @returns {[file: string, status?: number]}
 */
function recorded(route, query) {
  const post = /^wp\/v2\/posts\/(\d+)$/.exec(route)?.[1];
  if (post) return { 5: ['post-kk-embed'], 7: ['post-ru-embed'], 27: ['error-draft', 401], 29: ['error-private', 401] }[post] ?? ['error-post-not-found', 404];
  const lang = query.get('lang');
  if (lang && lang !== 'kk' && lang !== 'ru') return ['error-lang-unknown', 400];
  if (route === 'wp/v2/posts') {
    if (query.has('categories')) return [`related-${query.get('categories') === '3' ? 'ru' : 'kk'}`];
    if (query.has('tags')) return ['posts-by-tag'];
    return [`posts-embed-lang-${lang === 'ru' ? 'ru' : 'kk'}`];
  }
  if (route === 'wp/v2/tags') return ['tags-by-slug'];
  return ['error-no-route', 404];
}

/** A 1200×675 placeholder in place of an uploaded JPEG. */
const placeholder = (name) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 675" width="1200" height="675">
  <rect width="1200" height="675" fill="#1d3a5f"/><circle cx="900" cy="250" r="260" fill="#ffffff" fill-opacity="0.12"/>
  <text x="80" y="600" fill="#ffffff" fill-opacity="0.6" font-family="sans-serif" font-size="40">${name.replace(/[^\w.-]/g, '')}</text>
</svg>`;

/** @type {import('node:http').RequestListener} */
async function answer(req, res) {
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${PORT}`);
  // As WordPress does: any origin may read the REST API.
  if (req.headers.origin) res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  if (url.pathname.startsWith('/wp-content/uploads/')) {
    res.writeHead(200, { 'Content-Type': 'image/svg+xml' });
    return res.end(placeholder(url.pathname.split('/').pop() ?? ''));
  }
  const route = url.searchParams.get('rest_route')?.replace(/^\//, '') ?? url.pathname.replace(/^\/wp-json\/?/, '');
  const [file, status = 200] = recorded(route, url.searchParams);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=UTF-8' });
  res.end(await readFile(new URL(`${file}.json`, FIXTURES)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  createServer((req, res) => answer(req, res).catch(() => res.writeHead(500).end())).listen(PORT, '127.0.0.1', () =>
    console.log(`Recorded WordPress answers on http://127.0.0.1:${PORT}/wp-json (Ctrl+C to stop)`),
  );
}

// The examples of server rendering in a framework (examples/eleventy, examples/astro, examples/next), each
// built as a partner builds it: the example copied into a temporary folder, the packed tarball and
// the example's own dependencies installed there, the site built against the demo's mock endpoint.
// Then its page is checked as HTML (each widget's shadow tree as Declarative Shadow DOM, the
// headline link, the date in Kazakh, the data the page carries) and in Chromium (the widgets take
// the page over: no request for the carried data, no loading frame, no layout shift, no error,
// and, where the example loads Lit's hydration, the server's nodes kept).
// Run after `npm run build` (`npm run test:ssr-frameworks`). Each step says how long it took.
import { createServer } from 'node:http';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { createMockEndpoint } from '../../demo/mock-endpoint.js';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/find-chromium.mjs';
import { ROOT, childEnv } from '../../scripts/lib.mjs';
import { installInto, packTarball, shAsync, timed } from './packed-package.mjs';
import { takeOver } from './server-takeover.mjs';

/** Each example: its folder under examples/, the page its build writes, and how the browser takes it over. */
const EXAMPLES = [
  { name: 'eleventy', label: 'Eleventy (an async shortcode, the single file)', page: '_site/index.html', hydrated: false },
  { name: 'astro', label: "Astro (the page's frontmatter, Lit's hydration)", page: 'dist/index.html', hydrated: true },
  { name: 'next', label: "Next.js (a server component, Lit's hydration)", page: 'out/index.html', hydrated: true },
];

const HEADLINE = 'https://example.kz/kk/court-digital';
const KAZAKH_DATE = /^(\d{4} ж\. )?\d{1,2} [а-яәғқңөұүһі]+$|сағат бұрын|минут бұрын/;
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/** The mock endpoint at /api, and the site of the example being checked at every other path. */
async function serve() {
  const api = createMockEndpoint({ base: '/api' });
  const site = { dir: '' };
  const server = createServer((req, res) =>
    api(req, res, async () => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      // The browser asks for one; a 404 would be a console error.
      if (path === '/favicon.ico') return res.writeHead(204).end();
      const file = normalize(join(site.dir, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : ''));
      const found = file.startsWith(site.dir + sep) && TYPES[extname(file)] && existsSync(file);
      res.writeHead(found ? 200 : 404, { 'Content-Type': found ? TYPES[extname(file)] : 'text/plain' });
      res.end(found ? await readFile(file) : 'not found');
    }),
  );
  server.on('close', () => api.close());
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, site, origin: `http://127.0.0.1:${server.address().port}` };
}

/** The example in a temporary folder, with the tarball and its dependencies installed. */
function install(example, tarball) {
  const dir = mkdtempSync(join(tmpdir(), `news-widgets-${example.name}-`));
  cpSync(join(ROOT, 'examples', example.name), dir, { recursive: true });
  const { dependencies } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const others = Object.entries(dependencies).filter(([name]) => name !== 'news-widgets');
  installInto(dir, tarball, others.map(([name, range]) => `${name}@${range}`));
  return dir;
}

/** What the built page must hold before any script runs. */
function checkHtml(html, say) {
  const card = html.match(/<news-article-card [^>]*article-id="court-digital"[^>]*>([\s\S]*?)<\/news-article-card>/)?.[1] ?? '';
  if (!/<template [^>]*shadowrootmode="open"/.test(card)) say('the lead card has no declarative shadow root');
  if (!card.includes(`href="${HEADLINE}"`)) say(`the lead card has no link to ${HEADLINE}`);
  const date = card.match(/<time[^>]*>([\s\S]*?)<\/time>/)?.[1].replace(/<!--.*?-->/g, '').trim();
  if (!KAZAKH_DATE.test(date ?? '')) say(`the lead's date reads "${date}", not Kazakh`);
  const served = html.match(/<script type="application\/json" data-news-served>/g)?.length ?? 0;
  if (served !== 2) say(`the page carries the data of ${served} widgets, not 2 (the card and the rail)`);
  const rail = html.match(/<news-related-rail[\s\S]*<\/news-related-rail>/)?.[0] ?? '';
  const stories = rail.match(/<a [^>]*part="link"/g)?.length ?? 0;
  if (stories !== 4) say(`the rail has ${stories} story links, not 4`);
  return date;
}

async function checkExample(example, tarball, served, browser) {
  const problems = [];
  const say = (problem) => problems.push(`${example.name}: ${problem}`);
  const dir = await timed(`${example.name}: install`, () => install(example, tarball));
  try {
    // Next.js would otherwise report the build to its makers.
    const env = { ...childEnv(), NEWS_ENDPOINT: `${served.origin}/api`, NEXT_TELEMETRY_DISABLED: '1' };
    await timed(`${example.name}: build`, () => shAsync('npm', ['run', 'build', '--silent'], dir, env));
    const page = join(dir, example.page);
    const html = readFileSync(page, 'utf8');
    const date = checkHtml(html, say);
    served.site.dir = join(page, '..');
    await timed(`${example.name}: in Chromium`, async () => {
      const tab = await browser.newPage();
      tab.on('pageerror', (error) => say(`page error: ${error.message}`));
      await takeOver(tab, `${served.origin}/`, example, say);
      await tab.close();
    });
    if (!problems.length)
      console.log(
        `ok: ${example.label}: ${(html.length / 1024).toFixed(1)} KB of HTML with the shadow trees, the link, "${date}" and the data; ` +
          `taken over with 0 requests for carried data, no loading frame, layout shift 0${example.hydrated ? ", the server's nodes kept" : ''}`,
      );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return problems;
}

async function main() {
  if (!existsSync(join(ROOT, 'dist/elements/ssr.js'))) return ['dist/elements/ssr.js is missing: run npm run build first'];
  const only = process.argv.slice(2);
  const scratch = mkdtempSync(join(tmpdir(), 'news-widgets-ssr-frameworks-'));
  const served = await serve();
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS });
  try {
    const { path } = await timed('pack', () => packTarball(scratch));
    const problems = [];
    for (const example of EXAMPLES.filter(({ name }) => !only.length || only.includes(name)))
      problems.push(...(await checkExample(example, path, served, browser)));
    return problems;
  } finally {
    await browser.close();
    await new Promise((resolve) => served.server.close(resolve));
    rmSync(scratch, { recursive: true, force: true });
  }
}

const problems = await main().catch((error) => [error.stack ?? error.message]);
if (problems.length) {
  console.error(`server rendering in frameworks failed:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}
console.log('server rendering in frameworks passed');

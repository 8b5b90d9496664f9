// Visual regression tests: every element's key states, screenshotted from the built bundle
// (dist/news-widgets.js) in the system Chromium and compared with the baselines in
// test/visual/baselines/. Run after `npm run build`:
//
//   npm run test:visual          compare (a difference fails, and its images are kept to look at)
//   npm run test:visual:update   write the baselines that changed or are missing; look at them
//                                before committing: they become what "right" means
//   node test/visual/visual.mjs --serve   serve the shots' pages to open in a browser
//
// Deterministic by construction: a fixed clock (12 June 2026, 10:00 in Astana), one font served
// from the machine's DejaVu Sans files (Debian's fonts-dejavu-core) instead of whatever the
// system stack finds, no animations, reduced motion, fixed widths, the demo's mock endpoint
// serving the demo's content and images, and retries off so error states come at once.
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { Buffer } from 'node:buffer';
import { URL, fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createMockEndpoint } from '../../demo/mock-endpoint.js';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/find-chromium.mjs';
import { ROOT } from '../../scripts/lib.mjs';
import { comparePngs, nextFrames, settled } from './in-page.js';
import { SHOTS } from './shots.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const BASELINES = join(HERE, 'baselines');
const FAILURES = join(ROOT, 'node_modules', '.cache', 'visual-diff');
const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
const FONTS = { 'sans.ttf': 'DejaVuSans.ttf', 'sans-bold.ttf': 'DejaVuSans-Bold.ttf' };
const NOW = '2026-06-12T10:00:00+05:00';
const TIMEOUT = 15_000;
/** A pixel differs when a channel is off by more than this (of 255): antialiasing noise is not a change. */
const CHANNEL_TOLERANCE = 24;
/** A shot fails when more than this share of its pixels differ (1 in 10 000: a recoloured word fails). */
const PIXEL_TOLERANCE = 0.0001;

const update = process.argv.includes('--update');
const serveOnly = process.argv.includes('--serve');
const say = (line) => process.stdout.write(`${line}\n`);

const page = (shot) => `<!doctype html>
<html lang="kk">
<meta charset="utf-8">
<title>${shot.name}</title>
<style>
  @font-face { font-family: 'Visual Sans'; src: url(/fonts/sans.ttf); font-weight: 100 599; }
  @font-face { font-family: 'Visual Sans'; src: url(/fonts/sans-bold.ttf); font-weight: 600 900; }
  html { --news-font-family: 'Visual Sans'; font-family: 'Visual Sans'; background: ${shot.dark ? '#101215' : '#ffffff'}; }
  body { margin: 0; padding: 16px; }
  #shot { width: ${shot.width ?? 360}px; padding: 8px; }
</style>
<script type="module">
  import { configure } from '/dist/news-widgets.js';
  configure({ retries: 0 });
</script>
<div id="shot">${shot.html}</div>
`;

/**
 * The test server: the pages, the bundle, the fonts, the mock endpoint at /api, and at /flaky
 * the same endpoint until `server.failFlaky()` is called, then 503 (for the stale state).
 */
function serve() {
  const api = createMockEndpoint({ base: '/api', latency: 0 });
  let flakyIsDown = false;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status, type, body) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(body);
    };
    if (url.pathname.startsWith('/flaky/')) {
      if (flakyIsDown) return send(503, 'application/json', '{"error":"down"}');
      req.url = url.pathname.replace(/^\/flaky/, '/api') + url.search;
    }
    api(req, res, () => {
      const shot = SHOTS.find((each) => url.pathname === `/${each.name}.html`);
      if (shot) return send(200, 'text/html; charset=utf-8', page(shot));
      if (url.pathname === '/dist/news-widgets.js')
        return send(200, 'text/javascript', readFileSync(join(ROOT, 'dist/news-widgets.js')));
      const font = FONTS[url.pathname.replace('/fonts/', '')];
      if (font) return send(200, 'font/ttf', readFileSync(join(FONT_DIR, font)));
      send(404, 'text/plain', 'not found');
    });
  });
  server.on('close', () => api.close());
  server.failFlaky = () => (flakyIsDown = true);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Opens a shot in a fresh context (own storage, fixed clock) and returns its PNG. */
async function screenshot(browser, server, shot) {
  const origin = `http://127.0.0.1:${server.address().port}`;
  const context = await browser.newContext({
    viewport: { width: 900, height: 900 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    colorScheme: shot.media?.colorScheme ?? 'light',
    forcedColors: shot.media?.forcedColors ?? 'none',
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  try {
    const tab = await context.newPage();
    const url = `${origin}/${shot.name}.html`;
    if (shot.stale) {
      // A visit an hour earlier keeps the answer; the endpoint then fails, and this visit shows the kept copy.
      await context.clock.setFixedTime(new Date(Date.parse(NOW) - 3_600_000));
      await tab.goto(url);
      await tab.waitForFunction(settled, shot.stale, { timeout: TIMEOUT });
      server.failFlaky();
    }
    await context.clock.setFixedTime(new Date(NOW));
    await tab.goto(url);
    await tab.waitForFunction(settled, shot.until, { timeout: TIMEOUT });
    if (shot.act) await shot.act(tab);
    await tab.evaluate(nextFrames);
    return await tab.locator('#shot').screenshot({ animations: 'disabled', caret: 'hide' });
  } finally {
    await context.close();
  }
}

/** Compares two PNGs pixel by pixel in the browser (no image library needed); returns the difference. */
async function compare(browser, actual, expected) {
  const tab = await browser.newPage();
  try {
    const pngs = { actual: actual.toString('base64'), expected: expected.toString('base64') };
    return await tab.evaluate(comparePngs, { ...pngs, channelTolerance: CHANNEL_TOLERANCE });
  } finally {
    await tab.close();
  }
}

/** Shoots, compares or updates one shot; returns a problem, or undefined. */
async function check(browser, server, shot) {
  const file = join(BASELINES, `${shot.name}.png`);
  const actual = await screenshot(browser, server, shot);
  const baseline = existsSync(file) ? readFileSync(file) : undefined;
  if (baseline?.equals(actual)) return undefined;
  const difference = baseline && (await compare(browser, actual, baseline));
  const same = difference && !difference.size && difference.share <= PIXEL_TOLERANCE;
  if (update) {
    if (!same) {
      writeFileSync(file, actual);
      say(`  updated ${shot.name}.png${baseline ? '' : ' (new)'}`);
    }
    return undefined;
  }
  if (same) return undefined;
  if (!baseline) return `${shot.name}: no baseline (npm run test:visual:update writes it)`;
  mkdirSync(FAILURES, { recursive: true });
  writeFileSync(join(FAILURES, `${shot.name}.actual.png`), actual);
  writeFileSync(join(FAILURES, `${shot.name}.expected.png`), baseline);
  if (difference.diff) writeFileSync(join(FAILURES, `${shot.name}.diff.png`), Buffer.from(difference.diff, 'base64'));
  const how = difference.size ?? `${difference.differing} pixels (${(difference.share * 100).toFixed(2)}%) differ`;
  return `${shot.name}: ${how}; see ${FAILURES}/${shot.name}.{actual,expected,diff}.png`;
}

async function main() {
  if (!existsSync(join(ROOT, 'dist/news-widgets.js')))
    return ['dist/news-widgets.js is missing: run npm run build first'];
  const missingFonts = Object.values(FONTS).filter((font) => !existsSync(join(FONT_DIR, font)));
  if (missingFonts.length)
    return [`fonts missing from ${FONT_DIR}: ${missingFonts.join(', ')} (Debian: apt-get install fonts-dejavu-core)`];
  mkdirSync(BASELINES, { recursive: true });
  rmSync(FAILURES, { recursive: true, force: true });

  const server = await serve();
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS });
  const problems = [];
  try {
    // Two at a time: the machines have two cores.
    const queue = [...SHOTS];
    const worker = async () => {
      for (let shot = queue.shift(); shot; shot = queue.shift()) {
        const problem = await check(browser, server, shot).catch(
          (error) => `${shot.name}: ${error.message.split('\n')[0]}`,
        );
        if (problem) problems.push(problem);
      }
    };
    await Promise.all([worker(), worker()]);
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
  const names = new Set(SHOTS.map((shot) => `${shot.name}.png`));
  for (const file of readdirSync(BASELINES).filter((name) => !names.has(name))) {
    if (update) {
      rmSync(join(BASELINES, file));
      say(`  removed ${file} (no such shot)`);
    } else problems.push(`${file}: a baseline with no shot (npm run test:visual:update removes it)`);
  }
  return problems;
}

if (serveOnly) {
  const server = await serve();
  const origin = `http://127.0.0.1:${server.address().port}`;
  say(
    `serving the shots (the clock is not fixed here); Ctrl-C stops:\n${SHOTS.map((shot) => `  ${origin}/${shot.name}.html`).join('\n')}`,
  );
  await new Promise(() => {});
}

const problems = await main().catch((error) => [error.message]);
if (problems.length) {
  process.stderr.write(`visual test failed:\n${problems.map((problem) => `  - ${problem}`).join('\n')}\n`);
  process.exit(1);
}
say(`visual test ${update ? 'baselines up to date' : 'passed'}: ${SHOTS.length} shots`);

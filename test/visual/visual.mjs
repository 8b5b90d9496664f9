// Visual regression tests: every element's key states, screenshotted from the built bundle
// (dist/news-widgets.js) in the system Chromium and Firefox and compared with each engine's
// baselines (test/visual/baselines/ for Chromium, baselines/firefox/: the engines draw text and
// controls their own ways). Not yet in WebKit: see WEBKIT_LEFT_OUT. Run after `npm run build`:
//
//   npm run test:visual          compare (a difference fails, and its images are kept to look at)
//   node test/visual/visual.mjs --engine=firefox   one engine only (chromium, firefox)
//   npm run test:visual:update   write the baselines that changed or are missing; look at them
//                                before committing: they become what "right" means
//   node test/visual/visual.mjs --serve   serve the shots' pages to open in a browser
//
// Deterministic by construction: a fixed clock (12 June 2026, 10:00 in Astana), one font served
// from the machine's DejaVu Sans files (Debian's fonts-dejavu-core) instead of whatever the
// system stack finds, no animations, reduced motion, fixed widths, the demo's mock endpoint
// serving the demo's content and images, and retries off so error states come at once.
// Chromium gets the clock, reduced motion and the reader's media from Playwright (its protocol);
// Firefox gets the clock from a script in the page and reduced motion from the
// elements' own rules, and skip, by name, the shots that need emulated media.
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import process from 'node:process';
import { Buffer } from 'node:buffer';
import { URL, fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createMockEndpoint } from '../../demo/mock-endpoint.js';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/find-chromium.mjs';
import { ROOT } from '../../scripts/lib.mjs';
import { launchEngine, waitInPage } from '../../scripts/engine-pages.mjs';
import {
  clickInShot,
  comparePngs,
  isVisiting,
  nextFrames,
  preferReducedMotion,
  settled,
  visitSoon,
} from './in-page.js';
import { SHOTS, chromiumOnlyBecause } from './shots.mjs';

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
const ENGINES = ['chromium', 'firefox'];
/** Said on every run, so WebKit's absence is never silent. */
const WEBKIT_LEFT_OUT =
  "webkit: not run: WebKitWebDriver's element screenshots come back all black under Xvfb (even a plain red div)";
const onlyEngine = process.argv.find((arg) => arg.startsWith('--engine='))?.slice('--engine='.length);
const say = (line) => process.stdout.write(`${line}\n`);

/** Fixes `Date` at `now` (ms) before anything else runs, where no protocol fixes the clock. */
const fixedClock = (now) => `<script>
  {
    const RealDate = Date;
    globalThis.Date = class extends RealDate {
      constructor(...args) { super(...(args.length ? args : [${now}])); }
      static now() { return ${now}; }
    };
  }
</script>`;

const page = (shot, now) => `<!doctype html>
<html lang="kk">
<meta charset="utf-8">
<title>${shot.name}</title>
${now ? fixedClock(now) : ''}
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
      if (shot) return send(200, 'text/html; charset=utf-8', page(shot, Number(url.searchParams.get('now'))));
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
    if (shot.click) await tab.locator(shot.click).first().click();
    await tab.evaluate(nextFrames);
    return await tab.locator('#shot').screenshot({ animations: 'disabled', caret: 'hide' });
  } finally {
    await context.close();
  }
}

/** Opens a shot in Firefox (storage of its own, the clock fixed in the page) and returns its PNG. */
async function engineScreenshot(engine, server, shot) {
  const url = (now) => `http://127.0.0.1:${server.address().port}/${shot.name}.html?now=${now}`;
  // While the page navigates, a question to it fails: that is "not yet".
  const asked = (tab) => ({ evaluate: (fn, arg) => tab.evaluate(fn, arg).catch(() => false) });
  const ready = async (tab, until) => {
    await waitInPage(asked(tab), preferReducedMotion, undefined, 'the elements were not defined', TIMEOUT);
    await waitInPage(asked(tab), settled, until, `${until} did not show`, TIMEOUT);
  };
  const tab = await engine.open(url(shot.stale ? Date.parse(NOW) - 3_600_000 : Date.parse(NOW)));
  try {
    if (shot.stale) {
      // As in Chromium, in the same page (its storage keeps the first visit's answer).
      await ready(tab, shot.stale);
      server.failFlaky();
      await tab.evaluate(visitSoon, url(Date.parse(NOW)));
      await waitInPage(asked(tab), isVisiting, url(Date.parse(NOW)), 'no second visit', TIMEOUT);
    }
    await ready(tab, shot.until);
    if (shot.click) await tab.evaluate(clickInShot, shot.click);
    await tab.evaluate(nextFrames);
    return await tab.screenshot('#shot');
  } finally {
    await tab.close();
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

/** Compares, or updates, one shot's PNG with its baseline in `dir`; returns a problem, or undefined. */
async function check(browser, dir, label, actual) {
  const file = join(dir, `${label}.png`);
  const baseline = existsSync(file) ? readFileSync(file) : undefined;
  if (baseline?.equals(actual)) return undefined;
  const difference = baseline && (await compare(browser, actual, baseline));
  const same = difference && !difference.size && difference.share <= PIXEL_TOLERANCE;
  if (update) {
    if (!same) {
      writeFileSync(file, actual);
      say(`  updated ${relative(BASELINES, file)}${baseline ? '' : ' (new)'}`);
    }
    return undefined;
  }
  if (same) return undefined;
  const name = relative(BASELINES, join(dir, label));
  if (!baseline) return `${name}: no baseline (npm run test:visual:update writes it)`;
  const kept = join(FAILURES, name);
  mkdirSync(dirname(kept), { recursive: true });
  writeFileSync(`${kept}.actual.png`, actual);
  writeFileSync(`${kept}.expected.png`, baseline);
  if (difference.diff) writeFileSync(`${kept}.diff.png`, Buffer.from(difference.diff, 'base64'));
  const how = difference.size ?? `${difference.differing} pixels (${(difference.share * 100).toFixed(2)}%) differ`;
  return `${name}: ${how}; see ${kept}.{actual,expected,diff}.png`;
}

/** The baselines in `dir` no shot of `shots` has: removed on --update, else problems. */
function strayBaselines(dir, shots) {
  const names = new Set(shots.map((shot) => `${shot.name}.png`));
  const files = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.png') && !names.has(name)) : [];
  return files.flatMap((file) => {
    const name = relative(BASELINES, join(dir, file));
    if (!update) return [`${name}: a baseline with no shot (npm run test:visual:update removes it)`];
    rmSync(join(dir, file));
    say(`  removed ${name} (no such shot)`);
    return [];
  });
}

/** Takes `shots` with `shoot(server, shot)`, `workers` at a time, against a server of their own (the stale shot fails it). */
async function run(shots, workers, shoot, compareIn, dir) {
  mkdirSync(dir, { recursive: true });
  const server = await serve();
  const problems = [];
  try {
    const queue = [...shots];
    const worker = async () => {
      for (let shot = queue.shift(); shot; shot = queue.shift()) {
        const problem = await shoot(server, shot)
          .then((actual) => check(compareIn, dir, shot.name, actual))
          .catch((error) => `${relative(BASELINES, join(dir, shot.name))}: ${error.message.split('\n')[0]}`);
        if (problem) problems.push(problem);
      }
    };
    await Promise.all(Array.from({ length: workers }, worker));
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  return [...problems, ...strayBaselines(dir, shots)];
}

async function main() {
  if (!existsSync(join(ROOT, 'dist/news-widgets.js')))
    return ['dist/news-widgets.js is missing: run npm run build first'];
  const missingFonts = Object.values(FONTS).filter((font) => !existsSync(join(FONT_DIR, font)));
  if (missingFonts.length)
    return [`fonts missing from ${FONT_DIR}: ${missingFonts.join(', ')} (Debian: apt-get install fonts-dejavu-core)`];
  rmSync(FAILURES, { recursive: true, force: true });
  const engines = onlyEngine ? [onlyEngine] : ENGINES;
  if (!engines.every((name) => ENGINES.includes(name))) return [`--engine: one of ${ENGINES.join(', ')}`];

  // Chromium through Playwright also compares every engine's PNGs.
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS });
  const problems = [];
  try {
    for (const name of engines) {
      const started = Date.now();
      if (name === 'chromium') {
        // Two at a time: the machines have two cores.
        problems.push(
          ...(await run(SHOTS, 2, (server, shot) => screenshot(browser, server, shot), browser, BASELINES)),
        );
        say(`chromium: ${SHOTS.length} shots in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        continue;
      }
      const shots = SHOTS.filter((shot) => !chromiumOnlyBecause(shot));
      for (const shot of SHOTS.filter(chromiumOnlyBecause))
        say(`${name}: not ${shot.name}, taken in Chromium alone: ${chromiumOnlyBecause(shot)}`);
      const engine = await launchEngine(name);
      try {
        // One at a time: two Firefox windows on two cores make the timing, not the pixels, the test.
        const shoot = (server, shot) => engineScreenshot(engine, server, shot);
        problems.push(...(await run(shots, 1, shoot, browser, join(BASELINES, name))));
      } finally {
        await engine.close();
      }
      say(`${name} (${engine.version}): ${shots.length} shots in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    await browser.close();
  }
  if (!onlyEngine) say(WEBKIT_LEFT_OUT);
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
say(`visual test ${update ? 'baselines up to date' : 'passed'}`);

// The demo's own pages under axe in light, dark and forced colours (a step of `npm test`): no
// serious or critical finding, and in forced colours the marks that must survive there (the
// switcher's current language, focus rings, the banner's ribbon) still show. On the partner page only the widgets count: its host CSS is
// garish on purpose. The pages are served by Vite with the mock endpoint, as `npm run dev` does.
//
//   node test/a11y/demo-pages.mjs                 check every page in every scheme
//   node test/a11y/demo-pages.mjs --shots DIR     also save a screenshot of each (390 and 1280 px)
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/find-chromium.mjs';
import { ROOT } from '../../scripts/lib.mjs';
import { axeViolations, readPng as readPngInPage, scrollThrough, widgetsSettled } from './in-page.js';

const WIDGETS = ['news-article-card', 'news-related-rail', 'news-mourning-banner', 'news-language-switcher'];
const PAGES = [
  { path: '/demo/index.html' },
  { path: '/demo/index.html?lang=ru&mode=mourning-today', name: 'index-ru-mourning' },
  { path: '/demo/partner.html', only: WIDGETS },
  { path: '/demo/snippets.html' },
  { path: '/demo/data-sources.html' },
];
const SCHEMES = {
  light: { colorScheme: 'light', forcedColors: 'none' },
  dark: { colorScheme: 'dark', forcedColors: 'none' },
  'forced colours': { colorScheme: 'dark', forcedColors: 'active' },
};
const WIDTHS = [390, 1280];
const shotsAt = process.argv.includes('--shots') ? process.argv[process.argv.indexOf('--shots') + 1] : undefined;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Scrolls the page through, then waits until every widget has settled. */
async function settled(page) {
  await page.evaluate(scrollThrough);
  await page.waitForFunction(widgetsSettled, WIDGETS, { timeout: 30_000 });
}

/** Serious and critical axe findings on the page (within `only`, when given), one line each. */
async function findings(page, only) {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(axeViolations, only);
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' → ')} — ${node.failureSummary.split('\n').slice(1).join(' ').trim()}`),
    );
}

const readPng = (page, png) => page.evaluate(readPngInPage, png.toString('base64'));

/** A widget's shadow-tree element, for screenshots. */
const inside = (page, tag, selector) => page.locator(`${tag}:visible`).first().locator(selector).first();

/** The box around `locator` with `margin` px to spare, for a clip. */
async function around(locator, margin) {
  const box = await locator.boundingBox();
  return { x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin };
}

/**
 * What must survive forced colours, where backgrounds and shadows are dropped: the switcher's
 * current language shown as such (not only by aria-current), a focus ring on what takes focus,
 * and the banner's ribbon. Each as a sentence, for what failed.
 */
async function forcedColourMarks(page) {
  const failed = [];
  const switcher = page.locator('news-language-switcher:not([variant="menu"]):visible').first();
  if (await switcher.count()) {
    const current = await readPng(page, await switcher.locator('[part~="current"]').screenshot());
    const other = await readPng(page, await switcher.locator('[part~="option"]:not([part~="current"])').first().screenshot());
    if (Math.abs(current.luminance - other.luminance) < 0.1) failed.push('the current language looks like the others');
  }
  for (const [tag, selector] of [
    ['news-language-switcher', '[part~="option"]'],
    ['news-article-card', '[part~="link"]'],
    ['news-related-rail', 'button'],
    ['news-mourning-banner', '[part~="close"]'],
  ]) {
    const target = inside(page, tag, selector);
    if (!(await target.count()) || !(await target.isVisible())) continue;
    // The card's ring is drawn on its stretched link's ::after, over the whole card.
    const framed = tag === 'news-article-card' ? page.locator(`${tag}:visible`).first() : target;
    await framed.scrollIntoViewIfNeeded();
    const box = await around(framed, 6);
    const before = await page.screenshot({ clip: box });
    await target.focus();
    const after = await page.screenshot({ clip: box });
    await target.blur();
    if (before.equals(after)) failed.push(`no focus ring on ${tag} ${selector}`);
  }
  const ribbon = inside(page, 'news-mourning-banner', '[part~="ribbon"]');
  if ((await ribbon.count()) && (await readPng(page, await ribbon.screenshot())).unlike < 0.05) failed.push('the ribbon does not show');
  return failed;
}

/** The top of the page, and each kind of widget's first one on it, as `<prefix>-<what>.png`. */
async function screenshots(page, prefix) {
  await page.screenshot({ path: `${prefix}-top.png` });
  for (const tag of WIDGETS) {
    const widget = page.locator(`${tag}:visible`).first();
    if (await widget.count()) await widget.screenshot({ path: `${prefix}-${tag.slice(5)}.png` });
  }
}

const server = await createServer({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'error', server: { port: 0 } });
await server.listen();
const base = server.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
let failures = 0;
try {
  if (shotsAt) mkdirSync(shotsAt, { recursive: true });
  for (const { path, name = path.split('/').pop().replace('.html', ''), only } of PAGES) {
    for (const [scheme, media] of Object.entries(SCHEMES)) {
      for (const width of shotsAt ? WIDTHS : [1280]) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
        const page = await context.newPage();
        await page.emulateMedia(media);
        await page.goto(base + path);
        await settled(page);
        if (width === 1280) {
          const found = await findings(page, only);
          if (media.forcedColors === 'active') found.push(...(await forcedColourMarks(page)));
          failures += found.length;
          process.stdout.write(`${found.length ? '✗' : '✓'} ${name}, ${scheme}: ${found.length} serious or critical findings\n`);
          for (const line of found) process.stdout.write(`    ${line}\n`);
        }
        if (shotsAt) await screenshots(page, join(shotsAt, `${name}-${scheme.replace(' ', '-')}-${width}`));
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
process.stdout.write(failures ? `\n${failures} serious or critical findings\n` : '\nno serious or critical finding\n');
process.exit(failures ? 1 : 0);

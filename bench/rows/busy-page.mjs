/* global document, fetch, innerHeight, performance, scrollTo, scrollY, setTimeout, window */
// Row 3, a busy page: 50 widgets (30 cards, 20 rails, sharing stories) on one page against the
// mock endpoint with realistic latency (80 ms per answer), in two windows:
// - `all at once`: 1280×10000, tall enough for every widget to be near the viewport, so all 50
//   load together: the hardest case for the shared client and for long tasks;
// - `reader`: 1280×900, scrolled down one screen every 250 ms, as a reader would; widgets load as
//   they near the viewport.
// Per page load: requests per URL (counted by the server), time from the last response to the
// last widget painted, and long tasks (over 50 ms) from navigation until then.
import { freshPage, summarize } from '../lib.mjs';

const CARD_IDS = [
  'court-digital', 'zhetisu-medicine', 'munix-2026', 'reforms-parliament', 'court-cabinet',
  'mediation-halls', 'legal-aid', 'youth-leaders-ru', 'online-hearings-ru', 'zhetisu-medicine-ru',
];
const RAIL_IDS = ['court-digital', 'zhetisu-medicine', 'munix-2026', 'court-cabinet', 'legal-aid'];
const VARIANTS = ['default', 'horizontal', 'compact'];
const LAYOUTS = ['rail', 'list', 'grid', 'rail'];
export const WIDGETS = CARD_IDS.length * VARIANTS.length + RAIL_IDS.length * LAYOUTS.length;

const cards = VARIANTS.flatMap((variant) =>
  CARD_IDS.map((id) => `<news-article-card class="${variant}" variant="${variant}" article-id="${id}"></news-article-card>`),
);
const rails = LAYOUTS.flatMap((layout) => RAIL_IDS.map((id) => `<news-related-rail layout="${layout}" article-id="${id}"></news-related-rail>`));

export const BUSY_PAGE = `<!doctype html>
<html lang="kk">
<head>
<meta charset="utf-8">
<meta name="news-endpoint" content="/api">
<title>Busy page</title>
<script>
  // Installed before anything else runs: long tasks from the first, and every widget's outcome.
  window.busy = { longTasks: [], loaded: 0, failed: 0 };
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) busy.longTasks.push({ start: task.startTime, duration: task.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('news-load', () => busy.loaded++);
  document.addEventListener('news-error', () => busy.failed++);
</script>
<script type="module" src="/dist/news-widgets.js"></script>
<style>
  body { margin: 0; padding: 16px; font-family: system-ui, sans-serif; }
  main { display: grid; grid-template-columns: repeat(4, 1fr); gap: 16px; }
  .horizontal, news-related-rail { grid-column: span 2; }
</style>
</head>
<body><main>
${[...cards, ...rails].join('\n')}
</main></body>
</html>`;

/** In the page: waits for every widget, then for the frame that shows them all, and reads the figures. */
async function measure(widgets) {
  const { hosts, paintedShowing } = await import('/bench/page/frames.js');
  await new Promise((resolve) => {
    const check = () => (window.busy.loaded + window.busy.failed < widgets ? setTimeout(check, 5) : resolve());
    check();
  });
  // Rails render their cards after their own load; wait for every element on the page.
  const elements = hosts(document);
  await Promise.all(elements.map((element) => element.updateComplete));
  await paintedShowing(elements.filter((element) => element.localName === 'news-article-card'));
  const painted = performance.now();
  const answers = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/api/articles'));
  const lastResponse = Math.max(...answers.map((entry) => entry.responseEnd));
  return { painted, lastResponse, longTasks: window.busy.longTasks.filter((task) => task.start < painted), failed: window.busy.failed };
}

export const WINDOWS = { 'all at once': { width: 1280, height: 10_000 }, reader: { width: 1280, height: 900 } };

/** Scrolls a reader's window to the bottom, one screen every 250 ms (the page may grow as widgets load). */
async function read(page) {
  for (;;) {
    const more = await page.evaluate(() => {
      const bottom = document.documentElement.scrollHeight - innerHeight;
      if (scrollY >= bottom) return false;
      scrollTo(0, Math.min(bottom, scrollY + innerHeight));
      return true;
    });
    if (!more) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export async function busyPageRow({ browser, origin, server, samples, log, window: name }) {
  const runs = [];
  for (let round = 0; round < samples; round++) {
    await fetch(`${origin}/api/__stats/reset`, { method: 'POST' });
    const { page, close } = await freshPage(browser, WINDOWS[name]);
    try {
      await page.goto(`${origin}/bench/busy.html`);
      const measured = page.evaluate(measure, WIDGETS);
      if (name === 'reader') await read(page);
      const result = await measured;
      const requests = server.stats();
      runs.push({ ...result, requests: Object.values(requests).reduce((a, b) => a + b, 0), urls: Object.keys(requests).length });
    } finally {
      await close();
    }
    log(`busy page (${name}): load ${round + 1}/${samples}`);
  }
  return {
    window: WINDOWS[name],
    widgets: WIDGETS,
    requests: summarize(runs.map((run) => run.requests)),
    distinctUrls: summarize(runs.map((run) => run.urls)),
    failed: Math.max(...runs.map((run) => run.failed)),
    lastResponseToPainted: summarize(runs.map((run) => run.painted - run.lastResponse)),
    navigationToPainted: summarize(runs.map((run) => run.painted)),
    longTasks: summarize(runs.map((run) => run.longTasks.length)),
    longestTask: summarize(runs.map((run) => Math.max(0, ...run.longTasks.map((task) => task.duration)))),
    loadsWithoutLongTasks: runs.filter((run) => run.longTasks.length === 0).length,
  };
}

/* global document, innerHeight, innerWidth, performance, requestAnimationFrame, setTimeout, window */
// Row 4, layout stability: the cumulative layout shift of each element from its first rendered
// state (DESIGN.md: before the script runs, the host's `:not(:defined)` rule is what reserves the
// box) until it has loaded, with the mock endpoint answering in 80 ms and in 2 s. The page inserts
// the widget and the text under it together, so only what moves afterwards counts; the images
// load too (a 1200×675 photo each).
import { freshPage, summarize } from '../lib.mjs';

/**
 * The cases: a name, the markup (ENDPOINT stands for the endpoint), its column width, whether it
 * loads data, and for some: `visits`, how many times the page is loaded in one browser profile
 * (the last load is measured, so what the earlier ones kept counts), and `accepted`, why a shift
 * is the product's choice rather than a fault.
 */
export const CASES = [
  ['card default', '<news-article-card article-id="court-digital" endpoint="ENDPOINT"></news-article-card>', 360],
  ['card compact', '<news-article-card variant="compact" article-id="court-digital" endpoint="ENDPOINT"></news-article-card>', 360],
  ['card horizontal', '<news-article-card variant="horizontal" article-id="court-digital" endpoint="ENDPOINT"></news-article-card>', 720],
  ['card hero', '<news-article-card variant="hero" article-id="court-digital" endpoint="ENDPOINT"></news-article-card>', 720],
  ['rail rail', '<news-related-rail article-id="court-digital" endpoint="ENDPOINT"></news-related-rail>', 720],
  ['rail list', '<news-related-rail layout="list" article-id="court-digital" endpoint="ENDPOINT"></news-related-rail>', 360],
  ['rail grid', '<news-related-rail layout="grid" article-id="court-digital" endpoint="ENDPOINT"></news-related-rail>', 720],
  ['banner, inline date', '<news-mourning-banner date="TODAY"></news-mourning-banner>', 1280, false],
  ['banner, remote schedule, kept from an earlier visit', '<news-mourning-banner endpoint="ENDPOINT/mourning-today"></news-mourning-banner>', 1280, true, { visits: 2 }],
  [
    'banner, remote schedule, first visit',
    '<news-mourning-banner endpoint="ENDPOINT/mourning-today"></news-mourning-banner>',
    1280,
    true,
    {
      accepted:
        'accepted: with no schedule kept, only the answer can say the day is a mourning day, and a box kept for it would stand empty on every other day; the next page load decides from the kept copy',
    },
  ],
  ['switcher', '<news-language-switcher languages="kk ru en kk-Latn"></news-language-switcher>', 720, false],
  // Calibration: proves the method sees a shift (a box that grows by 120 px after its first paint).
  ['control: a box growing 120px', '<bench-grow></bench-grow>', 720],
];

/** A page that inserts `markup` and text under it in one go, and records every layout shift from then on. */
export const shiftPage = (markup, width) => `<!doctype html>
<html lang="kk">
<head>
<meta charset="utf-8">
<title>Layout shift</title>
<script>
  window.shifts = { value: 0, count: 0, done: false };
  new PerformanceObserver((list) => {
    for (const shift of list.getEntries()) if (!shift.hadRecentInput) (shifts.value += shift.value), shifts.count++;
  }).observe({ type: 'layout-shift', buffered: true });
  addEventListener('news-load', () => (shifts.done = true));
  addEventListener('news-error', () => (shifts.done = true));
  customElements.define('bench-grow', class extends HTMLElement {
    connectedCallback() {
      this.style.display = 'block';
      setTimeout(() => ((this.style.height = '120px'), (shifts.done = true)), 300);
    }
  });
</script>
<script type="module" src="/dist/news-widgets.js"></script>
<style>
  body { margin: 0; font: 16px/1.5 Georgia, serif; }
  header { height: 64px; background: #123; color: #fff; padding: 16px; box-sizing: border-box; }
  main { width: ${width}px; max-width: 100%; margin: 16px auto; }
</style>
</head>
<body>
<header>news.example</header>
<main id="main"></main>
<script type="module">
  // Module scripts run in order; the bundle registers its elements by the first frame at the
  // latest (src/bundle.ts), so what is inserted here is drawn registered.
  document.getElementById('main').innerHTML = ${JSON.stringify(markup)} +
    '<p>' + 'Under the widget, the story goes on. '.repeat(40) + '</p>';
  window.inserted = true;
</script>
</body>
</html>`;

/** In the page: waits until the widget has loaded (or needs nothing), its images are in and two frames have passed. */
async function settle(loads) {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const deadline = performance.now() + 30_000;
  while (!window.inserted || (loads && !window.shifts.done)) {
    if (performance.now() > deadline) {
      const widget = document.querySelector('main > *');
      throw new Error(`the widget did not load: ${widget?.localName} shows "${widget?.shadowRoot?.textContent.replace(/\s+/g, ' ').trim().slice(0, 120)}"`);
    }
    await frame();
  }
  const { hosts } = await import('/bench/page/frames.js');
  await Promise.all(hosts(document).map((el) => el.updateComplete));
  // The images a reader sees (lazy ones further away never load).
  const images = hosts(document)
    .flatMap((el) => [...el.shadowRoot.querySelectorAll('img')])
    .filter((img) => {
      const box = img.getBoundingClientRect();
      return box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
    });
  // One cut off by a rail's scroller never loads either: two seconds is plenty for a local photo.
  const loaded = (img) => Promise.race([img.decode().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 2000))]);
  await Promise.all(images.map(loaded));
  for (let i = 0; i < 3; i++) await frame();
  await new Promise((resolve) => setTimeout(resolve, 300));
  return window.shifts;
}

const HTML = 'text/html; charset=utf-8';

/** Today's date in Kazakhstan (UTC+5), for the inline banner. */
const today = () => new Date(Date.now() + 5 * 3_600_000).toISOString().slice(0, 10);

/** The server route for the pages: `/bench/cls.html?case=<name>`. */
export function shiftPages(url) {
  const [, markup, width] = CASES.find(([name]) => name === url.searchParams.get('case'));
  return { type: HTML, body: shiftPage(markup.replaceAll('ENDPOINT', '/api').replace('TODAY', today()), width) };
}

export async function layoutShiftRow({ browser, servers, samples, log }) {
  const results = [];
  for (const [name, , , loads = true, { visits = 1, accepted } = {}] of CASES) {
    const row = { name, accepted };
    for (const [speed, server] of Object.entries(servers)) {
      if (!loads && speed !== 'fast') continue;
      const values = [];
      for (let round = 0; round < samples; round++) {
        const { page, close } = await freshPage(browser);
        try {
          let shifts;
          for (let visit = 0; visit < visits; visit++) {
            await page.goto(`${server.origin}/bench/cls.html?case=${encodeURIComponent(name)}`);
            shifts = await page.evaluate(settle, loads);
          }
          values.push(shifts.value);
        } finally {
          await close();
        }
      }
      row[speed] = summarize(values);
    }
    results.push(row);
    log(`layout shift: ${name}`);
  }
  return results;
}

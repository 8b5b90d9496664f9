/* global window, document, performance, requestAnimationFrame, setTimeout */
// Row 7, server rendering: the demo's news page (demo/server-rendered.mjs: a banner, the switcher,
// four cards, a rail of four; its mock endpoint answers after 80 ms) rendered in the browser against
// the same page rendered on the server, taken over by the single file (no hydration) and by Lit's
// hydration. Per sample, in a fresh page: navigation → the lead's headline painted and → every
// headline painted (the four cards' and the rail's), script run until then (CDP ScriptDuration),
// and the bytes of HTML, script and data the page loads (gzip level 9, as a server would send them).
// The page is tall enough to hold every widget, so none waits for the reader to scroll.
import { gzipSync } from 'node:zlib';
import { startServerRenderedDemo } from '../../demo/server-rendered.mjs';
import { freshPage, summarize } from '../lib.mjs';

const VARIANTS = { browser: '/browser', 'server, single file': '/drop-in', 'server, hydrated': '/' };
const HEADLINES = 8;

/** From the document's start: when the lead's headline, then all of them, are first in a painted frame. */
const WATCH = (count) => {
  window.painted = {};
  const links = () =>
    [...document.querySelectorAll('news-article-card'), ...[...document.querySelectorAll('news-related-rail')].flatMap((rail) => [...(rail.shadowRoot?.querySelectorAll('news-article-card') ?? [])])]
      .map((card) => card.shadowRoot?.querySelector('a[part="link"]'))
      .filter((link) => link && link.getBoundingClientRect().height > 0);
  const look = () => {
    const shown = links().length;
    // A task queued from the frame's callback runs after its paint.
    if (shown && window.painted.first === undefined) setTimeout(() => (window.painted.first ??= performance.now()));
    if (shown >= count) setTimeout(() => (window.painted.all ??= performance.now()));
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
};

async function sample(browser, origin, path) {
  // Tall enough to hold the whole page: widgets below the fold would wait for the reader to scroll.
  const { page, cdp, close } = await freshPage(browser, { width: 1280, height: 3200 });
  const bytes = { html: 0, js: 0, data: 0 };
  const counted = [];
  page.on('response', (response) => {
    const type = response.headers()['content-type'] ?? '';
    const kind = type.includes('html') ? 'html' : type.includes('javascript') ? 'js' : type.includes('json') ? 'data' : undefined;
    if (kind) counted.push(response.body().then((body) => (bytes[kind] += gzipSync(body, { level: 9 }).length), () => {}));
  });
  try {
    await cdp.send('Performance.enable');
    await page.addInitScript(WATCH, HEADLINES);
    await page.goto(origin + path);
    await page.waitForFunction(() => window.painted.all !== undefined, null, { timeout: 20_000 });
    const { first, all } = await page.evaluate(() => window.painted);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const script = metrics.find(({ name }) => name === 'ScriptDuration').value * 1000;
    await Promise.all(counted);
    return { first, all, script, bytes };
  } finally {
    await close();
  }
}

export async function serverRenderedRow({ browser, samples, log }) {
  const pages = [];
  const server = await startServerRenderedDemo({ onPage: (page) => pages.push(page) });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const runs = Object.fromEntries(Object.keys(VARIANTS).map((name) => [name, []]));
  try {
    for (let round = 0; round < samples; round++) {
      const order = Object.keys(VARIANTS);
      for (const name of round % 2 ? order.reverse() : order) runs[name].push(await sample(browser, origin, VARIANTS[name]));
      log(`server: round ${round + 1}/${samples}`);
    }
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  // The server's own time per page: widgets render side by side, so the slowest is the page's.
  const rendered = pages.filter(({ url }) => !url.includes('/browser')).map(({ timings }) => Math.max(...timings.map(({ ms }) => ms)));
  const figure = (pick) => Object.fromEntries(Object.entries(runs).map(([name, series]) => [name, summarize(series.map(pick))]));
  return {
    firstHeadline: figure((s) => s.first),
    allHeadlines: figure((s) => s.all),
    script: figure((s) => s.script),
    bytes: Object.fromEntries(Object.entries(runs).map(([name, [first]]) => [name, first.bytes])),
    serverRender: summarize(rendered),
  };
}

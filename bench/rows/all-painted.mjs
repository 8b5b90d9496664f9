/* global window */
// Row 2b, cards all painted at once: 1,000 and 100 article cards given the `article` property in a
// 20-column grid shrunk so that every card lies in the viewport, so every frame paints them all
// (row 2's cards are mostly below the fold). Shrunk by `zoom`, and by a CSS `transform`. The Lit
// card against the vanilla card, side by side in each round, each sample in a fresh page; each
// step is timed from a trace (`devtools.timeline`), from its start mark to the end of the frame
// that shows its result, so style, layout, paint and layerizing (which run after the page's own
// callbacks) are all in it. Per step the trace also gives the time in Layerize and in Paint.
import { freshPage, heapAfterGc, ratio, summarize } from '../lib.mjs';
import { demoArticles } from './render.mjs';

const COUNTS = [1000, 100];
const SHRUNK_BY = ['zoom', 'transform'];
/** The last steps of a main-thread frame: the frame is on screen once the last of them ends. */
const FRAME_END = new Set(['Commit', 'Layerize', 'Paint']);
const STEPS = { Layerize: 'layerize', Paint: 'paint', UpdateLayoutTree: 'style', Layout: 'layout' };

/** From a trace: per step (start mark to end mark), the end of its last frame, and the time in each lifecycle step. */
function readTrace(buffer) {
  const events = JSON.parse(buffer.toString()).traceEvents ?? [];
  const marks = events.filter((event) => event.name === 'bench:start' || event.name === 'bench:end').sort((a, b) => a.ts - b.ts);
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain' && event.pid === marks[0]?.pid);
  const onMain = events.filter((event) => event.ph === 'X' && event.pid === main?.pid && event.tid === main?.tid);
  const steps = [];
  for (let i = 0; i + 1 < marks.length; i += 2) {
    const [start, end] = [marks[i].ts, marks[i + 1].ts];
    const within = onMain.filter((event) => event.ts >= start && event.ts + event.dur <= end);
    const frameEnd = Math.max(...within.filter((event) => FRAME_END.has(event.name)).map((event) => event.ts + event.dur), start);
    const time = Object.fromEntries(Object.values(STEPS).map((step) => [step, 0]));
    for (const event of within) if (STEPS[event.name]) time[STEPS[event.name]] += event.dur / 1000;
    steps.push({ painted: (frameEnd - start) / 1000, ...time });
  }
  return steps;
}

/** Runs `work` under a trace; its result, and the steps the trace shows (readTrace). */
async function traced(browser, page, work) {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing'] });
  try {
    const result = await work();
    return { result, steps: readTrace(await browser.stopTracing()) };
  } catch (error) {
    await browser.stopTracing();
    throw error;
  }
}

async function sample(browser, origin, kind, articles, by) {
  const { page, cdp, close } = await freshPage(browser);
  try {
    await page.goto(`${origin}/bench/page/bench.html`);
    await page.waitForFunction(() => window.bench !== undefined);
    await page.evaluate(([data, count, shrink]) => (window.bench.load(data), window.bench.allInView(count, shrink)), [articles, articles.length, by]);
    const before = await heapAfterGc(cdp);
    const { result: inView, steps: [create, language] } = await traced(browser, page, async () => {
      await page.evaluate((k) => window.bench.create(k), kind);
      const all = await page.evaluate(() => window.bench.allCardsInView());
      await page.evaluate((k) => window.bench.language(k, 'ru'), kind);
      return all;
    });
    const after = await heapAfterGc(cdp);
    const { steps: [remove] } = await traced(browser, page, () => page.evaluate((k) => window.bench.remove(k), kind));
    return { create, language, remove, inView, bytesPerCard: (after - before) / articles.length };
  } finally {
    await close();
  }
}

export async function allPaintedRow({ browser, origin, samples, log }) {
  const rows = [];
  for (const count of COUNTS) {
    const articles = demoArticles(count);
    for (const by of SHRUNK_BY) {
      const runs = { lit: [], vanilla: [] };
      for (let round = 0; round < samples; round++) {
        for (const kind of round % 2 ? ['vanilla', 'lit'] : ['lit', 'vanilla']) runs[kind].push(await sample(browser, origin, kind, articles, by));
        log(`all painted, ${count} cards by ${by}: round ${round + 1}/${samples}`);
      }
      const figure = (pick) => ({
        lit: summarize(runs.lit.map(pick)),
        vanilla: summarize(runs.vanilla.map(pick)),
        ratio: ratio(runs.lit.map(pick), runs.vanilla.map(pick)),
      });
      const step = (name) => ({
        painted: figure((s) => s[name].painted),
        ...Object.fromEntries(Object.values(STEPS).map((part) => [part, figure((s) => s[name][part])])),
      });
      rows.push({
        count,
        by,
        allInView: [...runs.lit, ...runs.vanilla].every((s) => s.inView),
        create: step('create'),
        language: step('language'),
        remove: step('remove'),
        memoryPerCard: figure((s) => s.bytesPerCard),
      });
    }
  }
  return rows;
}

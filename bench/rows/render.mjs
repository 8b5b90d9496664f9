/* global window */
// Row 2, render cost: 1,000 article cards from in-memory data, the Lit card against the
// hand-written vanilla card (bench/page/vanilla-card.js), each sample in a fresh page, the two
// kinds alternating which goes first. Per sample: create (to DOM built and to painted), JS heap
// per card after GC, switch all cards' language kk → ru, remove them all.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib.mjs';
import { freshPage, heapAfterGc, ratio, summarize } from '../lib.mjs';

const CARDS = 1000;

/** `count` stories cycled from the demo's content, each with an id of its own. */
export function demoArticles(count) {
  const dir = join(ROOT, 'demo', 'data', 'articles');
  const stories = readdirSync(dir)
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')));
  return Array.from({ length: count }, (_, i) => ({ ...stories[i % stories.length], id: `${stories[i % stories.length].id}-${i}` }));
}

async function sample(browser, origin, kind, articles) {
  const { page, cdp, close } = await freshPage(browser);
  try {
    await page.goto(`${origin}/bench/page/bench.html`);
    await page.waitForFunction(() => window.bench !== undefined);
    await page.evaluate((data) => window.bench.load(data), articles);
    const before = await heapAfterGc(cdp);
    const create = await page.evaluate((k) => window.bench.create(k), kind);
    const after = await heapAfterGc(cdp);
    const shape = await page.evaluate(() => window.bench.shape(0));
    const language = await page.evaluate((k) => window.bench.language(k, 'ru'), kind);
    const languageShape = await page.evaluate(() => window.bench.shape(0));
    const remove = await page.evaluate((k) => window.bench.remove(k), kind);
    return { create, language, remove, bytesPerCard: (after - before) / articles.length, shape, languageShape };
  } finally {
    await close();
  }
}

export async function renderRow({ browser, origin, samples, log }) {
  const articles = demoArticles(CARDS);
  const runs = { lit: [], vanilla: [] };
  for (let round = 0; round < samples; round++) {
    for (const kind of round % 2 ? ['vanilla', 'lit'] : ['lit', 'vanilla']) runs[kind].push(await sample(browser, origin, kind, articles));
    log(`render: round ${round + 1}/${samples}`);
  }
  // The comparison only means something if both kinds show the same thing.
  // Text compared without whitespace: Lit's templates keep their line breaks as (invisible) text nodes.
  const comparable = (shape) => JSON.stringify({ ...shape, text: shape.text.replace(/\s+/g, '') });
  const same = (key) => comparable(runs.lit[0][key]) === comparable(runs.vanilla[0][key]);
  const series = (kind, pick) => runs[kind].map(pick);
  const figure = (pick) => ({
    lit: summarize(series('lit', pick)),
    vanilla: summarize(series('vanilla', pick)),
    ratio: ratio(series('lit', pick), series('vanilla', pick)),
  });
  return {
    cards: CARDS,
    sameMarkup: same('shape') && same('languageShape'),
    markup: { lit: runs.lit[0].shape, vanilla: runs.vanilla[0].shape },
    create: { built: figure((s) => s.create.built), painted: figure((s) => s.create.painted) },
    memoryPerCard: figure((s) => s.bytesPerCard),
    language: { built: figure((s) => s.language.built), painted: figure((s) => s.language.painted) },
    remove: { built: figure((s) => s.remove.built), painted: figure((s) => s.remove.painted) },
  };
}

/**
 * How fast the machine is right now: 300 vanilla cards created and painted (ms, median of 5 fresh
 * pages). The machine is shared, so a run states its speed at its start and end, and figures from
 * different runs can be read side by side.
 */
export async function machineSpeed({ browser, origin }) {
  const articles = demoArticles(300);
  const times = [];
  for (let round = 0; round < 5; round++) {
    const { page, close } = await freshPage(browser);
    try {
      await page.goto(`${origin}/bench/page/bench.html`);
      await page.waitForFunction(() => window.bench !== undefined);
      await page.evaluate((data) => window.bench.load(data), articles);
      times.push((await page.evaluate(() => window.bench.create('vanilla'))).painted);
    } finally {
      await close();
    }
  }
  return Math.round(summarize(times).median);
}

/* global console, process */
// `npm run bench`: builds the library, measures it in headless Chromium against the Lit floor, a
// vanilla DOM card and WordPress's own embed, prints one table and writes bench/results.json.
// Method: bench/README.md. Options:
//   --samples N    samples per figure (default 10; rows 4 and 6 are deterministic and take fewer)
//   --only a,b     run only these rows: bytes, render, painted, busy, shift, wordpress, leaks, server
import { cpus, totalmem, loadavg, release, type } from 'node:os';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from '../scripts/build.mjs';
import { ROOT, formatDuration } from '../scripts/lib.mjs';
import { KB, launchBrowser, show, startServer } from './lib.mjs';
import { bytesRow } from './rows/bytes.mjs';
import { machineSpeed, renderRow } from './rows/render.mjs';
import { allPaintedRow } from './rows/all-painted.mjs';
import { BUSY_PAGE, busyPageRow } from './rows/busy-page.mjs';
import { layoutShiftRow, shiftPages } from './rows/layout-shift.mjs';
import { wordpressRow } from './rows/wordpress.mjs';
import { leaksRow, leaksTable } from './rows/leaks.mjs';
import { serverRenderedRow } from './rows/server-rendered.mjs';

const ROWS = ['bytes', 'render', 'painted', 'busy', 'shift', 'wordpress', 'leaks', 'server'];
const { values } = parseArgs({ options: { samples: { type: 'string', default: '10' }, only: { type: 'string', default: ROWS.join(',') } } });
const samples = Math.max(1, Number(values.samples) || 10);
const only = new Set(values.only.split(','));
const log = (line) => console.log(`bench: ${line}`);

const started = Date.now();
const results = { machine: {}, rows: {} };
const loadAtStart = loadavg()[0];

log('building');
process.env.NODE_ENV = 'production';
await build();

const extra = { '/bench/busy.html': { type: 'text/html; charset=utf-8', body: BUSY_PAGE }, '/bench/cls.html': shiftPages };
const server = await startServer({ extra });
const slow = await startServer({ extra, latency: 2000 });
const browser = await launchBrowser();
try {
  results.machine = {
    cpu: `${cpus()[0]?.model.trim()} × ${cpus().length}`,
    memory: `${Math.round(totalmem() / 2 ** 30)} GB`,
    os: `${type()} ${release()}`,
    node: process.version,
    chromium: browser.version(),
    date: new Date().toISOString(),
  };
  const context = { browser, origin: server.origin, server, samples, log };
  const speedAtStart = await machineSpeed(context);
  if (only.has('bytes')) results.rows.bytes = await bytesRow(context);
  if (only.has('render')) results.rows.render = await renderRow(context);
  if (only.has('painted')) results.rows.painted = await allPaintedRow(context);
  if (only.has('busy')) {
    results.rows.busy = {};
    for (const window of ['all at once', 'reader']) results.rows.busy[window] = await busyPageRow({ ...context, window });
  }
  if (only.has('shift')) results.rows.shift = await layoutShiftRow({ ...context, servers: { fast: server, slow }, samples: Math.min(samples, 3) });
  if (only.has('wordpress')) results.rows.wordpress = await wordpressRow({ ...context, extra, samples: Math.min(samples, 6) });
  if (only.has('leaks')) results.rows.leaks = await leaksRow(context);
  if (only.has('server')) results.rows.server = await serverRenderedRow(context);
  results.machine.speed = `300 vanilla cards painted in ${speedAtStart} ms at start, ${await machineSpeed(context)} ms at end`;
} finally {
  await browser.close();
  await server.close();
  await slow.close();
}
// Other work on the machine shows up as noise; say how busy it was.
results.machine.load = `load average ${loadAtStart.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end`;

/* ------------------------------------------------------------------------------------------------
 * The table.
 * ---------------------------------------------------------------------------------------------- */

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const ms = (stat) => show(stat, 'ms', 0);
const times = (stat) => show(stat, '×', 2);
const verdict = (ok) => (ok ? 'met' : 'missed');
const lines = [];
const add = (...cells) => lines.push(cells);

const { bytes, render, painted, busy, shift, wordpress, leaks, server: serverRendered } = results.rows;
if (bytes) {
  const budget = 15 * KB;
  add('Bytes', '`dist/news-widgets.js`, all four elements', `${kb(bytes.bundle.gzip)} gzip, ${kb(bytes.bundle.brotli)} brotli`, `floor ${kb(bytes.floor.gzip)} gzip`, `${(bytes.bundle.gzip / bytes.floor.gzip).toFixed(2)}×`, `≤ 15 KB gzip: ${verdict(bytes.bundle.gzip <= budget)}; budget ${kb(bytes.budget)}: ${bytes.bundle.gzip <= bytes.budget ? 'within' : 'over'}`);
  for (const [name, size] of Object.entries(bytes.standalone))
    add('', `${name} alone (with Lit)`, `${kb(size.gzip)} gzip, ${kb(size.brotli)} brotli`, `floor ${kb(bytes.floor.gzip)}`, `${(size.gzip / bytes.floor.gzip).toFixed(2)}×`, '');
  for (const [name, size] of Object.entries(bytes.modules))
    add('', `\`dist/elements/${name}.js\`${name === 'index' ? " (`'news-widgets'` for a bundler)" : ''} and its chunks (no Lit, unminified)`, `${kb(size.gzip)} gzip`, '', '', '');
  const minified = Object.values(bytes.composition).reduce((sum, part) => sum + part, 0);
  for (const [part, size] of Object.entries(bytes.composition))
    add('', `of the bundle: ${part}`, `${kb(size)} minified`, '', `${((size / minified) * 100).toFixed(0)}%`, '');
}
if (render) {
  const figure = (label, stat, goal, limit) =>
    add('', label, ms(stat.lit), `vanilla ${ms(stat.vanilla)}`, times(stat.ratio), goal ? `${goal}: ${verdict(stat.ratio.median <= limit)}` : '');
  add(`Render ${render.cards.toLocaleString('en')} cards`, `markup identical to the vanilla card's: ${render.sameMarkup ? 'yes' : 'NO'}`, '', '', '', '');
  figure('create → painted', render.create.painted, '≤ 1.3×', 1.3);
  figure('create → DOM built (script only)', render.create.built);
  add('', 'memory per card (JS heap, after GC)', show({ ...render.memoryPerCard.lit, median: render.memoryPerCard.lit.median / KB, q1: render.memoryPerCard.lit.q1 / KB, q3: render.memoryPerCard.lit.q3 / KB }, 'KB', 1), `vanilla ${show({ ...render.memoryPerCard.vanilla, median: render.memoryPerCard.vanilla.median / KB, q1: render.memoryPerCard.vanilla.q1 / KB, q3: render.memoryPerCard.vanilla.q3 / KB }, 'KB', 1)}`, times(render.memoryPerCard.ratio), `≤ 2×: ${verdict(render.memoryPerCard.ratio.median <= 2)}`);
  figure('language kk → ru → painted', render.language.painted);
  figure('remove all → painted', render.remove.painted);
}
for (const { count, by, allInView, create, language, remove, memoryPerCard } of painted ?? []) {
  const figure = (label, stat, goal) =>
    add('', label, ms(stat.painted.lit), `vanilla ${ms(stat.painted.vanilla)}`, times(stat.painted.ratio), goal ? `≤ 1.3×: ${verdict(stat.painted.ratio.median <= 1.3)}` : '');
  const lifecycle = (stat, kind) => `${['layerize', 'paint', 'style', 'layout'].map((part) => stat[part][kind].median.toFixed(0)).join(', ')} ms`;
  const parts = (label, stat) => add('', `${label}: Layerize, Paint, style, layout`, lifecycle(stat, 'lit'), `vanilla ${lifecycle(stat, 'vanilla')}`, '', '');
  add(`${count.toLocaleString('en')} cards all painted (shrunk by ${by}; traces)`, `every card wholly in the viewport: ${allInView ? 'yes' : 'NO'}`, '', '', '', '');
  figure('create → painted', create, true);
  parts('of which', create);
  figure('language kk → ru → painted', language, true);
  parts('of which', language);
  figure('remove all → painted', remove, true);
  const perCard = (stat) => ({ ...stat, median: stat.median / KB, q1: stat.q1 / KB, q3: stat.q3 / KB });
  add('', 'memory per card (JS and Blink heap, after GC)', show(perCard(memoryPerCard.lit), 'KB', 1), `vanilla ${show(perCard(memoryPerCard.vanilla), 'KB', 1)}`, times(memoryPerCard.ratio), `≤ 2×: ${verdict(memoryPerCard.ratio.median <= 2)}`);
}
for (const [window, row] of Object.entries(busy ?? {})) {
  add(`Busy page, ${row.widgets} widgets (${window}, ${row.window.width}×${row.window.height})`, 'requests', `${show(row.requests, '', 0)} for ${show(row.distinctUrls, '', 0)} URLs`, '', '', `one per URL: ${verdict(row.requests.max <= row.distinctUrls.min)}`);
  if (window === 'all at once') add('', 'last response → last widget painted', ms(row.lastResponseToPainted), '', '', '');
  add('', 'navigation → last widget painted', ms(row.navigationToPainted), '', '', '');
  add('', 'long tasks over 50 ms', `${show(row.longTasks, '', 0)}, longest ${ms(row.longestTask)}; none in ${row.loadsWithoutLongTasks} of ${row.longTasks.n} loads`, '', '', `none: ${verdict(row.longTasks.max === 0)}`);
}
if (shift) {
  for (const [index, { name, fast, slow: slowData, accepted }] of shift.entries()) {
    const value = (stat) => stat.max.toFixed(3);
    const ok = name.startsWith('control') ? fast.max > 0 : Math.max(fast.max, slowData?.max ?? 0) < 0.0005;
    const goal = name.startsWith('control') ? `must be > 0: ${verdict(ok)}` : `0.00: ${verdict(ok)}${accepted && !ok ? `, ${accepted}` : ''}`;
    add(index ? '' : 'Layout shift (CLS, max of samples)', name, `${value(fast)} at 80 ms${slowData ? `, ${value(slowData)} at 2 s` : ''}`, '', '', goal);
  }
}
if (wordpress?.skipped) add(`Against WordPress's embed`, 'not measured', wordpress.skipped, '', '', '');
else if (wordpress) {
  const row = (label, stat, unit) => add('', label, unit(stat.cards), `embed ${unit(stat.embed)}`, times(stat.ratio), '');
  add(`Against WordPress's embed, ${wordpress.posts} posts`, `frames outside the page's process: ${wordpress.outOfProcessFrames}`, '', '', '', '');
  const size = (stat) => `${(stat.median / KB).toFixed(0)} KB`;
  row('bytes transferred', wordpress.bytes, size);
  row('navigation → all visible', wordpress.visible, ms);
  row('JS heap after GC', wordpress.heap, (stat) => `${(stat.median / 2 ** 20).toFixed(1)} MB`);
  row('main-thread task time', wordpress.mainThread, ms);
}
if (leaks) lines.push(...leaksTable(leaks));
if (serverRendered) {
  const { firstHeadline, allHeadlines, script, bytes: sent, serverRender } = serverRendered;
  const variant = (name, label) => {
    const { html, js, data } = sent[name];
    add(label, name, `${ms(firstHeadline[name])} first headline, ${ms(allHeadlines[name])} all 8`, `script ${ms(script[name])}`, `${kb(html)} HTML, ${kb(js)} script, ${kb(data)} data (gzip)`, '');
  };
  variant('browser', 'Server rendering: a banner, a switcher, 4 cards, a rail of 4 (navigation → painted)');
  variant('server, single file', '');
  variant('server, hydrated', `server's render of the page: ${ms(serverRender)}`);
}

const header = ['row', 'figure', 'news-widgets', 'reference', 'ratio', 'goal'];
const table = [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
const machine = Object.values(results.machine).join(' · ');
console.log(`\n${table}\n\nMeasured on: ${machine}\nMedian of samples, interquartile range in brackets (${samples} samples; bench/README.md).\n`);
results.table = table;
writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
log(`bench/results.json written (${formatDuration(Date.now() - started)})`);

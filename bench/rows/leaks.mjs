/* global window */
// Row 6, leaks: new cards and rails connected and disconnected (half of them against an endpoint
// that never answers, so their requests are cancelled), then one card and one rail moved out and
// back, each in several rounds. After every round, with garbage collected: V8's heap and Blink's,
// live event listeners (CDP), timers, fetches and observed elements left (counted by wrappers
// installed before the bundle loads), and live element instances (CDP queryObjects).
//
// A leak keeps something per cycle, so it grows by about the same amount every round; a cache,
// compiled code or an engine buffer grows once and stops. So the row reports the first round apart
// from the steady growth (the median of the later rounds, per cycle), and judges the steady one.
import { KB, domCounters, freshPage, summarize } from '../lib.mjs';

/** The two kinds of cycle: `leaks.fresh` (new elements each cycle) and `leaks.same` (one pair moved). */
const KINDS = [
  { name: 'new card + rail, connected and removed', run: 'fresh', rounds: 6, cycles: 2_000 },
  { name: 'one card + rail, moved out and back', run: 'same', rounds: 4, cycles: 5_000 },
];
/**
 * Steady growth at or above these is a leak. A per-cycle leak keeps at least one JavaScript value
 * a cycle (a Map entry's key, a listener's closure: about 30 bytes or more); compiled code and
 * inline caches settle well below the byte figure and are not values.
 */
const LEAK_VALUES_PER_CYCLE = 0.1;
const LEAK_BYTES_PER_CYCLE = 8;
/** Heap snapshot node types that are JavaScript values, rather than code, engine internals or Blink's objects. */
const JS_VALUES = new Set(['object', 'closure', 'array', 'regexp', 'number', 'string', 'concatenated string', 'sliced string', 'symbol', 'bigint']);

/** Installed before any page script: counts pending timers, pending fetches and observed targets. */
function installCounters() {
  const timers = new Set();
  const { setTimeout: set, clearTimeout: clear, setInterval: every, clearInterval: stop } = window;
  window.setTimeout = (callback, ms, ...args) => {
    const id = set((...a) => (timers.delete(id), typeof callback === 'function' ? callback(...a) : undefined), ms, ...args);
    timers.add(id);
    return id;
  };
  window.clearTimeout = (id) => (timers.delete(id), clear(id));
  window.setInterval = (callback, ms, ...args) => {
    const id = every(callback, ms, ...args);
    timers.add(id);
    return id;
  };
  window.clearInterval = (id) => (timers.delete(id), stop(id));

  let fetches = 0;
  const nativeFetch = window.fetch;
  window.fetch = function (...args) {
    fetches++;
    const answer = nativeFetch.apply(this, args);
    answer.then(
      () => fetches--,
      () => fetches--,
    );
    return answer;
  };

  // Observed targets, per kind of observer; a WeakSet per observer keeps nothing alive.
  const observed = { IntersectionObserver: 0, ResizeObserver: 0, MutationObserver: 0 };
  for (const kind of Object.keys(observed)) {
    const proto = window[kind].prototype;
    const targets = new WeakMap();
    const setOf = (observer) => targets.get(observer) ?? targets.set(observer, new Set()).get(observer);
    const { observe, unobserve, disconnect } = proto;
    proto.observe = function (target, ...rest) {
      const set = setOf(this);
      if (!set.has(target)) {
        set.add(target);
        observed[kind]++;
      }
      return observe.call(this, target, ...rest);
    };
    if (unobserve) {
      proto.unobserve = function (target) {
        if (setOf(this).delete(target)) observed[kind]--;
        return unobserve.call(this, target);
      };
    }
    proto.disconnect = function () {
      observed[kind] -= setOf(this).size;
      targets.delete(this);
      return disconnect.call(this);
    };
  }
  window.leakCounters = { snapshot: () => ({ timers: timers.size, fetches, ...observed }) };
}

/** Live instances of an element class, after garbage collection. */
async function liveInstances(cdp, tag) {
  // DevTools holds on to every object it hands out until its group is released: without that,
  // each count would leave an array alive and the next round would count it.
  const objectGroup = 'leaks';
  const { result: prototype } = await cdp.send('Runtime.evaluate', { expression: `customElements.get('${tag}').prototype`, objectGroup });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.objectId, objectGroup });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup });
  return result.value;
}

/** V8's heap and Blink's after garbage collection, apart: Blink's swings by a megabyte either way between rounds. */
async function heaps(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize, embedderHeapUsedSize = 0 } = await cdp.send('Runtime.getHeapUsage');
  return { v8: usedSize, blink: embedderHeapUsedSize };
}

/** Live JavaScript values (objects, closures, arrays, strings…), counted exactly in a heap snapshot. */
async function jsValues(cdp) {
  const chunks = [];
  const collect = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const { snapshot, nodes } = JSON.parse(chunks.join(''));
  const [types] = snapshot.meta.node_types;
  const stride = snapshot.meta.node_fields.length;
  const typeField = snapshot.meta.node_fields.indexOf('type');
  let count = 0;
  for (let i = typeField; i < nodes.length; i += stride) if (JS_VALUES.has(types[nodes[i]])) count++;
  return count;
}

async function snapshot(page, cdp) {
  // Cancelled requests settle in a task or two; give them time before counting.
  await page.waitForTimeout(1000);
  const { jsEventListeners, nodes } = await domCounters(cdp);
  return {
    ...(await heaps(cdp)),
    values: await jsValues(cdp),
    listeners: jsEventListeners,
    nodes,
    ...(await page.evaluate(() => window.leaks.counts())),
    cards: await liveInstances(cdp, 'news-article-card'),
    rails: await liveInstances(cdp, 'news-related-rail'),
  };
}

/** Things that must all be back to where they were after every round. */
export const LEFT = ['listeners', 'timers', 'fetches', 'IntersectionObserver', 'ResizeObserver', 'MutationObserver', 'cards', 'rails', 'nodes'];

export async function leaksRow({ browser, origin, log }) {
  const { page, cdp, close } = await freshPage(browser);
  try {
    await page.addInitScript(installCounters);
    await page.goto(`${origin}/bench/page/leaks.html`);
    await page.waitForFunction(() => window.leaks !== undefined);
    // Warm-up: templates, page-wide observers and the first compiled code are made once; not leaks.
    await page.evaluate(() => window.leaks.fresh(1000));
    const kinds = [];
    for (const { name, run, rounds, cycles } of KINDS) {
      let before = await snapshot(page, cdp);
      const changes = [];
      for (let round = 1; round <= rounds; round++) {
        log(`leaks: ${name}, round ${round} of ${rounds}`);
        await page.evaluate(([kind, n]) => window.leaks[kind](n), [run, cycles]);
        const after = await snapshot(page, cdp);
        changes.push(Object.fromEntries(Object.keys(after).map((key) => [key, after[key] - before[key]])));
        before = after;
      }
      const [first, ...later] = changes;
      const perCycle = (key) => summarize(later.map((change) => change[key] / cycles));
      kinds.push({
        name,
        rounds,
        cycles,
        changes,
        first: { values: first.values, v8: first.v8, blink: first.blink },
        steady: { values: perCycle('values'), v8: perCycle('v8'), blink: perCycle('blink') },
        left: Object.fromEntries(LEFT.map((key) => [key, Math.max(...changes.map((change) => change[key]))])),
      });
    }
    return { leakValuesPerCycle: LEAK_VALUES_PER_CYCLE, leakBytesPerCycle: LEAK_BYTES_PER_CYCLE, kinds };
  } finally {
    await close();
  }
}

/** The row's lines of the table: `[row, figure, news-widgets, reference, ratio, goal]` each. */
export function leaksTable({ leakValuesPerCycle, leakBytesPerCycle, kinds }) {
  const signed = (n, digits = 0) => `${n >= 0 ? '+' : ''}${n.toFixed(digits)}`;
  const spread = (stat, digits, unit = '') => `${signed(stat.median, digits)}${unit} (${signed(stat.min, digits)} to ${signed(stat.max, digits)})`;
  return kinds.flatMap(({ name, rounds, cycles, first, steady, left }, index) => {
    const clean = LEFT.every((key) => left[key] <= 0);
    const steadyOk = steady.values.median < leakValuesPerCycle && steady.v8.median < leakBytesPerCycle;
    return [
      [
        index ? '' : 'Leaks (heap after GC)',
        `${name}: ${rounds} rounds of ${cycles.toLocaleString('en')} cycles; growth a cycle after the first round`,
        `JS values ${spread(steady.values, 3)}, V8 heap ${spread(steady.v8, 1, ' B')}`,
        `Blink heap ${spread(steady.blink, 0, ' B')}: not judged, it swings by hundreds of KB a round either way`,
        '',
        `< ${leakValuesPerCycle} values and < ${leakBytesPerCycle} B a cycle: ${steadyOk ? 'met' : 'missed'}`,
      ],
      ['', 'first round (caches, compiled code, engine buffers: once)', `JS values ${signed(first.values)}, V8 heap ${signed(first.v8 / KB)} KB`, `Blink heap ${signed(first.blink / KB)} KB`, '', ''],
      ['', 'left after any round', LEFT.map((key) => `${key} ${signed(left[key])}`).join(', '), '', '', `none left: ${clean ? 'met' : 'missed'}`],
    ];
  });
}

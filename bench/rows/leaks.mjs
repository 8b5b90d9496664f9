/* global window */
// Row 6, leaks: 10,000 connect/disconnect cycles of a card and a rail (new elements, half of them
// against an endpoint that never answers, so their requests are cancelled), twice, then one card
// and one rail moved out and back 10,000 times. After each round, with garbage collected, against
// the state before it: JS heap growth, live event listeners (CDP), timers, fetches and observed
// elements left (counted by wrappers installed before the bundle loads), and live element
// instances (CDP queryObjects).
import { domCounters, freshPage, heapAfterGc } from '../lib.mjs';

const CYCLES = 10_000;

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
  const { result: prototype } = await cdp.send('Runtime.evaluate', { expression: `customElements.get('${tag}').prototype` });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.objectId });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  return result.value;
}

async function snapshot(page, cdp) {
  // Cancelled requests settle in a task or two; give them time before counting.
  await page.waitForTimeout(1000);
  const heap = await heapAfterGc(cdp);
  const { jsEventListeners, nodes } = await domCounters(cdp);
  return {
    heap,
    listeners: jsEventListeners,
    nodes,
    ...(await page.evaluate(() => window.leaks.counts())),
    cards: await liveInstances(cdp, 'news-article-card'),
    rails: await liveInstances(cdp, 'news-related-rail'),
  };
}

export async function leaksRow({ browser, origin, log }) {
  const { page, cdp, close } = await freshPage(browser);
  try {
    await page.addInitScript(installCounters);
    await page.goto(`${origin}/bench/page/leaks.html`);
    await page.waitForFunction(() => window.leaks !== undefined);
    // Warm-up: templates, caches, page-wide observers and optimized code are made once; not leaks.
    await page.evaluate(() => window.leaks.fresh(1000));
    const baseline = await snapshot(page, cdp);
    const rounds = [];
    for (const round of ['new elements', 'new elements, again']) {
      log(`leaks: ${round}`);
      await page.evaluate((n) => window.leaks.fresh(n), CYCLES);
      rounds.push([round, await snapshot(page, cdp)]);
    }
    log('leaks: the same card and rail');
    await page.evaluate((n) => window.leaks.same(n), CYCLES);
    rounds.push(['same elements', await snapshot(page, cdp)]);
    // Each round against the state before it: a leak grows every round, a cache once.
    let before = baseline;
    const delta = (after) => {
      const change = Object.fromEntries(Object.entries(after).map(([key, value]) => [key, value - before[key]]));
      before = after;
      return change;
    };
    return { cycles: CYCLES, baseline, rounds: rounds.map(([name, after]) => ({ name, ...delta(after) })) };
  } finally {
    await close();
  }
}

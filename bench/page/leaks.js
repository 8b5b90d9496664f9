/* global document, requestAnimationFrame, setTimeout, window */
// In-page side of the leak check (bench/rows/leaks.mjs drives it through `window.leaks`): connects
// and disconnects cards and rails, and counts what the page still holds afterwards. The counters
// of timers, fetches and observers are installed before the bundle loads (the runner's init script).
import '/dist/news-widgets.js';

const stage = document.getElementById('stage');
const STORIES = ['court-digital', 'zhetisu-medicine', 'munix-2026', 'court-cabinet', 'legal-aid', 'mediation-halls'];
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

function pair(endpoint, index) {
  const card = document.createElement('news-article-card');
  card.setAttribute('endpoint', endpoint);
  card.setAttribute('article-id', STORIES[index % STORIES.length]);
  const rail = document.createElement('news-related-rail');
  rail.setAttribute('endpoint', endpoint);
  rail.setAttribute('article-id', STORIES[(index + 1) % STORIES.length]);
  return [card, rail];
}

window.leaks = {
  /**
   * `cycles` new card + rail pairs, `batch` at a time: connected, given two frames (they near the
   * viewport and start loading; answers from the endpoint, or none from `/api/hang`), disconnected.
   * Batches alternate between the two endpoints, so both the loaded and the cancelled path run.
   */
  async fresh(cycles, batch = 100) {
    for (let done = 0; done < cycles; done += batch) {
      const endpoint = (done / batch) % 2 ? '/api/hang' : '/api';
      const elements = Array.from({ length: batch }, (_, i) => pair(endpoint, done + i)).flat();
      stage.append(...elements);
      await frame();
      await frame();
      for (const element of elements) element.remove();
    }
  },
  /** One card and one rail moved out of the page and back `cycles` times in a row, then removed. */
  async same(cycles) {
    const elements = pair('/api/hang', 0);
    stage.append(...elements);
    await frame();
    for (let i = 0; i < cycles; i++) {
      for (const element of elements) element.remove();
      stage.append(...elements);
    }
    await frame();
    for (const element of elements) element.remove();
  },
  counts: () => ({ ...window.leakCounters.snapshot(), nodesInStage: stage.querySelectorAll('*').length }),
};

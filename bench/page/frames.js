/* global innerHeight, innerWidth, requestAnimationFrame, setTimeout */
// When a frame is painted, for the benchmark's timings. Served to every benchmark page and
// imported by the in-page code of the rows.

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const afterPaint = () => new Promise((resolve) => setTimeout(resolve));

const inView = (element) => {
  const box = element.getBoundingClientRect();
  return box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
};

/** Whether a card shows its content: with `content-visibility: auto` Chromium skips it in the first frame the card appears in. */
const shown = (card) => card.shadowRoot?.querySelector('.card > .body')?.checkVisibility({ contentVisibilityAuto: true }) ?? true;

/**
 * Resolves after the browser has painted a frame in which every card in view shows its content.
 * A requestAnimationFrame callback runs just before its frame's paint; a task queued from it,
 * just after.
 */
export async function paintedShowing(cards) {
  do await frame();
  while (cards.some((card) => inView(card) && !shown(card)));
  await afterPaint();
}

/** Every element with a shadow root under `root`, through shadow roots. */
export const hosts = (root) =>
  [...root.querySelectorAll('*')].filter((element) => element.shadowRoot).flatMap((element) => [element, ...hosts(element.shadowRoot)]);

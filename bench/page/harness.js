/* global CSSStyleSheet, document, innerHeight, innerWidth, performance, window */
// In-page side of the render benchmark (bench/rows/render.mjs drives it through `window.bench`):
// the built single-file bundle and the hand-written vanilla card, on the same page, with the
// same stylesheets.
import * as news from '/dist/news-widgets.js';
import { paintedShowing } from './frames.js';
import { VanillaArticleCard } from './vanilla-card.js';

VanillaArticleCard.sheets = news.NewsArticleCard.elementStyles.map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet));

const TAGS = { lit: 'news-article-card', vanilla: 'vanilla-article-card' };
const stage = document.getElementById('stage');
let articles = [];
let cards = [];

/** Waits for every Lit card to finish rendering; vanilla cards render synchronously. */
const settled = (kind) => (kind === 'lit' ? Promise.all(cards.map((card) => card.updateComplete)) : undefined);

/** Times `work`: until the DOM is built (`built`) and until a frame showing the cards in view is painted (`painted`), in ms. */
// The user-timing marks bound the work in a trace (bench/rows/all-painted.mjs reads them).
async function timed(kind, work) {
  await paintedShowing([]);
  const start = performance.mark('bench:start').startTime;
  work();
  await settled(kind);
  const built = performance.now() - start;
  await paintedShowing(cards);
  return { built, painted: performance.mark('bench:end').startTime - start };
}

/** Columns of the all-in-view grid, and the most a row of it may take (a default card is about 420 px tall). */
const COLUMNS = 20;
const ROW = 480;

/** The visible structure of a card: each element's tag, part, class and text, for checking that both kinds match. */
function shape(card) {
  const walk = (node) =>
    [...node.children].map((child) => [child.localName, child.getAttribute('part'), child.className, child.lang || '', walk(child)]);
  return { tree: walk(card.shadowRoot), text: card.shadowRoot.textContent.replace(/\s+/g, ' ').trim() };
}

window.bench = {
  /** Keeps the stories the next `create` uses (sent ahead, so they are not counted as the cards' memory). */
  load(data) {
    articles = data;
  },
  create: (kind) =>
    timed(kind, () => {
      const fragment = document.createDocumentFragment();
      for (const article of articles) {
        const card = document.createElement(TAGS[kind]);
        card.article = article;
        cards.push(card);
        fragment.append(card);
      }
      stage.append(fragment);
    }),
  language: (kind, lang) =>
    timed(kind, () => {
      if (kind === 'lit') news.setPageLanguage(lang, { persist: false });
      else for (const card of cards) card.language = lang;
    }),
  remove: (kind) =>
    timed(kind, () => {
      stage.replaceChildren();
      cards = [];
    }),
  /**
   * Lays the stage out as a 20-column grid shrunk so that `count` cards all lie in the viewport, and
   * so are all painted in every frame: by `zoom` (laid out small) or by `transform` (laid out at
   * full size, painted small).
   */
  allInView(count, by) {
    const width = COLUMNS * 316 + 16;
    const height = Math.ceil(count / COLUMNS) * ROW + 16;
    const scale = Math.min(innerWidth / width, innerHeight / height);
    Object.assign(stage.style, { gridTemplateColumns: `repeat(${COLUMNS}, 300px)`, gridAutoRows: `${ROW - 16}px`, alignItems: 'start', inlineSize: `${width}px` });
    if (by === 'zoom') stage.style.zoom = String(scale);
    else Object.assign(stage.style, { transform: `scale(${scale})`, transformOrigin: '0 0' });
  },
  /** Whether every card lies wholly inside the viewport. */
  allCardsInView: () =>
    cards.every((card) => {
      const box = card.getBoundingClientRect();
      return box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
    }),
  shape: (index) => shape(cards[index]),
  count: () => stage.children.length,
};

/* global CSSStyleSheet, document, performance, window */
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
async function timed(kind, work) {
  await paintedShowing([]);
  const start = performance.now();
  work();
  await settled(kind);
  const built = performance.now() - start;
  await paintedShowing(cards);
  return { built, painted: performance.now() - start };
}

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
  shape: (index) => shape(cards[index]),
  count: () => stage.children.length,
};

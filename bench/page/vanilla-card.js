/* global CustomEvent, HTMLElement, URL, customElements, document */
// The benchmark's baseline: <news-article-card variant="default"> written by hand with the DOM API,
// no framework. It produces the same markup as the Lit card (same shadow tree, elements,
// attributes, parts and text) with the same stylesheets, and does the same safety work a
// hand-written card would need with untrusted data (only http/https links and images). It is as
// fast as plain DOM gets: one <template> cloned per card, nodes filled by reference.
//
// What it leaves out, so the comparison favours it: the data layer, language resolution up the
// tree, relative dates ("3 hours ago": the benchmark's stories are older than a day), loading,
// error and empty states, and the validation of every field.

const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];
const NAMES = { kk: 'Қазақша', ru: 'Русский', en: 'English' };
const MIN_READ = { kk: (n) => `Оқуға ${n} мин`, ru: (n) => `${n} мин чтения`, en: (n) => `${n} min read` };
const HOUR = 3_600_000;

const TEMPLATE = document.createElement('template');
TEMPLATE.innerHTML =
  '<article part="card" class="root card default" aria-labelledby="title">' +
  '<div part="media" class="media"><img part="image" loading="lazy" decoding="async"></div>' +
  '<div class="body"><div class="category-line"><span part="category" class="category"></span></div>' +
  '<div class="text"><div class="frame" aria-hidden="true"><div class="title line-3"></div><div class="excerpt line-3"></div></div>' +
  '<div class="flow"><div part="title" class="title line-3" role="heading" aria-level="3" id="title"><a part="link"></a></div>' +
  '<p part="excerpt" class="excerpt line-3"></p></div></div>' +
  '<div part="meta" class="meta line-1"></div>' +
  '<p part="author" class="author line-3"></p></div></article>';

const safe = (url) => {
  try {
    const parsed = new URL(url, document.baseURI);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
};

const formats = new Map();
/** The publication date as the Lit card words it (for dates older than a day, in Kazakhstan time, UTC+5). */
function published(iso, lang) {
  const wall = new Date(Date.parse(iso) + 5 * HOUR);
  const year = wall.getUTCFullYear();
  const withYear = year !== new Date(Date.now() + 5 * HOUR).getUTCFullYear();
  if (lang === 'kk') {
    const dayMonth = `${wall.getUTCDate()} ${KK_MONTHS[wall.getUTCMonth()]}`;
    return withYear ? `${year} ж. ${dayMonth}` : dayMonth;
  }
  const key = lang + withYear;
  if (!formats.has(key)) {
    const options = { timeZone: 'UTC', day: 'numeric', month: 'long', ...(withYear ? { year: 'numeric' } : {}) };
    formats.set(key, new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ru', options));
  }
  const noon = new Date(0).setUTCFullYear(year, wall.getUTCMonth(), wall.getUTCDate()) + 12 * HOUR;
  return formats.get(key).format(noon);
}

export class VanillaArticleCard extends HTMLElement {
  /** The same CSSStyleSheet objects as the Lit card's, set once by the benchmark. */
  static sheets = [];

  #article;
  #lang = 'kk';
  #meta;
  #card;

  constructor() {
    super();
    this.attachShadow({ mode: 'open', delegatesFocus: true }).adoptedStyleSheets = VanillaArticleCard.sheets;
  }

  set article(article) {
    this.#article = article;
    this.#render();
  }

  get article() {
    return this.#article;
  }

  /** The language the card shows (the Lit card's page-wide choice). */
  set language(lang) {
    this.#lang = lang;
    if (this.#meta) this.#renderMeta();
  }

  #render() {
    const article = this.#article;
    const url = safe(article.url);
    if (!url) return;
    const fragment = TEMPLATE.content.cloneNode(true);
    const nodes = fragment.querySelectorAll('*');
    const [card, image, category, link, excerpt, meta, author] = [0, 2, 5, 12, 13, 14, 15].map((index) => nodes[index]);
    card.lang = article.lang ?? this.#lang;
    const src = article.image && safe(article.image.src);
    if (src) {
      image.src = src;
      const srcset = article.image.srcset?.split(/,\s+/).filter((candidate) => safe(candidate.split(' ')[0])).join(', ');
      if (srcset) {
        image.srcset = srcset;
        image.sizes = 'auto, (min-width: 720px) 360px, 100vw';
      }
      image.alt = article.image.alt ?? '';
      if (article.image.width) image.width = article.image.width;
      if (article.image.height) image.height = article.image.height;
      image.addEventListener('error', () => (image.style.visibility = 'hidden'));
    } else {
      image.remove();
    }
    category.textContent = article.category?.name ?? '';
    link.href = url;
    link.textContent = article.title;
    link.addEventListener('click', () =>
      this.dispatchEvent(
        new CustomEvent('news-article-click', { detail: { id: article.id, url, lang: card.lang }, bubbles: true, composed: true }),
      ),
    );
    excerpt.textContent = article.excerpt ?? '';
    if (article.author) {
      const name = document.createElement('span');
      name.className = 'author-name';
      name.textContent = article.author.name;
      author.append(name);
      if (article.author.role) author.append(document.createElement('br'), article.author.role);
    }
    this.#card = card;
    this.#meta = meta;
    this.#renderMeta();
    this.shadowRoot.replaceChildren(fragment);
  }

  #renderMeta() {
    const { lang: written, publishedAt, readingMinutes } = this.#article;
    const lang = this.#lang;
    const meta = this.#meta;
    meta.lang = lang;
    meta.replaceChildren();
    if (written && written !== lang) {
      const label = document.createElement('span');
      label.setAttribute('part', 'language');
      label.className = 'language';
      label.lang = written;
      label.textContent = NAMES[written];
      meta.append(label, ' ');
    }
    if (publishedAt) {
      const time = document.createElement('time');
      time.setAttribute('part', 'date');
      time.dateTime = new Date(publishedAt).toISOString();
      time.textContent = published(publishedAt, lang);
      meta.append(time);
      if (readingMinutes) meta.append(' · ');
    }
    if (readingMinutes) meta.append(MIN_READ[lang](readingMinutes));
    this.#card.lang = written ?? lang;
  }
}

customElements.define('vanilla-article-card', VanillaArticleCard);

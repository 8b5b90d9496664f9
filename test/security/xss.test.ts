/**
 * The XSS corpus (xss-vectors.ts) pushed through every text and URL field of every adapter —
 * native, WordPress (`rendered` HTML fields), JSON Feed (`content_html`) — into every element.
 * Nothing may run (no dialog, no global canary, no navigation, no fetch of a beacon), no
 * `javascript:`/`data:` link or image source may reach any shadow tree, no markup in the data may
 * add an element, and the text a reader sees is the literal text the endpoint sent.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import '../../src/index.js';
import { resetClient } from '../../src/data/client.js';
import { resetPage } from '../helpers/elements.js';
import { domProblems, everyElement, structure } from '../helpers/shadow-tree.js';
import { fakeFetch, type FakeFetch } from '../helpers/fake-fetch.js';
import { DISGUISED_URLS, TEXT_VECTORS, UNSAFE_URLS } from './xss-vectors.js';

type Json = Record<string, unknown>;
type Probe = Window & { xssRan?: unknown };

const IMAGE = `${location.origin}/api/images/court-digital.svg`;
const SAFE_SRCSET = `${location.origin}/api/images/court-digital.svg 600w`;

/* ---------------------------------------------------------------------------------------------
 * The canary: whatever a payload runs or fetches is seen here.
 * ------------------------------------------------------------------------------------------- */

const ran: string[] = [];
const navigations: string[] = [];
const dialogs = ['alert', 'confirm', 'prompt', 'print'] as const;
const originals = Object.fromEntries(dialogs.map((name) => [name, window[name]]));
const startedAt = location.href;
/** Requests for beacons, seen by an observer (the page's resource-timing buffer may be full). */
const beacons: string[] = [];
const resources = new PerformanceObserver((list) => beacons.push(...list.getEntries().map((entry) => entry.name).filter((name) => name.includes('xss-beacon'))));

/**
 * Notes where each link followed would go, and keeps the browser from going: the click reaches the
 * window from any shadow root, and following the link is its default, done after. (Not the
 * Navigation API's `navigate` event: WebKit has no Navigation API, and Firefox's fires for no click.)
 * A link whose click something else prevented goes nowhere, and is not noted.
 */
function onClick(event: MouseEvent): void {
  const link = event.composedPath().find((target) => target instanceof HTMLAnchorElement);
  if (!link || event.defaultPrevented) return;
  navigations.push((link as HTMLAnchorElement).href);
  event.preventDefault();
}

function watchForPayloads(): void {
  for (const name of dialogs) (window as unknown as Json)[name] = (...args: unknown[]) => ran.push(`${name}(${args.join()})`);
  resources.observe({ type: 'resource' });
  window.addEventListener('click', onClick);
}

function stopWatching(): void {
  Object.assign(window, originals);
  resources.disconnect();
  window.removeEventListener('click', onClick);
}

function expectNothingRan(): void {
  expect(ran, 'dialogs opened by payloads').to.deep.equal([]);
  expect((window as Probe).xssRan, 'the global canary').to.be.undefined;
  expect(beacons, 'beacons fetched by payloads').to.deep.equal([]);
  expect(navigations.filter((url) => !/^https?:/.test(url)), 'navigations to other than http(s)').to.deep.equal([]);
  expect(location.href).to.equal(startedAt);
}

/* ---------------------------------------------------------------------------------------------
 * Reading the rendered widgets as a reader and as an attacker would.
 * ------------------------------------------------------------------------------------------- */

const part = (element: Element, name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const cardsOf = (rail: Element) => [...rail.shadowRoot!.querySelectorAll('news-article-card')];

/** Text as shown by a text binding: the string itself. */
const trimmed = (text: string) => text.trim();
/** JSON Feed's plain-text fields, whitespace collapsed. */
const collapsed = (text: string) => text.replace(/\s+/g, ' ').trim();
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** The text a browser shows for an HTML fragment (HTML's own whitespace collapsed), parsed inertly. */
function htmlText(fragment: string): string {
  const template = document.createElement('template');
  template.innerHTML = fragment;
  return template.content.textContent!.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/** The fields of a card a reader sees, as text. */
function cardText(card: Element) {
  const author = part(card, 'author');
  const name = author?.querySelector('.author-name')?.textContent ?? '';
  return {
    title: part(card, 'link')?.textContent ?? '',
    excerpt: part(card, 'excerpt')?.textContent ?? '',
    category: part(card, 'category')?.textContent ?? '',
    name,
    role: (author?.textContent ?? '').slice((author?.textContent ?? '').indexOf(name) + name.length).trim(),
    alt: part(card, 'image')?.getAttribute('alt') ?? '',
  };
}

/** What a vector changed in a card that should have the `expected` structure: its `domProblems`, or another structure. */
function vectorProblems(card: Element, expected: string): string[] {
  const problems = domProblems(card);
  if (structure(card) !== expected) problems.push(`structure: ${structure(card)}`);
  return problems;
}

/** Lists failures across the corpus in one assertion, so a report names every vector that failed. */
function expectForEvery<T>(items: readonly T[], check: (item: T, index: number) => string | undefined, what: string): void {
  const failures = items.map((item, index) => check(item, index)).filter((failure) => failure !== undefined);
  expect(failures, `${what}: ${failures.length} of ${items.length} failed`).to.deep.equal([]);
}

/**
 * Declares the test that no text vector changed a card's DOM: `cards()[i]` shows vector i, built
 * like `reference()`, a card of plain text (getters, as the suite's `before` makes them).
 */
function itAddsNoElementHandlerOrUrl(cards: () => Element[], reference: () => Element, label = ''): void {
  it(`<news-article-card>${label}: no vector adds an element, a handler or an unsafe URL`, () => {
    const expected = structure(reference());
    expectForEvery(TEXT_VECTORS, (text, i) => {
      const problems = vectorProblems(cards()[i], expected);
      return problems.length ? `#${i} ${JSON.stringify(text)}: ${problems.join('; ')}` : undefined;
    }, 'DOM');
  });
}

/* ---------------------------------------------------------------------------------------------
 * Widgets on the first screen, all at once.
 * ------------------------------------------------------------------------------------------- */

const mounted: HTMLElement[] = [];
/** Renders widgets in short cells of a grid on the first screen, so every one is near the viewport and loads. */
async function mountGrid(widgets: TemplateResult[]): Promise<Element[]> {
  const container = document.createElement('div');
  container.style.cssText = 'display: grid; grid-template-columns: repeat(12, 1fr); width: 1200px; grid-auto-rows: 20px; overflow: hidden';
  document.body.append(container);
  mounted.push(container);
  render(widgets.map((widget) => html`<div style="overflow: hidden">${widget}</div>`), container);
  return [...container.querySelectorAll(':scope > div > *')];
}
const unmountAll = () => mounted.splice(0).forEach((container) => container.remove());

/** Waits until every widget shows what it will show: a headline, a list, a banner or an error. */
async function settle(widgets: Element[], done: (widget: Element) => boolean): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!widgets.every(done)) {
    if (Date.now() > deadline) {
      const stuck = widgets.filter((widget) => !done(widget)).map((widget) => widgets.indexOf(widget));
      throw new Error(`${stuck.length} of ${widgets.length} widgets never settled: #${stuck.join(', #')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await Promise.all(widgets.map((widget) => (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
}
const cardDone = (card: Element) => !!(part(card, 'link') || part(card, 'notice'));
const railDone = (rail: Element) => cardsOf(rail).length > 0 && cardsOf(rail).every((card) => part(card, 'link'));

/** A rail shows at most 24 stories, so the corpus is listed by several rails, a page of it each (pages count from 1). */
const RAIL_SIZE = 24;
const RAIL_PAGES = Array.from({ length: Math.ceil(TEXT_VECTORS.length / RAIL_SIZE) }, (_, i) => i + 1);
const onPage = <T>(list: readonly T[], page: number) => list.slice((page - 1) * RAIL_SIZE, page * RAIL_SIZE);
/** What the rails list, in corpus order. */
const listedBy = (rails: Element[]) => rails.flatMap(cardsOf);

/* ---------------------------------------------------------------------------------------------
 * The corpus as each adapter's endpoint sends it.
 * ------------------------------------------------------------------------------------------- */

/** A native article carrying `text` in every text field. */
const nativeArticle = (id: string, text: string, extra: Json = {}): Json => ({
  id,
  lang: 'ru',
  url: `https://example.kz/ru/${id}`,
  title: text,
  excerpt: text,
  publishedAt: '2026-06-10T09:00:00+05:00',
  author: { name: text, role: text },
  image: { src: IMAGE, alt: text, width: 1200, height: 675, srcset: SAFE_SRCSET },
  category: { id: 'c', name: text, url: 'https://example.kz/ru/c' },
  tags: [text],
  readingMinutes: 3,
  ...extra,
});

/** A WordPress post (with `_embed`): `text` escaped in the rendered fields as WordPress escapes typed text, or raw markup. */
function wordpressPost(id: number, text: string, { raw = false, link = `https://example.kz/?p=${id}`, image = IMAGE, sizeImage = IMAGE } = {}): Json {
  const markup = raw ? text : escapeHtml(text);
  return {
    id,
    lang: 'ru',
    link,
    title: { rendered: raw ? `Тақырып ${id}` : markup },
    excerpt: { rendered: `<p>${markup}</p>\n` },
    content: { rendered: `<p>${markup}</p>\n<p>${markup}</p>` },
    date_gmt: '2026-06-10T04:00:00',
    categories: [5],
    _embedded: {
      author: [{ name: markup, description: markup }],
      'wp:featuredmedia': [
        {
          media_type: 'image',
          source_url: image,
          alt_text: text,
          media_details: { width: 1200, height: 675, sizes: { medium: { source_url: sizeImage, width: 600, height: 338 } } },
        },
      ],
      'wp:term': [[{ id: 5, taxonomy: 'category', name: markup, link: 'https://example.kz/category/c/' }], [{ id: 9, taxonomy: 'post_tag', name: markup }]],
    },
  };
}

/** A JSON Feed item: `text` in the plain-text fields, or as `content_html` only. */
function feedItem(id: string, text: string, { html: asHtml = false, url = `https://example.kz/ru/${id}`, image = IMAGE } = {}): Json {
  return asHtml
    ? { id, url, title: `Тақырып ${id}`, content_html: text, date_published: '2026-06-10T09:00:00+05:00', image, language: 'ru' }
    : {
        id,
        url,
        title: text,
        summary: text,
        content_text: text,
        content_html: `<p>${escapeHtml(text)}</p>`,
        authors: [{ name: text }],
        date_published: '2026-06-10T09:00:00+05:00',
        image,
        tags: [text],
        language: 'ru',
      };
}
const feed = (items: Json[], extra: Json = {}) => ({ version: 'https://jsonfeed.org/version/1.1', title: 'Сарап', items, ...extra });

/** Answers the native contract from `articles` (by id) and `days` (per banner endpoint). */
const nativeEndpoint = (articles: Map<string, Json>, days: (banner: string) => Json[] = () => []) =>
  (url: URL) => {
    const [, what, id] = url.pathname.split('/').filter(Boolean);
    if (url.pathname.endsWith('/mourning')) return { json: { days: days(url.pathname.split('/')[2]) } };
    if (what === 'articles' && id) return articles.has(id) ? { json: articles.get(id) } : { status: 404, json: {} };
    const page = /^p(\d+)$/.exec(url.searchParams.get('category') ?? '')?.[1];
    return { json: { items: page ? onPage([...articles.values()], Number(page)) : [...articles.values()] } };
  };

/** Answers the WordPress adapter's routes from `posts` (by id); one category, id 5. */
const wordpressEndpoint = (posts: Map<number, Json>, list: Json[]) => (url: URL) => {
  const post = /\/wp\/v2\/posts\/(\d+)$/.exec(url.pathname)?.[1];
  if (post) return posts.has(Number(post)) ? { json: posts.get(Number(post)) } : { status: 404, json: { code: 'rest_post_invalid_id', message: 'Invalid post ID.' } };
  if (url.pathname.endsWith('/wp/v2/categories')) return { json: [{ id: Number(url.searchParams.get('include') ?? 5), lang: 'ru' }] };
  const page = Number(url.searchParams.get('categories'));
  return { json: page && page !== 5 ? onPage(list, page) : list };
};

/** A day covering every day of every year: the banner always shows it. */
const everyDay = (title: string, message: string, url = 'https://example.kz/ru/mourning'): Json => ({
  date: '2020-01-01',
  endDate: '2020-12-31',
  recurring: true,
  title,
  message,
  url,
});

/* ---------------------------------------------------------------------------------------------
 * The suites.
 * ------------------------------------------------------------------------------------------- */

describe(`XSS corpus: ${TEXT_VECTORS.length} text vectors and ${UNSAFE_URLS.length + DISGUISED_URLS.length} URL vectors`, function () {
  this.timeout(30_000);
  let fake: FakeFetch | undefined;

  before(() => {
    resetPage({ retries: 0 });
    watchForPayloads();
  });
  after(() => {
    stopWatching();
    fake?.restore();
    unmountAll();
    resetPage();
  });
  afterEach(expectNothingRan);

  /** Puts a new endpoint in place, forgetting the answers of the one before. */
  const serve = (answer: Parameters<typeof fakeFetch>[0]) => {
    fake?.restore();
    resetClient();
    fake = fakeFetch(answer);
  };

  describe('native endpoint, every text field', () => {
    let cards: Element[];
    let given: Element[];
    let banners: Element[];
    let rails: Element[];
    let reference: Element;

    before(async () => {
      const articles = new Map(TEXT_VECTORS.map((text, i) => [`v${i}`, nativeArticle(`v${i}`, text)]));
      articles.set('plain', nativeArticle('plain', 'Жай мәтін'));
      serve(nativeEndpoint(articles, (banner) => [everyDay(TEXT_VECTORS[Number(banner)], TEXT_VECTORS[Number(banner)])]));
      const widgets = await mountGrid([
        html`<news-article-card lang="ru" endpoint="https://news.example/api" article-id="plain"></news-article-card>`,
        ...RAIL_PAGES.map((page) => html`<news-related-rail lang="ru" layout="list" limit=${onPage(TEXT_VECTORS, page).length} endpoint="https://news.example/api" category="p${page}"></news-related-rail>`),
        ...TEXT_VECTORS.map((_, i) => html`<news-article-card lang="ru" endpoint="https://news.example/api" article-id="v${i}"></news-article-card>`),
        ...TEXT_VECTORS.map((text, i) => html`<news-article-card lang="ru" .article=${nativeArticle(`given-${i}`, text)}></news-article-card>`),
        ...TEXT_VECTORS.map((_, i) => html`<news-mourning-banner lang="ru" endpoint="https://news.example/banner/${i}"></news-mourning-banner>`),
      ]);
      const n = TEXT_VECTORS.length;
      const r = 1 + RAIL_PAGES.length;
      [reference] = widgets;
      rails = widgets.slice(1, r);
      cards = widgets.slice(r, r + n);
      given = widgets.slice(r + n, r + 2 * n);
      banners = widgets.slice(r + 2 * n);
      await settle([reference, ...cards, ...given], cardDone);
      await settle(rails, railDone);
      await settle(banners, (banner) => !!part(banner, 'title'));
    });

    for (const [what, widgets] of [['fetched', () => cards], ['given as the `article` property', () => given]] as const) {
      it(`<news-article-card> (${what}) shows each vector as the literal text of its title, excerpt, category, author, position and image text`, () => {
        expectForEvery(TEXT_VECTORS, (text, i) => {
          const shown = cardText(widgets()[i]);
          const expected = trimmed(text);
          const wrong = Object.entries(shown).filter(([, value]) => value !== expected);
          return wrong.length ? `#${i} ${JSON.stringify(text)}: ${wrong.map(([field, value]) => `${field}=${JSON.stringify(value)}`).join(', ')}` : undefined;
        }, 'literal text');
      });

      itAddsNoElementHandlerOrUrl(widgets, () => reference, ` (${what})`);
    }

    it('<news-related-rail> lists every vector story with its literal title and excerpt, and nothing else', () => {
      const listed = listedBy(rails);
      expect(listed).to.have.length(TEXT_VECTORS.length);
      expect(rails.flatMap(domProblems)).to.deep.equal([]);
      expectForEvery(TEXT_VECTORS, (text, i) => {
        const { title, excerpt } = cardText(listed[i]);
        return title === trimmed(text) && excerpt === trimmed(text) ? undefined : `#${i} ${JSON.stringify(text)}: ${JSON.stringify([title, excerpt])}`;
      }, 'rail text');
    });

    it('<news-mourning-banner> shows each vector as the literal title and message of a remote day', () => {
      expectForEvery(TEXT_VECTORS, (text, i) => {
        const banner = banners[i];
        // The title line is the date, a dash and the day's title; the template's own whitespace ends it.
        const title = part(banner, 'title')!.textContent!.replace(/^.*? – /s, '').trim();
        const message = banner.shadowRoot!.querySelector('slot')!.textContent!;
        const problems = domProblems(banner);
        if (title !== trimmed(text)) problems.push(`title ${JSON.stringify(title)}`);
        if (message !== trimmed(text)) problems.push(`message ${JSON.stringify(message)}`);
        if (banner.shadowRoot!.querySelectorAll('img, script, iframe, style, object, embed, input, form').length) problems.push('markup');
        return problems.length ? `#${i} ${JSON.stringify(text)}: ${problems.join('; ')}` : undefined;
      }, 'banner');
    });

    it('following every link runs nothing and goes only to http(s)', () => {
      const links = [...cards, ...given, ...rails, ...banners].flatMap((widget) => everyElement(widget.shadowRoot!)).filter((element) => element instanceof HTMLAnchorElement);
      expect(links.length).to.be.greaterThan(3 * TEXT_VECTORS.length);
      for (const link of links) (link as HTMLAnchorElement).click();
      expect(navigations.length).to.equal(links.length);
    });

    it('is accessible showing hostile text', async () => {
      // On a page of their own: axe reads the whole document, and this one holds hundreds of widgets.
      unmountAll();
      const hostile = TEXT_VECTORS.at(-1)!;
      const wrapper = await fixture(html`<div lang="ru">
        <news-article-card .article=${nativeArticle('a', hostile)}></news-article-card>
        <news-related-rail .articles=${TEXT_VECTORS.slice(0, 3).map((text, i) => nativeArticle(`r${i}`, text))}></news-related-rail>
        <news-mourning-banner date="2020-01-01" end-date="2020-12-31" recurring message-ru=${hostile}></news-mourning-banner>
      </div>`);
      for (const widget of wrapper.children) await expect(widget).to.be.accessible();
    });
  });

  describe('WordPress, every rendered HTML field', () => {
    let cards: Element[];
    let rails: Element[];
    let reference: Element;

    before(async () => {
      unmountAll();
      const escaped = TEXT_VECTORS.map((text, i) => wordpressPost(1000 + i, text));
      const raw = TEXT_VECTORS.map((text, i) => wordpressPost(2000 + i, text, { raw: true }));
      const posts = new Map([...escaped, ...raw, wordpressPost(3000, 'Жай мәтін')].map((post) => [post.id as number, post]));
      serve(wordpressEndpoint(posts, raw));
      const widgets = await mountGrid([
        html`<news-article-card lang="ru" adapter="wordpress" endpoint="https://wp.example/wp-json" article-id="3000"></news-article-card>`,
        ...RAIL_PAGES.map((page) => html`<news-related-rail lang="ru" layout="list" limit=${onPage(TEXT_VECTORS, page).length} adapter="wordpress" endpoint="https://wp.example/wp-json" category=${page}></news-related-rail>`),
        ...TEXT_VECTORS.map((_, i) => html`<news-article-card lang="ru" adapter="wordpress" endpoint="https://wp.example/wp-json" article-id=${1000 + i}></news-article-card>`),
      ]);
      [reference] = widgets;
      rails = widgets.slice(1, 1 + RAIL_PAGES.length);
      cards = widgets.slice(1 + RAIL_PAGES.length);
      await settle([reference, ...cards], cardDone);
      await settle(rails, railDone);
    });

    it('<news-article-card> shows each vector, typed into WordPress, as its literal text', () => {
      expectForEvery(TEXT_VECTORS, (text, i) => {
        const shown = cardText(cards[i]);
        const expected = { title: htmlText(escapeHtml(text)), excerpt: htmlText(escapeHtml(text)), category: htmlText(escapeHtml(text)), name: htmlText(escapeHtml(text)), role: htmlText(escapeHtml(text)), alt: trimmed(text) };
        const wrong = Object.entries(shown).filter(([field, value]) => value !== expected[field as keyof typeof expected]);
        return wrong.length ? `#${i} ${JSON.stringify(text)}: ${wrong.map(([field, value]) => `${field}=${JSON.stringify(value)}`).join(', ')}` : undefined;
      }, 'literal text');
    });

    itAddsNoElementHandlerOrUrl(() => cards, () => reference);

    it('<news-related-rail>: raw markup in every rendered field (a compromised site) is read as text; nothing of it reaches the page', () => {
      const listed = listedBy(rails);
      expect(listed).to.have.length(TEXT_VECTORS.length);
      expect(rails.flatMap(domProblems)).to.deep.equal([]);
      expectForEvery(listed, (card, i) => {
        const problems = vectorProblems(card, structure(listed[0]));
        if (/<(script|img|svg|iframe|style)\b/i.test(cardText(card).excerpt) && !/<(script|img|svg|iframe|style)\b/i.test(htmlText(TEXT_VECTORS[i])))
          problems.push(`markup shown ${JSON.stringify(cardText(card).excerpt)}`);
        return problems.length ? `#${i}: ${problems.join('; ')}` : undefined;
      }, 'raw HTML');
    });
  });

  describe('JSON Feed, plain-text fields and content_html', () => {
    let cards: Element[];
    let rails: Element[];
    let reference: Element;

    before(async () => {
      unmountAll();
      const plain = TEXT_VECTORS.map((text, i) => feedItem(`v${i}`, text));
      const htmlItems = TEXT_VECTORS.map((text, i) => feedItem(`h${i}`, text, { html: true }));
      serve((url) => {
        const page = /\/html-(\d+)\.json$/.exec(url.pathname)?.[1];
        return { json: feed(page ? onPage(htmlItems, Number(page)) : [feedItem('plain', 'Жай мәтін'), ...plain]) };
      });
      const widgets = await mountGrid([
        html`<news-article-card lang="ru" adapter="jsonfeed" endpoint="https://feed.example/feed.json" article-id="plain"></news-article-card>`,
        ...RAIL_PAGES.map((page) => html`<news-related-rail lang="ru" layout="list" limit=${onPage(TEXT_VECTORS, page).length} adapter="jsonfeed" endpoint="https://feed.example/html-${page}.json" article-id="none"></news-related-rail>`),
        ...TEXT_VECTORS.map((_, i) => html`<news-article-card lang="ru" adapter="jsonfeed" endpoint="https://feed.example/feed.json" article-id="v${i}"></news-article-card>`),
      ]);
      [reference] = widgets;
      rails = widgets.slice(1, 1 + RAIL_PAGES.length);
      cards = widgets.slice(1 + RAIL_PAGES.length);
      await settle([reference, ...cards], cardDone);
      await settle(rails, railDone);
    });

    it('<news-article-card> shows each vector as the literal text of a title, summary and author', () => {
      expectForEvery(TEXT_VECTORS, (text, i) => {
        const { title, excerpt, name } = cardText(cards[i]);
        const expected = collapsed(text);
        return title === expected && excerpt === expected && name === expected ? undefined : `#${i} ${JSON.stringify(text)}: ${JSON.stringify({ title, excerpt, name })}`;
      }, 'literal text');
    });

    itAddsNoElementHandlerOrUrl(() => cards, () => reference);

    it('<news-related-rail>: content_html markup becomes the excerpt as text, and nothing of it reaches the page', () => {
      const listed = listedBy(rails);
      expect(listed).to.have.length(TEXT_VECTORS.length);
      expectForEvery(listed, (card, i) => {
        const problems = vectorProblems(card, structure(listed[0]));
        return problems.length ? `#${i}: ${problems.join('; ')}` : undefined;
      }, 'content_html');
    });
  });

  describe(`URL vectors: ${UNSAFE_URLS.length} unsafe, ${DISGUISED_URLS.length} disguised as unsafe`, () => {
    const ALL = [...UNSAFE_URLS, ...DISGUISED_URLS];
    const isUnsafe = (i: number) => i < UNSAFE_URLS.length;
    const hasLink = (card: Element) => part(card, 'link') !== null;
    const linkIsHttp = (card: Element) => /^https?:/.test((part(card, 'link') as HTMLAnchorElement | null)?.href ?? '');

    /** Each URL as a story's own link, and in every optional URL field of another story. */
    async function checkAdapter(
      adapter: string,
      endpoint: string,
      answer: Parameters<typeof fakeFetch>[0],
      ids: { link: (i: number) => string; optional: (i: number) => string },
    ) {
      serve(answer);
      unmountAll();
      const widgets = await mountGrid([
        ...ALL.map((_, i) => html`<news-article-card lang="ru" adapter=${adapter} endpoint=${endpoint} article-id=${ids.link(i)}></news-article-card>`),
        ...ALL.map((_, i) => html`<news-article-card lang="ru" adapter=${adapter} endpoint=${endpoint} article-id=${ids.optional(i)}></news-article-card>`),
      ]);
      const linked = widgets.slice(0, ALL.length);
      const optional = widgets.slice(ALL.length);
      await settle(widgets, cardDone);
      expectForEvery(ALL, (url, i) => {
        const card = linked[i];
        const problems = domProblems(card);
        if (isUnsafe(i) ? hasLink(card) || !part(card, 'notice') : hasLink(card) && !linkIsHttp(card)) problems.push(`link ${part(card, 'link')?.getAttribute('href')}`);
        return problems.length ? `#${i} ${JSON.stringify(url)}: ${problems.join('; ')}` : undefined;
      }, `${adapter}: the story's own link`);
      expectForEvery(ALL, (url, i) => {
        const card = optional[i];
        const problems = domProblems(card);
        if (!hasLink(card)) problems.push('the story did not render');
        if (isUnsafe(i) && part(card, 'image')) problems.push(`image ${part(card, 'image')!.getAttribute('src')}`);
        return problems.length ? `#${i} ${JSON.stringify(url)}: ${problems.join('; ')}` : undefined;
      }, `${adapter}: image, srcset and category URLs`);
    }

    it('native: a story with an unsafe link shows its error state; unsafe image, srcset and category URLs are dropped', async () => {
      const articles = new Map<string, Json>();
      ALL.forEach((url, i) => {
        articles.set(`link-${i}`, nativeArticle(`link-${i}`, `Сілтеме ${i}`, { url }));
        articles.set(`optional-${i}`, nativeArticle(`optional-${i}`, `Сурет ${i}`, { image: { src: url, alt: '', srcset: `${SAFE_SRCSET}, ${url} 1200w` }, category: { name: 'Сот', url } }));
      });
      await checkAdapter('native', 'https://news.example/api', nativeEndpoint(articles), { link: (i) => `link-${i}`, optional: (i) => `optional-${i}` });
    });

    it('WordPress: a post with an unsafe link shows its error state; unsafe media and term URLs are dropped', async () => {
      const posts = new Map<number, Json>();
      ALL.forEach((url, i) => {
        posts.set(4000 + i, wordpressPost(4000 + i, `Сілтеме ${i}`, { link: url }));
        posts.set(5000 + i, wordpressPost(5000 + i, `Сурет ${i}`, { image: url, sizeImage: url }));
        ((posts.get(5000 + i)!._embedded as Json)['wp:term'] as Json[][])[0][0].link = url;
      });
      await checkAdapter('wordpress', 'https://wp.example/wp-json', wordpressEndpoint(posts, []), { link: (i) => String(4000 + i), optional: (i) => String(5000 + i) });
    });

    it('JSON Feed: an item with an unsafe url is left out; unsafe image URLs are dropped', async () => {
      const items = ALL.flatMap((url, i) => [feedItem(`link-${i}`, `Сілтеме ${i}`, { url }), feedItem(`optional-${i}`, `Сурет ${i}`, { image: url })]);
      await checkAdapter('jsonfeed', 'https://feed.example/feed.json', () => ({ json: feed(items) }), { link: (i) => `link-${i}`, optional: (i) => `optional-${i}` });
    });

    it('JSON Feed: an unsafe next_url is never followed', async () => {
      serve((url) => ({ json: feed([feedItem(`page-${url.pathname}`, 'Бет')], { next_url: ALL[Number(/\d+/.exec(url.pathname)?.[0] ?? 0)] }) }));
      unmountAll();
      const cards = await mountGrid(ALL.map((_, i) => html`<news-article-card lang="ru" adapter="jsonfeed" endpoint="https://feed.example/page-${i}.json" article-id="elsewhere"></news-article-card>`));
      await settle(cards, cardDone);
      expect(fake!.calls.filter((url) => !/^https?:/.test(url))).to.deep.equal([]);
      expect(fake!.calls.filter((url) => !url.startsWith('https://feed.example/')).length, 'disguised next_urls are ordinary addresses').to.be.at.most(DISGUISED_URLS.length);
    });

    it('a list drops the stories with unsafe links and keeps every other', async () => {
      const items = ALL.map((url, i) => nativeArticle(`link-${i}`, `Сілтеме ${i}`, { url }));
      serve(() => ({ json: { items } }));
      unmountAll();
      const [rail] = await mountGrid([html`<news-related-rail lang="ru" layout="list" limit="100" endpoint="https://news.example/api" category="c"></news-related-rail>`]);
      await settle([rail], railDone);
      expect(domProblems(rail)).to.deep.equal([]);
      expect(cardsOf(rail).map((card) => cardText(card).title)).to.deep.equal(DISGUISED_URLS.map((_, i) => `Сілтеме ${UNSAFE_URLS.length + i}`));
    });

    it('<news-mourning-banner> links nowhere unsafe, from the schedule or from its href', async () => {
      serve((url) => ({ json: { days: [everyDay('Аза тұту күні', 'Хабарлама', ALL[Number(url.pathname.split('/')[1])])] } }));
      unmountAll();
      const banners = await mountGrid([
        ...ALL.map((_, i) => html`<news-mourning-banner endpoint="https://news.example/${i}"></news-mourning-banner>`),
        ...ALL.map((url) => html`<news-mourning-banner date="2020-01-01" end-date="2020-12-31" recurring href=${url}></news-mourning-banner>`),
      ]);
      await settle(banners, (banner) => !!part(banner, 'title'));
      expectForEvery(banners, (banner, i) => {
        const problems = domProblems(banner);
        if (isUnsafe(i % ALL.length) && part(banner, 'link')) problems.push(`link ${part(banner, 'link')!.getAttribute('href')}`);
        return problems.length ? `#${i}: ${problems.join('; ')}` : undefined;
      }, 'banner links');
    });

    it('<news-language-switcher navigate> never links to an unsafe alternate of the host page', async () => {
      expectForEvery(ALL, (url, i) => {
        const alternate = Object.assign(document.createElement('link'), { rel: 'alternate', hreflang: 'ru' });
        alternate.setAttribute('href', url);
        document.head.append(alternate);
        const host = document.createElement('div');
        document.body.append(host);
        try {
          render(html`<news-language-switcher navigate languages="kk ru"></news-language-switcher>`, host);
          const switcher = host.firstElementChild!;
          (switcher as HTMLElement & { performUpdate(): void }).performUpdate();
          const problems = domProblems(switcher);
          const option = switcher.shadowRoot!.querySelector('[lang="ru"]')!;
          if (isUnsafe(i) && option.localName !== 'button') problems.push(`a ${option.localName} to ${option.getAttribute('href')}`);
          return problems.length ? `#${i} ${JSON.stringify(url)}: ${problems.join('; ')}` : undefined;
        } finally {
          alternate.remove();
          host.remove();
        }
      }, 'switcher');
    });
  });
});

/**
 * Hostile host pages: aggressive global CSS, a strict Content-Security-Policy with Trusted Types,
 * a host with custom elements and a `fetch` wrapper of its own. The widgets must stay intact and
 * working, and leave the host page as it was.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/index.js';
import type { NewsArticleCard } from '../../src/article-card/article-card.js';
import { configure } from '../../src/data/config.js';
import type { Article } from '../../src/data/types.js';
import { resetPage, shownText } from '../helpers/elements.js';
import { fakeFetch, sampleArticle, type FakeFetch } from '../helpers/fake-fetch.js';
import { hostPage, make } from '../helpers/host-page.js';
import { everyElement } from '../helpers/shadow-tree.js';

const part = (element: Element, name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/* ---------------------------------------------------------------------------------------------
 * Aggressive global CSS
 * ------------------------------------------------------------------------------------------- */

/**
 * The worst a host stylesheet does to everything on its page: resets, `!important` on every
 * inherited text property, huge root font, generated content, and rules for every element our
 * widgets are built of. (`text-decoration` is left out: CSS draws an ancestor's decoration lines
 * through its descendants' text whatever they say; see the README.)
 */
const HOSTILE_CSS = `
  * { all: unset !important; }
  * {
    font: italic small-caps 900 condensed 40px/5 cursive !important;
    font-feature-settings: "smcp" !important; font-kerning: none !important; font-variation-settings: "wght" 100 !important;
    color: #f0f !important; -webkit-text-fill-color: #f80 !important; -webkit-text-stroke: 1px blue !important;
    text-shadow: 2px 2px #0ff !important; letter-spacing: .3em !important; word-spacing: 1em !important;
    text-transform: uppercase !important; text-align: right !important; text-align-last: right !important; text-indent: 3em !important;
    white-space: pre !important; word-break: break-all !important; overflow-wrap: anywhere !important; hyphens: auto !important;
    line-break: anywhere !important;
    direction: rtl !important; writing-mode: vertical-rl !important;
    visibility: visible !important; cursor: wait !important; pointer-events: none !important;
    fill: red !important; stroke: lime !important; stroke-width: 9px !important;
    list-style: square inside !important;
  }
  *::before, *::after { content: "HOST" !important; display: block !important; font-size: 30px !important; }
  html { font-size: 50px !important; }
  div, section, article, p, span, a, img, ul, li, button, time, svg, path, slot, h1, h2, h3, h4, h5, h6, br {
    display: inline !important; float: left !important; position: relative !important;
    margin: 20px !important; padding: 20px !important; border: 5px solid red !important;
    width: 50px !important; height: 50px !important; background: yellow !important;
    transform: rotate(5deg) !important; opacity: .5 !important; overflow: scroll !important;
  }
`;

/** Computed values that shape how a widget looks; the host page must change none of them. */
const WATCHED = [
  'display', 'position', 'float', 'width', 'height', 'margin-top', 'margin-left', 'padding-top', 'padding-left',
  'border-top-width', 'border-top-color', 'background-color', 'opacity', 'transform', 'overflow-x',
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant-caps', 'font-stretch', 'font-feature-settings',
  'font-kerning', 'font-variation-settings', 'line-height', 'color', '-webkit-text-fill-color', '-webkit-text-stroke-width',
  'text-shadow', 'letter-spacing', 'word-spacing', 'text-transform', 'text-align', 'text-align-last', 'text-indent',
  'white-space', 'word-break', 'overflow-wrap', 'hyphens', 'line-break', 'direction', 'writing-mode',
  'visibility', 'cursor', 'pointer-events', 'fill', 'stroke', 'stroke-width', 'list-style-type',
];

/** Properties that only draw on some elements: elsewhere they are inherited and unused. */
const ONLY_ON: Record<string, (element: Element) => boolean> = {
  fill: (element) => element instanceof SVGElement,
  stroke: (element) => element instanceof SVGElement,
  'stroke-width': (element) => element instanceof SVGElement,
  'list-style-type': (element) => element.localName === 'li',
};

/** The look of a widget: its box, and each inner element's place in it and watched styles. */
function look(widget: Element): string[] {
  const origin = widget.getBoundingClientRect();
  const box = (element: Element) => {
    if (element.getClientRects().length === 0) return 'no box';
    const { x, y, width, height } = element.getBoundingClientRect();
    return [x - origin.x, y - origin.y, width, height].map((n) => Math.round(n)).join(',');
  };
  const pseudo = (element: Element, which: string) => getComputedStyle(element, which).content;
  return [
    `host ${box(widget)} ::before ${pseudo(widget, '::before')} ::after ${pseudo(widget, '::after')}`,
    ...everyElement(widget.shadowRoot!).map((element) => {
      const style = getComputedStyle(element);
      const watched = WATCHED.filter((name) => ONLY_ON[name]?.(element) ?? true);
      return `${element.localName}.${element.getAttribute('part') ?? element.getAttribute('class')} ${box(element)} ${watched.map((name) => `${name}:${style.getPropertyValue(name)}`).join(' ')}`;
    }),
  ];
}

const stories = (): Article[] => Array.from({ length: 3 }, (_, i) => sampleArticle(`s${i}`, { title: `Тақырып ${i}`, translations: undefined }) as Article);

describe('a host page with aggressive global CSS', () => {
  let fake: FakeFetch | undefined;
  beforeEach(() => {
    resetPage();
    // The last card stays in its loading state.
    fake = fakeFetch(() => 'hang');
  });
  afterEach(() => fake?.restore());

  it('changes nothing inside any widget: box, layout and every text style stay as on a plain page', async function () {
    // Axe over eight widgets, twice the page's styles read: seconds in WebKit on a busy machine.
    this.timeout(20_000);
    // The column the host gives the widgets stays put (its own rules would rotate and pad it); only what is inside is measured.
    const wrapper = document.createElement('div');
    wrapper.style.cssText = 'all: initial !important; display: block !important; direction: ltr !important; width: 420px !important';
    document.body.append(wrapper);
    render(
      html`
      <news-mourning-banner date="2020-01-01" end-date="2020-12-31" recurring message-kk="Хабарлама" href="https://example.kz/m" dismissible></news-mourning-banner>
      <news-language-switcher languages="kk ru en kk-Latn"></news-language-switcher>
      <news-language-switcher variant="menu" languages="kk ru en kk-Latn"></news-language-switcher>
      <news-article-card .article=${sampleArticle()}></news-article-card>
      <news-article-card variant="hero" .article=${sampleArticle()}></news-article-card>
      <news-related-rail .articles=${stories()}></news-related-rail>
      <news-related-rail layout="list" .articles=${stories()}></news-related-rail>
      <news-article-card endpoint="https://x.example/api" article-id="a"></news-article-card>`,
      wrapper,
    );
    const widgets = [...wrapper.children];
    await Promise.all(widgets.map((widget) => (widget as NewsArticleCard).updateComplete));
    const before = widgets.map(look);

    const style = document.createElement('style');
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
    try {
      const after = widgets.map(look);
      const changed = widgets.flatMap((widget, w) =>
        after[w].flatMap((line, i) => (line === before[w][i] ? [] : [`${widget.localName}: ${diff(before[w][i], line)}`])),
      );
      expect(changed).to.deep.equal([]);
      for (const widget of widgets) await expect(widget).to.be.accessible();
    } finally {
      style.remove();
      wrapper.remove();
    }
  });
});

/** The parts of a look line that changed. */
function diff(before: string, after: string): string {
  const old = new Set(before.split(' '));
  return `${before.split(' ').slice(0, 2).join(' ')}: ${after.split(' ').filter((token) => !old.has(token)).join(' ')}`;
}

/* ---------------------------------------------------------------------------------------------
 * Host pages in frames of their own: a strict CSP, a registry of the host's own
 * ------------------------------------------------------------------------------------------- */

const headline = (card: Element) => part(card, 'link')?.textContent ?? null;
const listed = (rail: Element) => [...rail.shadowRoot!.querySelectorAll('news-article-card')].map(headline);

/**
 * Recorded answers (test/fixtures/) served through the frame's `fetch`: WordPress for `wp.example`,
 * and the JSON Feed's pages for `news.example`, where its `next_url`s point.
 */
function serveRecorded(win: Window): void {
  const own = win.fetch.bind(win);
  win.fetch = (input, init) => {
    const url = new URL(String(input));
    if (url.hostname === 'news.example') return own(`/test/fixtures/jsonfeed/${url.pathname.split('/').pop()}`, init);
    if (url.hostname !== 'wp.example') return own(input, init);
    const post = /\/posts\/(\d+)$/.exec(url.pathname)?.[1];
    const name = post ? `post-${post === '7' ? 'ru' : 'kk'}-embed` : `related-${url.searchParams.get('lang') === 'ru' ? 'ru' : 'kk'}`;
    return own(`/test/fixtures/wordpress/${name}.json`, init);
  };
}

describe('a host page with a strict Content-Security-Policy and Trusted Types', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('runs every element with every adapter, switching language, with no violation and no error', async function () {
    this.timeout(20_000);
    const page = await hostPage(`<meta http-equiv="Content-Security-Policy" content="script-src 'self'; style-src 'self'; require-trusted-types-for 'script'">`);
    ({ frame } = page);
    const { win, doc } = page;
    serveRecorded(win);
    make(doc, 'div', { class: 'ad' }).textContent = 'Жарнама';
    const switcher = make(doc, 'news-language-switcher');
    const banner = make(doc, 'news-mourning-banner', { endpoint: '/api/mourning-today', hide: '.ad' });
    const grid = make(doc, 'div');
    // Through the CSSOM: the policy refuses style attributes, even the test's own.
    grid.style.cssText = 'display: grid; grid-template-columns: repeat(3, 300px); gap: 8px';
    const sources = [
      { endpoint: '/api', adapter: 'native', id: 'court-digital' },
      { endpoint: 'https://wp.example/wp-json', adapter: 'wordpress', id: '5' },
      { endpoint: 'https://news.example/kk/feed.json', adapter: 'jsonfeed', id: 'court-digital' },
    ];
    const cards = sources.map(({ endpoint, adapter, id }) => make(doc, 'news-article-card', { endpoint, adapter, 'article-id': id, variant: 'compact' }, grid));
    const rails = sources.map(({ endpoint, adapter, id }) => make(doc, 'news-related-rail', { endpoint, adapter, 'article-id': id, layout: 'list', limit: '2' }, grid));
    const broken = make(doc, 'news-article-card', {}, grid) as NewsArticleCard;
    broken.article = sampleArticle('broken', { image: { src: `${location.origin}/api/images/no-such-image.svg` } }) as Article;

    const everyoneShows = () =>
      [...cards, broken].every((card) => headline(card)) && rails.every((rail) => listed(rail).length > 0 && listed(rail).every(Boolean)) && part(banner, 'title');
    await waitUntil(everyoneShows, 'not every widget showed under the policy', { timeout: 8000 });
    const kazakh = cards.map(headline);
    expect(win.getComputedStyle(doc.querySelector('.ad')!).display, 'mourning mode hides the ad').to.equal('none');
    expect(win.getComputedStyle(doc.documentElement).filter, 'mourning mode greys the page').to.equal('grayscale(1)');
    await waitUntil(() => (part(broken, 'image') as HTMLImageElement).style.visibility === 'hidden', 'the broken image was never hidden', { timeout: 4000 });

    (switcher.shadowRoot!.querySelector('[lang="ru"]') as HTMLElement).click();
    // The feed has its stories in Kazakh only, and they stay so; the other sources have Russian versions.
    await waitUntil(
      () =>
        everyoneShows() &&
        cards.slice(0, 2).every((card, i) => headline(card) !== kazakh[i]) &&
        rails.every((rail) => part(rail, 'heading')!.textContent!.trim() === 'Похожие новости') &&
        part(banner, 'title')!.textContent!.includes('Общенациональный день траура'),
      'not every widget switched to Russian',
      { timeout: 8000 },
    );
    expect(win.seen.violations).to.deep.equal([]);
    expect(win.seen.errors).to.deep.equal([]);
  });
});

describe('a host page with custom elements of its own', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('keeps its own element of one of our names (another build got there first); ours load beside it without an error', async function () {
    this.timeout(20_000);
    const page = await hostPage(`<script>
      customElements.define('news-article-card', class HostCard extends HTMLElement { connectedCallback() { this.textContent = 'host card'; } });
      customElements.define('x-portal-widget', class extends HTMLElement {});
    </script>`);
    ({ frame } = page);
    const { win, doc } = page;
    expect(win.customElements.get('news-article-card')!.name).to.equal('HostCard');
    for (const tag of ['news-related-rail', 'news-mourning-banner', 'news-language-switcher']) expect(win.customElements.get(tag), tag).to.exist;
    const rail = make(doc, 'news-related-rail', { endpoint: '/api', 'article-id': 'court-digital' });
    const banner = make(doc, 'news-mourning-banner', { endpoint: '/api/mourning-today' });
    await waitUntil(() => rail.shadowRoot!.querySelectorAll('li news-article-card').length > 0 && part(banner, 'title'), 'our widgets never showed', { timeout: 8000 });
    expect(rail.shadowRoot!.querySelector('li news-article-card')!.textContent, "the rail's items are the host's cards").to.equal('host card');
    expect(win.seen.errors).to.deep.equal([]);
  });
});

describe('a host page with a fetch wrapper of its own', () => {
  const original = window.fetch;
  beforeEach(() => resetPage({ retries: 0 }));
  afterEach(() => {
    window.fetch = original;
    resetPage();
  });

  const shows = async (endpoint: string, text: string) => {
    const card = await fixture<NewsArticleCard>(html`<news-article-card endpoint=${endpoint} article-id="court-digital"></news-article-card>`);
    await waitUntil(() => shownText(card).includes(text), `never showed "${text}"`, { timeout: 4000 });
    return card;
  };
  const TITLE = 'Сандық технология сот саласына жаңа серпін берді';
  const TIMED_OUT = 'Сервер уақытында жауап бермеді.';

  it('that passes calls through, as error trackers do: widgets load through it', async () => {
    const seen: string[] = [];
    window.fetch = (input, init) => (seen.push(String(input)), original(input, init));
    await shows('/api', TITLE);
    expect(seen).to.have.length(1);
  });

  it('that drops the options (and with them the abort signal): a hanging endpoint still times out', async () => {
    configure({ timeout: 300 });
    window.fetch = (input) => original(input);
    await shows('/api/hang', TIMED_OUT);
  });

  it('that passes its own Request objects on: widgets load, and a hanging request is still cancelled', async () => {
    window.fetch = (input, init) => original(new Request(input, init));
    await shows('/api', TITLE);
    // Short for the request that hangs only: a real one can take longer on a busy machine.
    configure({ timeout: 300 });
    await shows('/api/hang', TIMED_OUT);
  });

  it('that answers with responses without a body stream, as old polyfills do: widgets load', async () => {
    window.fetch = async (input, init) => {
      const response = await original(input, init);
      return { ok: response.ok, status: response.status, headers: response.headers, body: null, text: () => response.text() } as unknown as Response;
    };
    await shows('/api', TITLE);
  });

  it('that throws instead of fetching: the network error, and nothing thrown at the host', async () => {
    const uncaught: unknown[] = [];
    const note = (event: Event) => uncaught.push(event);
    addEventListener('unhandledrejection', note);
    window.fetch = () => {
      throw new TypeError('Blocked by the host');
    };
    try {
      await shows('/api', 'Серверге қосылу мүмкін болмады.');
      expect(uncaught).to.deep.equal([]);
    } finally {
      removeEventListener('unhandledrejection', note);
    }
  });
});

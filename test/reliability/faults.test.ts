/**
 * Fault injection: every way an endpoint fails, served for real by the mock endpoint
 * (demo/mock-endpoint.js) through its switchable scenarios, met by a card, a rail and a banner at
 * once. For each fault: the localized state each widget ends in, the `news-error` it fires, how
 * many requests the server saw (retries only where they can help, within bounds), the
 * last-known-good copy shown and marked, and recovery through Retry once the endpoint is back.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import '../../src/index.js';
import type { NewsArticleCard } from '../../src/article-card/article-card.js';
import { resetClient } from '../../src/data/client.js';
import { configure } from '../../src/data/config.js';
import type { NewsErrorDetail, NewsErrorReason } from '../../src/data/types.js';
import type { NewsMourningBanner } from '../../src/mourning-banner/mourning-banner.js';
import type { NewsRelatedRail } from '../../src/related-rail/related-rail.js';
import { resetPage, shownText } from '../helpers/elements.js';
import { fakeFetch, sampleArticle, type FakeFetch } from '../helpers/fake-fetch.js';
import { requestsTo, setScenario, uniqueName } from '../helpers/mock-endpoint.js';

/** One retry keeps the suite quick; the bound is what is checked, whatever its value. */
const RETRIES = 1;
/**
 * Faults that hold a connection until the client gives up. A browser opens at most six
 * connections to one server and queues the rest, and a queued request's time runs too, so these
 * meet the widgets apart from the others, with a timeout short enough for `drip` (a 32-byte chunk
 * every 250 ms) to run out of time.
 */
const HOLDING = new Set(['hang', 'drip']);
const SHORT_TIMEOUT = 1000;

const KK_TITLE = 'Сандық технология сот саласына жаңа серпін берді';
const STALE_KK = 'Ақпарат ескірген болуы мүмкін';

interface Fault {
  mode: string;
  what: string;
  reason: NewsErrorReason;
  status?: number;
  /** A phrase of the `news-error` message that tells this failure from the others of its reason. */
  says: RegExp;
  /** Whether asking again can help, so the client does (RETRIES more times). */
  retried: boolean;
  kk: string;
  ru: string;
}

const SERVER_ERROR = { kk: 'Сервер қатемен жауап берді (код {status}).', ru: 'Сервер вернул ошибку (код {status}).' };
const NOT_ALLOWED = { kk: 'Сайт бұл материалды көрсетуге рұқсат бермеді.', ru: 'Сайт не разрешает показывать этот материал.' };
const NETWORK = { kk: 'Серверге қосылу мүмкін болмады. Интернет байланысын тексеріңіз.', ru: 'Не удалось связаться с сервером. Проверьте подключение к интернету.' };
const TIMED_OUT = { kk: 'Сервер уақытында жауап бермеді.', ru: 'Сервер не ответил вовремя.' };
const BAD_DATA = { kk: 'Алынған деректер күтілген пішімге сәйкес келмейді.', ru: 'Полученные данные имеют неверный формат.' };

const httpFault = (mode: string, what: string, status: number, retried: boolean, texts = SERVER_ERROR): Fault => ({
  mode,
  what,
  reason: 'http',
  status,
  says: new RegExp(`answered ${status}`),
  retried,
  kk: texts.kk.replace('{status}', String(status)),
  ru: texts.ru.replace('{status}', String(status)),
});

const FAULTS: Fault[] = [
  httpFault('fail', '500 Internal Server Error', 500, true),
  httpFault('bad-gateway', '502 Bad Gateway (an nginx page)', 502, true),
  httpFault('unavailable', '503 with Retry-After: 1', 503, true),
  httpFault('overloaded', '503 without Retry-After', 503, true),
  httpFault('maintenance', '503 with Retry-After an hour away', 503, false),
  httpFault('rate-limited', '429 Too Many Requests with Retry-After', 429, true),
  httpFault('not-found', '404 Not Found', 404, false, { kk: 'Мақала табылмады.', ru: 'Статья не найдена.' }),
  httpFault('unauthorized', '401 Unauthorized', 401, false, NOT_ALLOWED),
  httpFault('forbidden', '403 Forbidden', 403, false, NOT_ALLOWED),
  { mode: 'hang', what: 'a server that never answers', reason: 'timeout', says: /No answer within/, retried: false, ...TIMED_OUT },
  { mode: 'drip', what: 'a slow drip of bytes', reason: 'timeout', says: /did not finish within/, retried: false, ...TIMED_OUT },
  { mode: 'truncated', what: 'a body cut off half way', reason: 'network', says: /connection broke/, retried: true, ...NETWORK },
  { mode: 'reset', what: 'a connection reset before any answer', reason: 'network', says: /could not be reached/, retried: true, ...NETWORK },
  {
    mode: 'not-json',
    what: 'an HTML page instead of JSON',
    reason: 'not-json',
    status: 200,
    says: /not JSON \(text\/html/,
    retried: false,
    kk: 'Сервер жауабын оқу мүмкін болмады.',
    ru: 'Не удалось прочитать ответ сервера.',
  },
  { mode: 'huge', what: 'a 10 MB body', reason: 'shape', status: 200, says: /too large/, retried: false, ...BAD_DATA },
  { mode: 'malformed', what: 'valid JSON of the wrong shape', reason: 'shape', says: /does not fit the contract/, retried: false, ...BAD_DATA },
];

/**
 * The widgets meeting one fault, all on one page so the faults run at once: a card (Kazakh), a
 * rail (Russian) and a banner with nothing kept, and a card and a banner with a copy kept from an
 * earlier visit.
 */
interface Widgets {
  card: NewsArticleCard;
  rail: NewsRelatedRail;
  banner: NewsMourningBanner;
  keptCard: NewsArticleCard;
  keptBanner: NewsMourningBanner;
}
type Kind = keyof Widgets;
const FRESH: Kind[] = ['card', 'rail', 'banner'];
const KEPT: Kind[] = ['keptCard', 'keptBanner'];

/**
 * The kept-copy widgets reach the server by another host name (its IP address), so the two groups
 * do not share the browser's six connections per host.
 */
const KEPT_ORIGIN = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;

/** A scenario per fault and group; banners have their own, which declares today a mourning day when it works. */
const scenarios = (run: string, { mode }: Fault) => ({
  fresh: `${run}-${mode}`,
  freshBanner: `${run}-${mode}-banner`,
  kept: `${run}-${mode}-kept`,
  keptBanner: `${run}-${mode}-kept-banner`,
});

function widgetFor(kind: Kind, run: string, fault: Fault): TemplateResult {
  const names = scenarios(run, fault);
  const local = (name: string) => `/api/scenario/${name}`;
  const other = (name: string) => `${KEPT_ORIGIN}/api/scenario/${name}`;
  switch (kind) {
    case 'card':
      return html`<news-article-card variant="compact" endpoint=${local(names.fresh)} article-id="court-digital"></news-article-card>`;
    case 'rail':
      return html`<news-related-rail lang="ru" layout="list" limit="2" endpoint=${local(names.fresh)} article-id="court-digital"></news-related-rail>`;
    case 'banner':
      return html`<news-mourning-banner endpoint=${local(names.freshBanner)}></news-mourning-banner>`;
    case 'keptCard':
      return html`<news-article-card variant="compact" endpoint=${other(names.kept)} article-id="court-digital"></news-article-card>`;
    case 'keptBanner':
      return html`<news-mourning-banner endpoint=${other(names.keptBanner)}></news-mourning-banner>`;
  }
}

const part = (element: Element, name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const headline = (card: Element) => part(card, 'link')?.textContent ?? null;
const listedTitles = (rail: Element) =>
  [...rail.shadowRoot!.querySelectorAll('news-article-card')].map(headline).filter((title) => title !== null);
const bannerShown = (banner: Element) => banner.shadowRoot!.querySelector('[role="region"]') !== null;

/**
 * The library's own requests, counted as it makes them: the server may see more, since a browser
 * repeats a request by itself when a reused connection turns out to be closed.
 */
const attempts = new Map<string, number>();
const attemptsTo = (path: string) => [...attempts].reduce((sum, [url, count]) => (new URL(url).pathname === path ? sum + count : sum), 0);
const originalFetch = window.fetch;
const countingFetch: typeof fetch = (input, init) => {
  const url = new URL(String(input), location.href).href;
  attempts.set(url, (attempts.get(url) ?? 0) + 1);
  return originalFetch(input, init);
};

/** `news-error` details and `news-load` counts heard so far, by the widget that fired them. */
const errors = new Map<Element, NewsErrorDetail[]>();
const loads = new Map<Element, number>();
const record = (event: Event) => {
  const target = event.composedPath()[0] as Element;
  if (event.type === 'news-load') loads.set(target, (loads.get(target) ?? 0) + 1);
  else errors.set(target, [...(errors.get(target) ?? []), (event as CustomEvent<NewsErrorDetail>).detail]);
};
const lastError = (element: Element) => errors.get(element)?.at(-1);
const settled = (element: Element) => errors.has(element) || loads.has(element);

/**
 * Renders into a container of its own (open-wc's fixtures are removed after every test; these
 * widgets live through a whole describe block) until `unmountAll()`.
 */
const mounted: HTMLElement[] = [];
function mount(template: TemplateResult): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  return container;
}
const unmountAll = () => mounted.splice(0).forEach((container) => container.remove());

/**
 * The widgets of `kinds` for `faults`, each in a short cell of a grid on the first screen, so that
 * all of them are near the viewport and load at once; resolves when every one has settled.
 */
async function renderWidgets(run: string, faults: Fault[], kinds: Kind[], what: string): Promise<Map<Fault, Widgets>> {
  const container = mount(html`<div style="display: grid; grid-template-columns: repeat(10, 1fr); gap: 4px; width: 1200px">
    ${faults.map((fault) => kinds.map((kind) => html`<div style="height: 40px; overflow: hidden">${widgetFor(kind, run, fault)}</div>`))}
  </div>`);
  const cells = [...container.querySelectorAll(':scope > div > div > *')] as NewsArticleCard[];
  await waitUntil(() => cells.every(settled), `${what}: not every widget settled`, { timeout: 20_000 });
  await Promise.all(cells.map((element) => element.updateComplete));
  return new Map(faults.map((fault, i) => [fault, Object.fromEntries(kinds.map((kind, k) => [kind, cells[i * kinds.length + k]])) as unknown as Widgets]));
}

/** Sixteen copies of one widget on a page share its name; a real page gives each its own heading. */
const COPIES_OF_ONE_WIDGET = ['landmark-unique'];

describe('fault injection (real HTTP through the mock endpoint)', function () {
  // Retries wait for their backoff and for Retry-After, with room for a busy machine.
  this.timeout(30_000);

  const run = uniqueName('faults');
  const widgets = new Map<Fault, Widgets>();

  before(async () => {
    resetPage({ retries: RETRIES });
    for (const name of ['news-error', 'news-load']) document.addEventListener(name, record);
    window.fetch = countingFetch;

    // An earlier visit, while the endpoints worked: the kept-copy group keeps the story and today's mourning day.
    await Promise.all(FAULTS.flatMap((fault) => [setScenario(scenarios(run, fault).keptBanner, 'mourning-today')]));
    await renderWidgets(run, FAULTS, KEPT, 'the earlier visit');
    unmountAll();
    // This visit: nothing in memory, every endpoint failing its own way.
    resetClient();
    loads.clear();
    errors.clear();
    attempts.clear();
    await Promise.all(FAULTS.flatMap((fault) => Object.values(scenarios(run, fault)).map((name) => setScenario(name, fault.mode))));
    // Faults that hold a connection meet the widgets first, on their own, with a short timeout.
    for (const holding of [true, false]) {
      configure({ timeout: holding ? SHORT_TIMEOUT : 8000 });
      const met = await renderWidgets(run, FAULTS.filter((fault) => HOLDING.has(fault.mode) === holding), [...FRESH, ...KEPT], 'this visit');
      met.forEach((each, fault) => widgets.set(fault, each));
    }
  });
  after(() => {
    for (const name of ['news-error', 'news-load']) document.removeEventListener(name, record);
    window.fetch = originalFetch;
    unmountAll();
    resetPage();
  });

  describe('with nothing kept', () => {
    for (const fault of FAULTS) {
      it(`${fault.what}: a localized error with Retry, news-error "${fault.reason}", ${fault.retried ? 'retried within bounds' : 'no retry'}`, async () => {
        const { card, rail, banner } = widgets.get(fault)!;
        for (const element of [card, rail, banner]) {
          const detail = lastError(element)!;
          expect(detail, element.localName).to.exist;
          expect(detail.reason, element.localName).to.equal(fault.reason);
          expect(detail.status, element.localName).to.equal(fault.status);
          // Data that does not fit the contract is reported by what is wrong with it, not where it came from.
          if (fault.mode !== 'malformed') expect(detail.url, element.localName).to.contain(`/api/scenario/${run}-${fault.mode}`);
          expect(detail.message, element.localName).to.match(fault.says);
          expect(loads.has(element), element.localName).to.be.false;
        }
        expect(shownText(card)).to.contain(fault.kk);
        expect(part(card, 'notice')!.getAttribute('role')).to.equal('alert');
        expect(part(card, 'button')!.textContent).to.equal('Қайталау');
        expect(shownText(rail)).to.contain(fault.ru);
        expect(part(rail, 'retry')!.textContent).to.equal('Повторить');
        expect(bannerShown(banner)).to.be.false;

        const expected = fault.retried ? 1 + RETRIES : 1;
        const { fresh, freshBanner } = scenarios(run, fault);
        expect(attemptsTo(`/api/scenario/${fresh}/articles/court-digital`), 'card requests').to.equal(expected);
        expect(attemptsTo(`/api/scenario/${fresh}/articles/court-digital/related`), 'rail requests').to.equal(expected);
        expect(attemptsTo(`/api/scenario/${freshBanner}/mourning`), 'banner requests').to.equal(expected);
        // A connection reset makes the browser repeat a request on its own; every other answer reached the server once per request.
        if (fault.mode !== 'reset') expect(await requestsTo(`/api/scenario/${fresh}/articles/court-digital?`), 'card requests the server saw').to.equal(expected);
      });
    }
  });

  describe('with a copy kept from an earlier visit', () => {
    for (const fault of FAULTS.filter(({ status }) => status === 404)) {
      it(`${fault.what}: the endpoint says it is gone, so the kept copy is dropped, and news-error "${fault.reason}"`, async () => {
        const { keptCard, keptBanner } = widgets.get(fault)!;
        expect(headline(keptCard)).to.be.null;
        expect(part(keptCard, 'stale')).to.be.null;
        expect(shownText(keptCard)).to.contain(fault.kk);
        expect(bannerShown(keptBanner), "the kept day's banner").to.be.false;
        for (const element of [keptCard, keptBanner]) {
          expect(lastError(element)?.reason, element.localName).to.equal(fault.reason);
          expect(loads.has(element), element.localName).to.be.false;
        }
      });
    }
    for (const fault of FAULTS.filter(({ status }) => status !== 404)) {
      it(`${fault.what}: the kept copy, marked as possibly out of date, and news-error "${fault.reason}"`, async () => {
        const { keptCard, keptBanner } = widgets.get(fault)!;
        expect(headline(keptCard)).to.equal(KK_TITLE);
        expect(part(keptCard, 'stale')!.textContent).to.equal(STALE_KK);
        expect(bannerShown(keptBanner), "the kept day's banner").to.be.true;
        expect(shownText(keptBanner)).to.contain('Жалпыұлттық аза тұту күні');
        for (const element of [keptCard, keptBanner]) {
          expect(lastError(element)?.reason, element.localName).to.equal(fault.reason);
          expect(loads.get(element), element.localName).to.equal(1);
        }
      });
    }
  });

  it('is accessible in every error and stale state', async () => {
    for (const container of mounted) await expect(container).to.be.accessible({ ignoredRules: COPIES_OF_ONE_WIDGET });
  });

  describe('when the endpoint comes back', () => {
    before(async () => {
      await Promise.all(FAULTS.map((fault) => setScenario(scenarios(run, fault).fresh, 'normal')));
      loads.clear();
      errors.clear();
      const retried = [...widgets.values()].flatMap(({ card, rail }) => [card, rail]);
      for (const { card, rail } of widgets.values()) {
        part(card, 'button')!.click();
        part(rail, 'retry')!.click();
      }
      await waitUntil(() => retried.every((element) => loads.has(element)), 'not every widget recovered', { timeout: 10_000 });
      await Promise.all(retried.map((element) => element.updateComplete));
    });

    for (const fault of FAULTS) {
      it(`${fault.what}: Retry loads the story, and the list`, async () => {
        const { card, rail } = widgets.get(fault)!;
        expect(headline(card)).to.equal(KK_TITLE);
        expect(part(card, 'stale')).to.be.null;
        expect(listedTitles(rail)).to.have.length(2);
        expect(errors.has(card) || errors.has(rail)).to.be.false;
      });
    }
  });
});

describe('answers that are odd but usable (real HTTP)', () => {
  beforeEach(() => resetPage({ retries: RETRIES }));
  afterEach(resetPage);

  it('reads JSON labelled as a web page by its body: the story shows, asked once', async () => {
    const endpoint = `/api/scenario/${uniqueName('wrong-type')}`;
    await setScenario(endpoint.split('/').pop()!, 'wrong-type');
    const card = await fixture<NewsArticleCard>(html`<news-article-card endpoint=${endpoint} article-id="court-digital"></news-article-card>`);
    await waitUntil(() => headline(card) === KK_TITLE, 'the story never showed', { timeout: 4000 });
    expect(await requestsTo(`${endpoint}/articles/`)).to.equal(1);
    await expect(card).to.be.accessible();
  });

  it('shows the valid entries of a list or schedule with broken ones among them, and never the broken ones', async () => {
    const endpoint = '/api/partial';
    const wrapper = await fixture(html`<div style="width: 900px">
      <news-related-rail limit="20" endpoint=${endpoint} article-id="court-digital"></news-related-rail>
      <news-mourning-banner endpoint=${endpoint}></news-mourning-banner>
    </div>`);
    const rail = wrapper.querySelector('news-related-rail')!;
    const banner = wrapper.querySelector('news-mourning-banner')!;
    const normal = (await (await fetch('/api/articles/court-digital/related?lang=kk&limit=42')).json()) as { items: unknown[] };
    const broken = (await (await fetch('/api/partial/articles/court-digital/related?lang=kk&limit=42')).json()) as { items: unknown[] };
    expect(broken.items.length, 'the endpoint mixes in broken items').to.be.greaterThan(normal.items.length);
    await waitUntil(() => listedTitles(rail).length > 0 && bannerShown(banner), 'nothing showed', { timeout: 4000 });
    const shown = listedTitles(rail);
    const reference = await fixture<NewsRelatedRail>(html`<news-related-rail limit="20" endpoint="/api" article-id="court-digital"></news-related-rail>`);
    await waitUntil(() => listedTitles(reference).length > 0, 'the reference rail never listed', { timeout: 4000 });
    expect(shown).to.deep.equal(listedTitles(reference));
    for (const title of ['Сілтемесіз жаңалық', 'Қауіпті сілтеме', 'Идентификаторсыз жаңалық']) expect(shownText(rail)).to.not.contain(title);
    expect(part(rail, 'stale')).to.be.null;
    expect(shownText(banner)).to.contain('Жалпыұлттық аза тұту күні');
    await expect(rail).to.be.accessible();
  });
});

describe('an answer that does not fit the contract (real HTTP)', () => {
  beforeEach(() => resetPage({ retries: RETRIES }));
  afterEach(resetPage);

  it('is asked once by the widgets asking at once, and never handed to a widget that asks later', async () => {
    const scenario = uniqueName('rejected');
    const endpoint = `/api/scenario/${scenario}`;
    await setScenario(scenario, 'malformed');
    // Compact, so that all three are near the viewport at once.
    const card = () => html`<news-article-card variant="compact" endpoint=${endpoint} article-id="court-digital"></news-article-card>`;
    const page = await fixture(html`<div>${card()}${card()}${card()}</div>`);
    const askedAtOnce = [...page.querySelectorAll('news-article-card')];
    const retryShown = (element: Element) => part(element, 'button') !== null;
    await waitUntil(() => askedAtOnce.every(retryShown), 'the cards never showed their error', { timeout: 4000 });
    expect(await requestsTo(`${endpoint}/articles/`)).to.equal(1);

    await setScenario(scenario, 'normal');
    const later = await fixture<NewsArticleCard>(card());
    await waitUntil(() => headline(later) === KK_TITLE || retryShown(later), 'the later card never settled', { timeout: 4000 });
    expect(headline(later)).to.equal(KK_TITLE);
    expect(await requestsTo(`${endpoint}/articles/`)).to.equal(2);
    await expect(later).to.be.accessible();
  });
});

describe('offline, and an endpoint nobody listens on', () => {
  let fake: FakeFetch | undefined;
  beforeEach(() => resetPage({ retries: RETRIES }));
  afterEach(() => {
    fake?.restore();
    fake = undefined;
    resetPage();
  });

  it('offline (fetch rejects): a localized network error after bounded retries, the kept copy, and Retry once online', async function () {
    this.timeout(15_000);
    const endpoint = 'https://offline.example/api';
    let online = true;
    fake = fakeFetch(() => (online ? { json: sampleArticle('a') } : 'offline'));
    const first = await fixture<NewsArticleCard>(html`<news-article-card endpoint=${endpoint} article-id="a"></news-article-card>`);
    await waitUntil(() => headline(first) !== null, 'never loaded online', { timeout: 4000 });

    online = false;
    resetClient();
    fake.calls.length = 0;
    first.remove();
    const wrapper = await fixture(html`<div style="display: flex">
      <news-article-card endpoint=${endpoint} article-id="a"></news-article-card>
      <news-article-card endpoint=${endpoint} article-id="never-seen"></news-article-card>
    </div>`);
    const [kept, fresh] = wrapper.querySelectorAll('news-article-card');
    await waitUntil(() => part(kept, 'stale') && part(fresh, 'button'), 'the offline states never showed', { timeout: 8000 });
    expect(fake.calls.filter((url) => url.includes('/articles/a?'))).to.have.length(1 + RETRIES);
    expect(headline(kept)).to.equal(sampleArticle().title);
    expect(shownText(fresh)).to.contain(NETWORK.kk);
    await expect(fresh).to.be.accessible();

    online = true;
    part(fresh, 'button')!.click();
    await waitUntil(() => headline(fresh) !== null, 'Retry never loaded the story', { timeout: 4000 });
  });

  it('a port nobody listens on: the same network error, without hanging', async function () {
    this.timeout(15_000);
    const calls: string[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => (calls.push(String(input)), original(input, init));
    try {
      const card = await fixture<NewsArticleCard>(html`<news-article-card endpoint="http://127.0.0.1:9/api" article-id="a"></news-article-card>`);
      await waitUntil(() => part(card, 'button'), 'the error never showed', { timeout: 10_000 });
      expect(shownText(card)).to.contain(NETWORK.kk);
      expect(calls).to.have.length(1 + RETRIES);
    } finally {
      window.fetch = original;
    }
  });
});

describe('Retry-After', () => {
  let fake: FakeFetch | undefined;
  beforeEach(() => resetPage({ retries: 1 }));
  afterEach(() => {
    fake?.restore();
    fake = undefined;
    resetPage();
  });

  /** How many requests a card makes against a 503 that says `retryAfter`. */
  async function requestsWith(retryAfter: string): Promise<number> {
    fake = fakeFetch(() => ({ status: 503, headers: { 'Retry-After': retryAfter } }));
    const card = await fixture<NewsArticleCard>(html`<news-article-card endpoint="https://busy.example/api" article-id="a"></news-article-card>`);
    await waitUntil(() => part(card, 'button'), 'the error never showed', { timeout: 8000 });
    return fake.calls.length;
  }

  it('as an HTTP date: waited for, then retried', async () => {
    expect(await requestsWith(new Date(Date.now() + 1000).toUTCString())).to.equal(2);
  });

  it('further away than 10 s, in seconds or as a date: not retried, the error (or kept copy) shows at once', async () => {
    expect(await requestsWith('11')).to.equal(1);
    fake!.restore();
    expect(await requestsWith(new Date(Date.now() + 3_600_000).toUTCString())).to.equal(1);
  });
});

describe('a body too large to be news', () => {
  afterEach(resetPage);

  it('stops reading past the limit instead of downloading 10 MB (or forever)', async () => {
    resetPage();
    let pulled = 0;
    let cancelled = false;
    const chunk = new Uint8Array(64 * 1024).fill(0x78);
    const endless = () =>
      new Response(
        new ReadableStream({
          pull: (controller) => {
            pulled += chunk.length;
            controller.enqueue(chunk);
          },
          cancel: () => void (cancelled = true),
        }),
        { headers: { 'Content-Type': 'application/json' } },
      );
    const fake = fakeFetch(() => endless());
    try {
      const card = await fixture<NewsArticleCard>(html`<news-article-card endpoint="https://endless.example/api" article-id="a"></news-article-card>`);
      await waitUntil(() => part(card, 'button'), 'the error never showed', { timeout: 8000 });
      expect(shownText(card)).to.contain(BAD_DATA.kk);
      expect(cancelled, 'the body was cancelled').to.be.true;
      expect(pulled).to.be.below(4 * 1024 * 1024);
      expect(fake.calls).to.have.length(1);
    } finally {
      fake.restore();
    }
  });

});

/**
 * The last-known-good cache in localStorage: it survives a real reload, stays within its bounds
 * (count and size, oldest out first, the host's own keys untouched), and when storage is full,
 * forbidden or corrupted the widgets fall back to having no copy — they never throw.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { NewsArticleCard } from '../../src/article-card/article-card.js';
import { resetClient } from '../../src/data/client.js';
import { keepWaitingCopies, loadResource, type ResourceRequest } from '../../src/data/resource.js';
import type { Article } from '../../src/data/types.js';
import { toArticle } from '../../src/data/validate.js';
import { resetPage, shownText } from '../helpers/elements.js';
import { fakeFetch, sampleArticle, type FakeFetch } from '../helpers/fake-fetch.js';
import { libraryLoaded, make, hostPage } from '../helpers/host-page.js';
import { setScenario, uniqueName } from '../helpers/mock-endpoint.js';

const PREFIX = 'news-widgets:v1:';
const INDEX = `${PREFIX}index`;
const ENDPOINT = 'https://kept.example/api';
const TITLE = sampleArticle().title;
const STALE = 'Ақпарат ескірген болуы мүмкін';
const NETWORK = 'Серверге қосылу мүмкін болмады.';

const part = (element: Element, name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const headline = (card: Element) => part(card, 'link')?.textContent ?? null;

const ourKeys = () => Object.keys(localStorage).filter((key) => key.startsWith(PREFIX) && key !== INDEX);
const keptIds = () => ourKeys().map((key) => key.slice(key.lastIndexOf('article/') + 'article/'.length));
const ourCharacters = () => Object.keys(localStorage).filter((key) => key.startsWith(PREFIX)).reduce((sum, key) => sum + key.length + localStorage.getItem(key)!.length, 0);

const articleRequest = (id: string): ResourceRequest<Article> => ({
  source: { endpoint: ENDPOINT, adapter: 'native', lang: 'kk' },
  key: `article/${id}`,
  read: (adapter, context) => adapter.article(id, context),
  validate: (kept) => toArticle(kept),
});

/** A card on `ENDPOINT`, alone on the page (so near the viewport), once it loaded or failed. */
async function cardFor(id: string): Promise<NewsArticleCard> {
  fixtureCleanup();
  const card = await fixture<NewsArticleCard>(html`<news-article-card endpoint=${ENDPOINT} article-id=${id}></news-article-card>`);
  await waitUntil(() => headline(card) || part(card, 'notice'), 'the card never settled', { timeout: 4000 });
  return card;
}

describe('the last-known-good cache', () => {
  let fake: FakeFetch | undefined;
  const serve = (answer: Parameters<typeof fakeFetch>[0]) => {
    fake?.restore();
    resetClient();
    fake = fakeFetch(answer);
  };
  const online = (extra: Record<string, unknown> = {}) => serve((url) => ({ json: sampleArticle(url.pathname.split('/').pop(), extra) }));
  const offline = () => serve(() => 'offline');

  beforeEach(() => resetPage({ retries: 0 }));
  afterEach(() => {
    fake?.restore();
    fake = undefined;
    resetPage();
  });

  it('survives a real reload of the page: the copy shows, marked, when the endpoint is down', async function () {
    this.timeout(20_000);
    const scenario = uniqueName('reload');
    const endpoint = `/api/scenario/${scenario}`;
    const { frame, doc } = await hostPage();
    try {
      make(doc, 'news-article-card', { endpoint, 'article-id': 'court-digital' });
      await waitUntil(() => headline(doc.querySelector('news-article-card')!), 'never loaded', { timeout: 4000 });

      await setScenario(scenario, 'fail');
      frame.contentWindow!.location.reload();
      await waitUntil(() => frame.contentDocument !== doc, 'the page never reloaded', { timeout: 4000 });
      const reloaded = await libraryLoaded(frame);
      const card = make(reloaded.doc, 'news-article-card', { endpoint, 'article-id': 'court-digital' });
      await waitUntil(() => part(card, 'stale'), 'the kept copy never showed', { timeout: 8000 });
      expect(headline(card)).to.equal('Сандық технология сот саласына жаңа серпін берді');
      expect(part(card, 'stale')!.textContent).to.equal(STALE);
    } finally {
      frame.remove();
    }
  });

  it('keeps the copies of widgets answered together in one write, a task after they render', async () => {
    online();
    const written: string[] = [];
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith(PREFIX)) written.push(key);
      return setItem.call(this, key, value);
    };
    try {
      await Promise.all(['a', 'b', 'c', 'a'].map((id) => loadResource(articleRequest(id))));
      expect(written, 'nothing written while the answers are shown').to.deep.equal([]);
      // A copy waiting to be written is already the last-known-good one.
      offline();
      expect((await loadResource(articleRequest('b'))).staleBecause?.reason).to.equal('network');
      await waitUntil(() => written.includes(INDEX), 'the copies were never written');
      expect(written.filter((key) => key === INDEX), 'the index, once').to.have.length(1);
      expect(keptIds().sort()).to.deep.equal(['a', 'b', 'c']);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  describe('a kept copy is shown for at most 7 days, and never after the endpoint says the story is gone', () => {
    const DAY = 24 * 60 * 60 * 1000;
    /** Rewrites when the kept copy of `id` was saved. */
    const savedAgo = (id: string, ms: number | undefined) => {
      const key = ourKeys().find((each) => each.endsWith(`article/${id}`))!;
      const saved = JSON.parse(localStorage.getItem(key)!);
      localStorage.setItem(key, JSON.stringify({ ...saved, savedAt: ms === undefined ? undefined : Date.now() - ms }));
    };
    const failureOf = (id: string) => loadResource(articleRequest(id)).then(() => undefined, (error: { reason: string; status?: number }) => error);

    it('shows a copy six days old, and drops one a week old, or saved in 1970, or at no stated time', async () => {
      online();
      for (const id of ['six-days', 'a-week', '1970', 'undated']) await loadResource(articleRequest(id));
      keepWaitingCopies();
      savedAgo('six-days', 6 * DAY);
      savedAgo('a-week', 7 * DAY);
      savedAgo('1970', Date.now());
      savedAgo('undated', undefined);
      offline();
      expect((await loadResource(articleRequest('six-days'))).staleBecause?.reason).to.equal('network');
      for (const id of ['a-week', '1970', 'undated']) expect(await failureOf(id), id).to.include({ reason: 'network' });
      expect(keptIds().sort()).to.deep.equal(['six-days']);
      expect(JSON.parse(localStorage.getItem(INDEX)!).map(([id]: [string]) => id.split('article/')[1])).to.deep.equal(['six-days']);
    });

    for (const status of [404, 410]) {
      it(`drops the copy when the endpoint answers ${status}: a retracted story never shows again`, async () => {
        online();
        await loadResource(articleRequest('retracted'));
        keepWaitingCopies();
        serve(() => ({ status, json: {} }));
        expect(await failureOf('retracted')).to.include({ reason: 'http', status });
        expect(keptIds()).to.deep.equal([]);
        offline();
        expect(await failureOf('retracted'), 'offline later: no copy').to.include({ reason: 'network' });
        const card = await cardFor('retracted');
        expect(headline(card)).to.be.null;
        expect(part(card, 'stale')).to.be.null;
      });
    }

    it('keeps the copy through other failures (500, 403, timeouts)', async () => {
      online();
      await loadResource(articleRequest('kept'));
      keepWaitingCopies();
      for (const status of [500, 403, 400]) {
        serve(() => ({ status, json: {} }));
        expect((await loadResource(articleRequest('kept'))).staleBecause, String(status)).to.include({ status });
      }
    });
  });

  it('keeps at most 40 copies, dropping the oldest first', async () => {
    online();
    for (let i = 0; i < 45; i++) await loadResource(articleRequest(`a${i}`));
    keepWaitingCopies();
    expect(keptIds().sort()).to.deep.equal(Array.from({ length: 40 }, (_, i) => `a${i + 5}`).sort());
    offline();
    expect((await loadResource(articleRequest('a44'))).staleBecause?.reason).to.equal('network');
    let error: unknown;
    await loadResource(articleRequest('a0')).catch((caught) => (error = caught));
    expect((error as { reason: string }).reason, 'the oldest is gone').to.equal('network');
  });

  it('keeps about 512 KB at most, dropping the oldest first, and never a copy larger than that', async () => {
    const long = 'Сот '.repeat(10_000); // 40 000 characters an article
    online({ excerpt: long });
    for (let i = 0; i < 10; i++) await loadResource(articleRequest(`big${i}`));
    keepWaitingCopies();
    expect(ourCharacters()).to.be.at.most(256 * 1024 + 4096);
    expect(keptIds()).to.include('big9');
    expect(keptIds()).to.not.include('big0');

    online({ excerpt: 'Сот '.repeat(100_000) });
    await loadResource(articleRequest('huge'));
    keepWaitingCopies();
    expect(keptIds()).to.not.include('huge');
    expect(keptIds(), 'an oversized copy evicts nothing').to.include('big9');
  });

  it('first reads storage when a widget renders, not when the library loads (a busy task at load)', async () => {
    const spy = `<script>
      window.reads = [];
      const getItem = Storage.prototype.getItem;
      Storage.prototype.getItem = function (key) { reads.push(key); return getItem.call(this, key); };
    </script>`;
    const { frame, win, doc } = await hostPage(spy);
    try {
      const reads = () => (win as unknown as { reads: string[] }).reads;
      expect(reads(), 'read while loading').to.deep.equal([]);
      const switcher = make(doc, 'news-language-switcher');
      await (switcher as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(reads()).to.include('news-widgets:lang');
    } finally {
      frame.remove();
    }
  });

  it("never touches the host's own keys, even when it starts again from a corrupt index", async () => {
    localStorage.setItem('host:cart', '[1,2,3]');
    localStorage.setItem('news-widgets:lang', 'ru');
    localStorage.setItem(INDEX, '{corrupt');
    localStorage.setItem(`${PREFIX}orphan`, '{"value":1}');
    online();
    await loadResource(articleRequest('fresh'));
    keepWaitingCopies();
    expect(localStorage.getItem('host:cart')).to.equal('[1,2,3]');
    expect(localStorage.getItem('news-widgets:lang')).to.equal('ru');
    expect(keptIds()).to.deep.equal(['fresh']);
  });

  it('tolerates a full storage (quota errors): widgets load, nothing is kept, nothing is thrown', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith(PREFIX)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
    try {
      online();
      const card = await cardFor('a');
      expect(headline(card)).to.equal(TITLE);
      expect(ourKeys()).to.deep.equal([]);
    } finally {
      Storage.prototype.setItem = setItem;
    }
    offline();
    const card = await cardFor('a');
    expect(shownText(card)).to.contain(NETWORK);
    await expect(card).to.be.accessible();
  });

  it('tolerates storage that is forbidden (sandboxed frames, blocked cookies) or missing', async function () {
    this.timeout(30_000);
    // On pages of their own, whose localStorage throws or is null before the library first looks:
    // redefined on a page where the library has run a while, WebKit's compiled code still reads the real one.
    const getters = {
      forbidden: `() => { throw new DOMException('Access is denied for this document.', 'SecurityError'); }`,
      missing: '() => null',
    };
    for (const [what, getter] of Object.entries(getters)) {
      const scenario = uniqueName(`storage-${what}`);
      const endpoint = `/api/scenario/${scenario}`;
      const { frame, doc } = await hostPage(`<script>Object.defineProperty(window, 'localStorage', { configurable: true, get: ${getter} });</script>`);
      try {
        make(doc, 'news-article-card', { endpoint, 'article-id': 'court-digital' });
        await waitUntil(() => headline(doc.querySelector('news-article-card')!), `${what}: never loaded`, { timeout: 4000 });
        await new Promise((resolve) => setTimeout(resolve)); // the task in which copies are kept

        await setScenario(scenario, 'fail');
        frame.contentWindow!.location.reload();
        await waitUntil(() => frame.contentDocument !== doc, 'the page never reloaded', { timeout: 4000 });
        const reloaded = await libraryLoaded(frame);
        const card = make(reloaded.doc, 'news-article-card', { endpoint, 'article-id': 'court-digital' });
        await waitUntil(() => part(card, 'notice'), `${what}: the error never showed`, { timeout: 8000 });
        expect(headline(card), `${what}: no copy was kept`).to.be.null;
        expect(part(card, 'stale'), what).to.be.null;
        expect(reloaded.win.seen.errors, what).to.deep.equal([]);
        expect(ourKeys().filter((key) => key.includes(scenario)), what).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    }
  });

  describe('corrupted entries fall back to no copy: the error state, never garbage or an exception', () => {
    const key = `${PREFIX}native ${ENDPOINT} kk article/a`;
    // Saved just now: a copy a week old counts as no copy however good it is, which is not what is tested here.
    const NOW = Date.now();
    const corrupt: [string, string][] = [
      ['not JSON', `{"savedAt":${NOW},"value":`],
      ['null', 'null'],
      ['a string', '"court-digital"'],
      ['no value', `{"savedAt":${NOW}}`],
      ['a value of the wrong type', `{"savedAt":${NOW},"value":"court-digital"}`],
      ['an article without a title', `{"savedAt":${NOW},"value":{"id":"a","url":"https://example.kz/a"}}`],
      ['an article with an unsafe link', `{"savedAt":${NOW},"value":{"id":"a","url":"javascript:alert(1)","title":"x"}}`],
      ['an article with an impossible date', `{"savedAt":${NOW},"value":{"id":"a","url":"https://example.kz/a","title":"x","publishedAt":"never"}}`],
    ];
    for (const [what, stored] of corrupt) {
      it(what, async () => {
        const errors: string[] = [];
        const note = (event: ErrorEvent) => errors.push(event.message);
        addEventListener('error', note);
        try {
          localStorage.setItem(key, stored);
          localStorage.setItem(INDEX, JSON.stringify([['native ' + ENDPOINT + ' kk article/a', stored.length]]));
          offline();
          const card = await cardFor('a');
          if (what === 'an article with an impossible date') {
            // The date alone is dropped, as from an endpoint; the rest of the copy is good.
            expect(headline(card)).to.equal('x');
            expect(part(card, 'date')).to.be.null;
          } else {
            expect(headline(card)).to.be.null;
            expect(shownText(card)).to.contain(NETWORK);
          }
          expect(errors).to.deep.equal([]);
        } finally {
          removeEventListener('error', note);
        }
      });
    }

    it('a corrupt index: the next good answer is kept again', async () => {
      for (const index of ['{', '{"a":1}', '[1,2]', '[["x","y"]]', '"index"']) {
        localStorage.clear();
        localStorage.setItem(INDEX, index);
        online();
        await loadResource(articleRequest('a'));
        offline();
        expect((await loadResource(articleRequest('a'))).staleBecause, index).to.exist;
      }
    });
  });
});

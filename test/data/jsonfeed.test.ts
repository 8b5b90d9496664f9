import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/article-card/article-card.js';
import type { AdapterContext } from '../../src/data/adapters/adapter.js';
import { jsonFeedAdapter } from '../../src/data/adapters/jsonfeed.js';
import { fetchJson } from '../../src/data/client.js';
import type { Lang } from '../../src/data/types.js';
import { loadFixtures } from '../helpers/fixture-files.js';
import { countedList } from '../helpers/counted-list.js';
import { fakeFetch, type FakeFetch } from '../helpers/fake-fetch.js';
import { resetPage, shownText, waitForText } from '../helpers/elements.js';
import { failure } from '../helpers/errors.js';

const FEED = 'https://news.example/kk/feed.json';

/** The fixture each URL of news.example serves. */
const SERVED: Record<string, string> = {
  '/kk/feed.json': 'feed',
  '/kk/feed-2.json': 'feed-2',
  '/kk/feed-3.json': 'feed-3',
  '/ru/feed.json': 'feed-ru',
  '/feeds/bilingual.json': 'feed-bilingual',
  '/feeds/1.0.json': 'feed-1.0',
  '/feeds/not-a-feed.json': 'not-a-feed',
  '/feeds/wrong-version.json': 'wrong-version',
  '/feeds/items-not-array.json': 'items-not-array',
  '/feeds/bad-items.json': 'bad-items',
  '/feeds/mixed-items.json': 'mixed-items',
};

describe('JSON Feed adapter', () => {
  let files: Map<string, unknown>;
  let fake: FakeFetch | undefined;

  before(async () => {
    files = await loadFixtures('jsonfeed', Object.values(SERVED));
  });
  beforeEach(() => resetPage({ retries: 0 }));
  afterEach(() => {
    fake?.restore();
    fake = undefined;
    delete (window as { feedScriptRan?: string }).feedScriptRan;
  });

  /** news.example serving the fixtures; `broken` paths answer 500. */
  function serveFeeds(broken: string[] = []): FakeFetch {
    fake = fakeFetch(({ pathname }) => {
      if (broken.includes(pathname)) return { status: 500 };
      const name = SERVED[pathname];
      return name ? { json: files.get(name) } : { status: 404 };
    });
    return fake;
  }

  const context = (endpoint = FEED, lang: Lang = 'kk'): AdapterContext => ({ endpoint, lang, fetchJson: (url) => fetchJson(url) });
  const pathsAsked = () => fake!.calls.map((call) => new URL(call).pathname);
  const ids = (articles: { id: string }[]) => articles.map((article) => article.id);

  describe('items', () => {
    it('maps an item: title, summary, image, date, authors, tags, language, reading time', async () => {
      serveFeeds();
      expect(await jsonFeedAdapter.article('court-digital', context())).to.deep.equal({
        id: 'court-digital',
        lang: 'kk',
        url: 'https://news.example/kk/court-digital',
        title: 'Сандық технология сот саласына жаңа серпін берді',
        excerpt: 'Қазақстандық сотта жүргізілген реформалардың тиімділігі зор.',
        publishedAt: '2026-06-10T09:00:00+05:00',
        author: { name: 'Дуйсенова Ақерке', role: undefined },
        image: { src: 'https://news.example/images/court-digital-1200.jpg', alt: undefined, width: undefined, height: undefined, srcset: undefined },
        category: undefined,
        tags: ['сот', 'цифрландыру'],
        readingMinutes: 1,
        translations: undefined,
      });
    });

    it('makes an excerpt of content_html as plain text, running none of its markup', async () => {
      serveFeeds();
      const article = await jsonFeedAdapter.article('mediation-halls', context());
      expect(article.excerpt).to.equal('Аудандық соттарда жаңа\u00a0залдар ашылды. Тараптар дауды…');
      expect(article.url).to.equal('https://news.example/kk/mediation-halls');
      // The feed's authors stand in for an item that names none.
      expect(article.author?.name).to.equal('Сарап редакциясы');
      // The image's error handler would have run by the time a real image failed; give it that chance.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((window as { feedScriptRan?: string }).feedScriptRan).to.be.undefined;
      expect(performance.getEntriesByType('resource').some((entry) => entry.name.includes('jsonfeed-probe'))).to.be.false;
    });

    it('keeps plain-text fields as text: a title with markup is shown as written', async () => {
      serveFeeds();
      const [good] = await jsonFeedAdapter.articles({ limit: 6 }, context('https://news.example/feeds/mixed-items.json'));
      expect(good.title).to.equal('Жақсы жаңалық <script>alert(1)</script>');
      expect(good.author?.name).to.equal('<img src=x onerror=alert(3)>Автор');
      // Unsafe or malformed optional fields are dropped, the item stays.
      expect(good).to.include({ image: undefined, publishedAt: undefined });
      expect(good.tags).to.deep.equal(['сот']);
    });

    it('gives a title-less (microblog) item a headline from its text, and reads numeric ids as strings', async () => {
      serveFeeds();
      const note = await jsonFeedAdapter.article('42', context());
      expect(note.title).to.match(/^Бүгін Алматыда сот төрелігі күніне арналған ашық есік күні өтті: .+…$/);
      expect(note.title.length).to.be.at.most(120);
      expect(note.excerpt).to.contain('электрондық сот жүйесінің');
    });

    it('reads JSON Feed 1.0 with its single author', async () => {
      serveFeeds();
      const article = await jsonFeedAdapter.article('legal-aid', context('https://news.example/feeds/1.0.json'));
      expect(article.author?.name).to.equal('Сарап редакциясы');
      expect(article.excerpt).to.equal('Азаматтарға тегін заң көмегі көрсетіледі.');
    });
  });

  describe('paging through next_url only as far as needed', () => {
    it('stops at the first page that has the item', async () => {
      serveFeeds();
      await jsonFeedAdapter.article('munix-2026', context());
      expect(pathsAsked()).to.deep.equal(['/kk/feed.json']);
      expect((await jsonFeedAdapter.article('court-cabinet', context())).title).to.equal('«Сот кабинеті» арқылы берілген өтініштер саны артты');
      expect(pathsAsked()).to.deep.equal(['/kk/feed.json', '/kk/feed-2.json']);
    });

    it('reads a list from the first page when it fills the limit, and further when not', async () => {
      serveFeeds();
      expect(ids(await jsonFeedAdapter.articles({ limit: 2 }, context()))).to.deep.equal(['court-digital', 'mediation-halls']);
      expect(pathsAsked()).to.deep.equal(['/kk/feed.json']);
      expect(ids(await jsonFeedAdapter.articles({ tag: 'сот', limit: 3 }, context()))).to.deep.equal(['court-digital', 'mediation-halls', 'court-cabinet']);
      expect(pathsAsked()).to.deep.equal(['/kk/feed.json', '/kk/feed-2.json']);
    });

    it('stops when next_url leads back to a page already read, and then reports the item missing', async () => {
      serveFeeds();
      const error = await failure(jsonFeedAdapter.article('no-such-item', context()));
      expect(error).to.include({ reason: 'http', status: 404 });
      expect(pathsAsked()).to.deep.equal(['/kk/feed.json', '/kk/feed-2.json', '/kk/feed-3.json']);
    });

    it('keeps what it read when a later page fails', async () => {
      serveFeeds(['/kk/feed-2.json']);
      expect(ids(await jsonFeedAdapter.articles({ tag: 'сот', limit: 6 }, context()))).to.deep.equal(['court-digital', 'mediation-halls']);
    });
  });

  describe('lists', () => {
    it('treats category and tag alike, as JSON Feed has only tags', async () => {
      serveFeeds();
      expect(ids(await jsonFeedAdapter.articles({ category: 'Білім', limit: 6 }, context()))).to.deep.equal(['munix-2026']);
    });

    it('lists related items sharing a tag first, never the item itself', async () => {
      serveFeeds();
      const related = ids(await jsonFeedAdapter.related('court-digital', 3, context()));
      expect(related).to.deep.equal(['mediation-halls', 'munix-2026', '42']);
      expect(pathsAsked()).to.deep.equal(['/kk/feed.json']);
    });

    it('shows a bilingual feed in the reader language', async () => {
      serveFeeds();
      const bilingual = 'https://news.example/feeds/bilingual.json';
      expect(ids(await jsonFeedAdapter.articles({ limit: 6 }, context(bilingual, 'ru')))).to.deep.equal(['court-digital-ru', 'youth-leaders-ru']);
      expect(ids(await jsonFeedAdapter.articles({ limit: 6 }, context(bilingual, 'kk-Latn')))).to.deep.equal(['court-digital', 'munix-2026']);
      // A language the feed lacks shows what it has.
      expect(await jsonFeedAdapter.articles({ limit: 6 }, context(bilingual, 'en'))).to.have.length(4);
    });

    it('converts the first hundred items of a page of 30,000, and finds an item by id among all', async () => {
      const item = (i: number) => ({ id: `i${i}`, url: `https://news.example/${i}`, content_html: `<p>Мәтін ${i}</p>` });
      const page = countedList(30_000, item);
      const feed = { version: 'https://jsonfeed.org/version/1.1', title: 'Жаңалықтар', items: page.items };
      const served = { ...context(), fetchJson: async () => feed };
      expect(await jsonFeedAdapter.articles({ limit: 24 }, served)).to.have.length(24);
      expect(page.read()).to.equal(100);
      expect((await jsonFeedAdapter.article('i29999', served)).excerpt).to.equal('Мәтін 29999');
    });

    it('reads one feed per language through {lang} in the endpoint', async () => {
      serveFeeds();
      const perLanguage = new URL('https://news.example/{lang}/feed.json').href;
      expect((await jsonFeedAdapter.article('court-digital-ru', context(perLanguage, 'ru'))).lang).to.equal('ru-KZ');
      expect(pathsAsked()).to.deep.equal(['/ru/feed.json']);
    });
  });

  describe('malformed feeds', () => {
    for (const [name, what] of [
      ['not-a-feed', 'another format (RSS as JSON)'],
      ['wrong-version', 'a version that is not a JSON Feed URL'],
      ['items-not-array', 'items that are not a list'],
      ['bad-items', 'no usable item at all'],
    ]) {
      it(`is a shape error for ${what}`, async () => {
        serveFeeds();
        const error = await failure(jsonFeedAdapter.articles({ limit: 6 }, context(`https://news.example/feeds/${name}.json`)));
        expect(error.reason).to.equal('shape');
        expect(error.message).to.be.a('string').and.not.empty;
      });
    }

    it('drops the items with an unsafe or missing link and shows the rest', async () => {
      serveFeeds();
      expect(ids(await jsonFeedAdapter.articles({ limit: 6 }, context('https://news.example/feeds/mixed-items.json')))).to.deep.equal(['good']);
    });

    it('has no mourning days', async () => {
      expect((await failure(jsonFeedAdapter.mourning(context()))).reason).to.equal('unsupported');
    });
  });

  describe('<news-article-card adapter="jsonfeed">', () => {
    const link = (card: Element) => card.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="link"]');

    it('shows an item of the feed', async () => {
      serveFeeds();
      const card = await fixture(html`<news-article-card adapter="jsonfeed" endpoint=${FEED} article-id="court-digital"></news-article-card>`);
      await waitUntil(() => link(card), 'the card never loaded', { timeout: 4000 });
      expect(link(card)!.href).to.equal('https://news.example/kk/court-digital');
      expect(shownText(card)).to.contain('Сандық технология сот саласына жаңа серпін берді').and.contain('Дуйсенова Ақерке');
      await expect(card).to.be.accessible();
    });

    it('shows a malformed feed as an error with Retry', async () => {
      serveFeeds();
      const card = await fixture(html`<news-article-card adapter="jsonfeed" endpoint="https://news.example/feeds/not-a-feed.json" article-id="a"></news-article-card>`);
      expect((await oneEvent(card, 'news-error')).detail.reason).to.equal('shape');
      await waitForText(card, 'Алынған деректер күтілген пішімге сәйкес келмейді.');
      expect(card.shadowRoot!.querySelector('[part~="button"]')).to.exist;
      await expect(card).to.be.accessible();
    });
  });
});

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/article-card/article-card.js';
import type { AdapterContext } from '../../src/data/adapters/adapter.js';
import { createWordPressAdapter, wordpressAdapter } from '../../src/data/adapters/wordpress.js';
import { fetchJson } from '../../src/data/client.js';
import type { Lang } from '../../src/data/types.js';
import { countedList } from '../helpers/counted-list.js';
import { loadFixtures } from '../helpers/fixture-files.js';
import { fakeFetch, type FakeAnswer, type FakeFetch } from '../helpers/fake-fetch.js';
import { resetPage, shownText, waitForText } from '../helpers/elements.js';
import { failure } from '../helpers/errors.js';

// Real answers of WordPress 6.1 (Debian 12) with Polylang's REST shape, recorded on 127.0.0.1:8089
// (see test/fixtures/wordpress/README.md); every URL inside them points there.
const WP = 'http://127.0.0.1:8089/wp-json';
const UPLOADS = 'http://127.0.0.1:8089/wp-content/uploads/2023/06';
const SEED_SLUG = 'сандық-технология-сот-саласына-жаңа-с';
const POSITION = 'Алматы қаласы қылмыстық істер жөніндегі мамандандырылған ауданаралық сотының хатшысы';

/** Which recorded answer WordPress gave, by route and the parameters that choose the content. */
const RECORDED: Record<string, [file: string, status?: number]> = {
  'wp/v2/posts/5': ['post-kk-embed'],
  'wp/v2/posts/7': ['post-ru-embed'],
  'wp/v2/posts/27': ['error-draft', 401],
  'wp/v2/posts/29': ['error-private', 401],
  'wp/v2/posts/999999': ['error-post-not-found', 404],
  [`wp/v2/posts?slug=${SEED_SLUG}`]: ['post-kk-by-slug'],
  'wp/v2/posts?categories=2&exclude=5,7&lang=kk&per_page=6': ['related-kk'],
  'wp/v2/posts?categories=3&exclude=7,5&lang=ru&per_page=6': ['related-ru'],
  'wp/v2/posts?categories=2&exclude=5,7&lang=en&per_page=6': ['error-lang-unknown', 400],
  // Without `lang` the emulated Polylang does not filter, and category 2 only has Kazakh posts.
  'wp/v2/posts?categories=2&exclude=5,7&per_page=6': ['related-kk'],
  'wp/v2/posts?lang=kk&per_page=10': ['posts-embed-lang-kk'],
  'wp/v2/posts?lang=ru&per_page=10': ['posts-embed-lang-ru'],
  'wp/v2/tags?slug=цифрландыру': ['tags-by-slug'],
  'wp/v2/posts?lang=kk&per_page=6&tags=8': ['posts-by-tag'],
};
const FILES = [...new Set([...Object.values(RECORDED).map(([file]) => file), 'error-no-route', 'post-kk-fields-no-links', 'post-kk-rest-route', 'categories'])];

/** `route?params` of a request, without `_fields` and `_embed` (checked on their own), for either URL form. */
function routeKey(url: URL): string {
  const route = url.searchParams.get('rest_route')?.replace(/^\//, '') ?? url.pathname.replace(/^\/wp-json\//, '');
  const params = [...url.searchParams]
    .filter(([name]) => !['_fields', '_embed', 'rest_route'].includes(name))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => `${name}=${value}`);
  return params.length ? `${route}?${params.join('&')}` : route;
}

describe('WordPress adapter', () => {
  let recorded: Map<string, unknown>;
  let fake: FakeFetch | undefined;

  before(async () => {
    recorded = await loadFixtures('wordpress', FILES);
  });
  beforeEach(() => resetPage({ retries: 0 }));
  afterEach(() => {
    fake?.restore();
    fake = undefined;
  });

  /** A WordPress that answers as recorded; `answers` override routes; anything else is `rest_no_route`. */
  function fakeWordPress(answers: Record<string, FakeAnswer | (() => FakeAnswer)> = {}): FakeFetch {
    fake = fakeFetch((url) => {
      const key = routeKey(url);
      const answer = answers[key];
      if (answer) return typeof answer === 'function' ? answer() : answer;
      const [file, status = 200] = RECORDED[key] ?? ['error-no-route', 404];
      return { status, json: recorded.get(file) };
    });
    return fake;
  }

  const context = (lang: Lang = 'kk', endpoint = WP): AdapterContext => ({ endpoint, lang, fetchJson: (url) => fetchJson(url) });

  describe('one article', () => {
    it('maps the seed post: plain text, UTC date, author with position, image with srcset, category, tags', async () => {
      fakeWordPress();
      const article = await wordpressAdapter.article('5', context());
      expect(article).to.deep.equal({
        id: '5',
        lang: 'kk',
        url: recordedLink(recorded.get('post-kk-embed')),
        title: 'Сандық технология сот саласына жаңа серпін берді',
        excerpt: 'Электрондық сот, онлайн сот отырыстары және «Төрелік» жүйесі сот төрелігін жедел, ашық әрі қолжетімді ете түсті.',
        publishedAt: '2023-06-10T03:00:00Z',
        author: { name: 'Дуйсенова Ақерке', role: POSITION },
        image: {
          src: `${UPLOADS}/sot-digital-kk.jpg`,
          alt: 'Сот залындағы бейнеконференцбайланыс экраны',
          width: 1200,
          height: 675,
          // The 150×150 thumbnail is cropped square, so it is not a candidate for a 16:9 frame.
          srcset: [
            `${UPLOADS}/sot-digital-kk-300x169.jpg 300w`,
            `${UPLOADS}/sot-digital-kk-768x432.jpg 768w`,
            `${UPLOADS}/sot-digital-kk-1024x576.jpg 1024w`,
            `${UPLOADS}/sot-digital-kk.jpg 1200w`,
          ].join(', '),
        },
        category: { id: '2', name: 'Сот', url: 'http://127.0.0.1:8089/category/sot/' },
        tags: ['сот', 'цифрландыру'],
        readingMinutes: 1,
        translations: { kk: '5', ru: '7' },
      });
    });

    it('asks for one post with only the fields and embeds it uses, _links included so _embedded survives', async () => {
      fakeWordPress();
      await wordpressAdapter.article('5', context());
      expect(fake!.calls).to.have.length(1);
      const url = new URL(fake!.calls[0]);
      expect(url.origin + url.pathname).to.equal(`${WP}/wp/v2/posts/5`);
      expect(url.searchParams.get('_embed')).to.equal('author,wp:featuredmedia,wp:term');
      const fields = url.searchParams.get('_fields')!.split(',');
      expect(fields).to.include.members(['_links', '_embedded', 'title', 'excerpt', 'date_gmt', 'lang', 'translations']);
      expect(fields).to.not.include('guid');
      // Asked without lang, so widgets in every language share the request.
      expect(url.searchParams.has('lang')).to.be.false;
    });

    it('still shows a post that came without _embedded: no author, image or category, nothing broken', async () => {
      fakeWordPress({ 'wp/v2/posts/5': { json: recorded.get('post-kk-fields-no-links') } });
      const article = await wordpressAdapter.article('5', context());
      expect(article.title).to.equal('Сандық технология сот саласына жаңа серпін берді');
      expect(article).to.include({ author: undefined, image: undefined, category: undefined, publishedAt: '2023-06-10T03:00:00Z' });
    });

    it('follows Polylang translations to the version in the reader language', async () => {
      fakeWordPress();
      const article = await wordpressAdapter.article('5', context('ru'));
      expect(article).to.include({ id: '7', lang: 'ru', title: 'Цифровые технологии дали новый импульс судебной системе' });
      expect(article.category?.name).to.equal('Суд');
      expect(fake!.calls.map((call) => new URL(call).pathname)).to.deep.equal(['/wp-json/wp/v2/posts/5', '/wp-json/wp/v2/posts/7']);
    });

    it('keeps the Kazakh post for kk-Latn (transliterated later, in the browser)', async () => {
      fakeWordPress();
      expect((await wordpressAdapter.article('5', context('kk-Latn'))).id).to.equal('5');
      expect(fake!.calls).to.have.length(1);
    });

    it('finds a post by its Cyrillic slug, then its version in the reader language', async () => {
      fakeWordPress();
      expect((await wordpressAdapter.article(SEED_SLUG, context())).id).to.equal('5');
      expect((await wordpressAdapter.article(SEED_SLUG, context('ru'))).id).to.equal('7');
    });

    it('works with the ?rest_route= form of sites without pretty permalinks', async () => {
      fakeWordPress();
      const article = await wordpressAdapter.article('5', context('kk', 'http://127.0.0.1:8089/?rest_route='));
      expect(article.title).to.equal('Сандық технология сот саласына жаңа серпін берді');
      expect(new URL(fake!.calls[0]).searchParams.get('rest_route')).to.equal('/wp/v2/posts/5');
    });

    it('takes the position from a post meta field when configured, else from the author bio', async () => {
      const post = recorded.get('post-kk-embed') as Record<string, unknown>;
      fakeWordPress({ 'wp/v2/posts/5': { json: { ...post, meta: { position: 'Сот хатшысы' } } } });
      const adapter = createWordPressAdapter({ authorRoleMeta: 'position' });
      expect((await adapter.article('5', context())).author).to.deep.equal({ name: 'Дуйсенова Ақерке', role: 'Сот хатшысы' });
      expect(new URL(fake!.calls[0]).searchParams.get('_fields')).to.contain('meta.position');
      fake!.restore();
      resetPage();
      fakeWordPress();
      expect((await createWordPressAdapter({ authorRoleMeta: 'position' }).article('5', context('kk-Latn'))).author?.role).to.equal(POSITION);
    });
  });

  describe('lists', () => {
    it('reads the first hundred posts of a list of 30,000, however many a compromised site sends', async () => {
      const posts = countedList(30_000, (i) => ({ id: i, link: `http://127.0.0.1:8089/?p=${i}`, title: { rendered: `Пост ${i}` }, content: { rendered: '<p>Мәтін</p>' } }));
      const served = { ...context(), fetchJson: async () => posts.items };
      expect(await wordpressAdapter.articles({ limit: 24 }, served)).to.have.length(100);
      expect(posts.read()).to.equal(100);
    });

    it('decodes WordPress entities in titles and excerpts, and never keeps tags', async () => {
      fakeWordPress();
      const kk = await wordpressAdapter.articles({ limit: 10 }, context());
      const ru = await wordpressAdapter.articles({ limit: 10 }, context('ru'));
      const title = (list: typeof kk, id: string) => list.find((article) => article.id === id)!.title;
      expect(title(ru, '25')).to.equal('Онлайн-заседания – норма, а не исключение…');
      expect(title(kk, '23')).to.equal('Бейнебайланыс & медиация: аудандық соттарда жаңа залдар ашылды');
      expect(title(kk, '19')).to.equal('«Сот кабинеті» арқылы берілген өтініштер саны артты');
      const generated = kk.find((article) => article.id === '9')!.excerpt!;
      // WordPress's own " [&hellip;]" after a cut: a full stop already ends the teaser.
      expect(generated).to.match(/Талдықорғанның өзінде жасалады\.$/);
      for (const article of [...kk, ...ru]) expect(`${article.title} ${article.excerpt}`).to.not.match(/[<>]|&#?\w+;|\[…\]/);
      expect(kk.every((article) => article.lang === 'kk')).to.be.true;
    });

    it('lists related stories from the article categories, without the article in any language', async () => {
      fakeWordPress();
      expect((await wordpressAdapter.related('5', 6, context())).map((article) => article.id)).to.deep.equal(['23', '19']);
      expect((await wordpressAdapter.related('5', 6, context('ru'))).map((article) => article.id)).to.deep.equal(['25', '21']);
    });

    it('asks again without lang when the site does not have the language (400 rest_invalid_param)', async () => {
      fakeWordPress();
      const related = await wordpressAdapter.related('5', 6, context('en'));
      expect(related.map((article) => article.id)).to.deep.equal(['23', '19']);
      const asked = fake!.calls.map((call) => new URL(call).searchParams.get('lang'));
      expect(asked).to.deep.equal([null, 'en', null]);
    });

    it('uses a related-posts plugin route when configured', async () => {
      fakeWordPress({ 'yarpp/v1/related/5?lang=kk&limit=3': { json: recorded.get('related-kk') } });
      const adapter = createWordPressAdapter({ relatedRoute: 'yarpp/v1/related/{id}' });
      expect((await adapter.related('5', 3, context())).map((article) => article.id)).to.deep.equal(['23', '19']);
    });

    it('finds a tag by its (Cyrillic) slug and lists its posts', async () => {
      fakeWordPress();
      const tagged = await wordpressAdapter.articles({ tag: 'цифрландыру', limit: 6 }, context());
      expect(tagged.map((article) => article.id)).to.deep.equal(['19', '5']);
    });

    it('uses the version of a category in the reader language', async () => {
      const categories = recorded.get('categories') as { slug: string }[];
      fakeWordPress({
        'wp/v2/categories?slug=sot': { json: categories.filter((category) => category.slug === 'sot') },
        'wp/v2/categories?include=2': { json: categories.filter((category) => category.slug === 'sot') },
        'wp/v2/posts?categories=3&lang=ru&per_page=6': { json: [] },
      });
      expect(await wordpressAdapter.articles({ category: 'sot', limit: 6 }, context('ru'))).to.deep.equal([]);
      expect(await wordpressAdapter.articles({ category: '2', limit: 6 }, context('ru'))).to.deep.equal([]);
      // Both name the Kazakh category; the Russian one (3) is listed, once for the page.
      expect(fake!.calls.map((call) => routeKey(new URL(call)))).to.deep.equal([
        'wp/v2/categories?slug=sot',
        'wp/v2/posts?categories=3&lang=ru&per_page=6',
        'wp/v2/categories?include=2',
      ]);
    });

    it('lists nothing for a category the site does not have', async () => {
      fakeWordPress({ 'wp/v2/categories?slug=sport': { json: [] } });
      expect(await wordpressAdapter.articles({ category: 'sport', limit: 6 }, context())).to.deep.equal([]);
      expect(fake!.calls).to.have.length(1);
    });

    it('never asks for more than the 100 posts WordPress allows per page', async () => {
      fakeWordPress({ 'wp/v2/posts?lang=kk&per_page=100': { json: [] } });
      await wordpressAdapter.articles({ limit: 500 }, context());
      expect(new URL(fake!.calls[0]).searchParams.get('per_page')).to.equal('100');
    });

    it('drops a post with an unsafe link and strips markup from hostile text', async () => {
      const [first, second] = recorded.get('related-kk') as Record<string, unknown>[];
      fakeWordPress({
        'wp/v2/posts?lang=kk&per_page=6': {
          json: [
            { ...first, link: ' JaVaScRiPt:alert(1)' },
            { ...second, title: { rendered: 'Сот <img src=x onerror=alert(1)><script>alert(2)</script>' } },
          ],
        },
      });
      const list = await wordpressAdapter.articles({ limit: 6 }, context());
      expect(list.map((article) => [article.id, article.title])).to.deep.equal([['19', 'Сот']]);
    });
  });

  describe('errors', () => {
    it('reports a missing post as not found, with WordPress own code in the message', async () => {
      fakeWordPress();
      const error = await failure(wordpressAdapter.article('999999', context()));
      expect(error).to.include({ reason: 'http', status: 404 });
      expect(error.message).to.contain('rest_post_invalid_id');
    });

    for (const [what, id] of [['a draft', '27'], ['a private post', '29']]) {
      it(`reports ${what} (401 rest_forbidden) as refused, not missing`, async () => {
        fakeWordPress();
        const error = await failure(wordpressAdapter.article(id, context()));
        expect(error).to.include({ reason: 'http', status: 401 });
        expect(error.message).to.contain('rest_forbidden').and.contain('security plugin');
      });
    }

    it('says a wrong endpoint is not a WordPress REST API (rest_no_route)', async () => {
      fakeWordPress();
      const error = await failure(wordpressAdapter.article('5', context('kk', 'http://127.0.0.1:8089/wp-json/wp')));
      expect(error).to.include({ reason: 'unsupported', status: 404 });
      expect(error.message).to.contain('rest_no_route').and.contain('/wp-json');
    });

    it('explains a non-list answer to a list route as a shape error', async () => {
      fakeWordPress({ 'wp/v2/posts?lang=kk&per_page=6': { json: { posts: [] } } });
      expect((await failure(wordpressAdapter.articles({ limit: 6 }, context()))).reason).to.equal('shape');
    });

    it('has no mourning days', async () => {
      expect((await failure(wordpressAdapter.mourning(context()))).reason).to.equal('unsupported');
    });
  });

  describe('<news-article-card adapter="wordpress">', () => {
    const link = (card: Element) => card.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="link"]');

    it('renders the seed article with the author position from the user description', async () => {
      fakeWordPress();
      const card = await fixture(html`<news-article-card adapter="wordpress" endpoint=${WP} article-id="5"></news-article-card>`);
      await waitUntil(() => link(card), 'the card never loaded', { timeout: 4000 });
      expect(link(card)!.textContent).to.equal('Сандық технология сот саласына жаңа серпін берді');
      expect(link(card)!.href).to.equal(recordedLink(recorded.get('post-kk-embed')));
      const text = shownText(card);
      expect(text).to.contain('Дуйсенова Ақерке').and.contain(POSITION).and.contain('Сот').and.contain('2023 ж. 10 маусым');
      expect(card.shadowRoot!.querySelector('time')!.dateTime).to.equal('2023-06-10T03:00:00.000Z');
      await expect(card).to.be.accessible();
    });

    it('shows the Russian translation to a Russian reader', async () => {
      fakeWordPress();
      const card = await fixture(html`<news-article-card lang="ru" adapter="wordpress" endpoint=${WP} article-id="5"></news-article-card>`);
      await waitUntil(() => link(card), 'the card never loaded', { timeout: 4000 });
      expect(link(card)!.textContent).to.equal('Цифровые технологии дали новый импульс судебной системе');
      expect(shownText(card)).to.contain('10 июня 2023 г.');
    });

    it('says a draft is not shown, offers Retry, and recovers once the post is published', async () => {
      let published = false;
      const post = { ...(recorded.get('post-kk-embed') as object), id: 27 };
      fakeWordPress({ 'wp/v2/posts/27': () => (published ? { json: post } : { status: 401, json: recorded.get('error-draft') }) });
      const card = await fixture(html`<news-article-card adapter="wordpress" endpoint=${WP} article-id="27"></news-article-card>`);
      const { detail } = await oneEvent(card, 'news-error');
      expect(detail).to.include({ reason: 'http', status: 401 });
      await waitForText(card, 'Сайт бұл материалды көрсетуге рұқсат бермеді.');
      await expect(card).to.be.accessible();
      published = true;
      card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!.click();
      await waitUntil(() => link(card), 'Retry did not load the post', { timeout: 4000 });
    });

    it('says the source is not supported when the endpoint is the site, not its REST API root', async () => {
      // The site's theme answers an unknown path with its own HTML 404 page.
      fakeWordPress({ '/wp/v2/posts/5': { status: 404, body: '<!doctype html><title>Бет табылмады</title>', headers: { 'Content-Type': 'text/html' } } });
      const card = await fixture(html`<news-article-card adapter="wordpress" endpoint="http://127.0.0.1:8089" article-id="5"></news-article-card>`);
      const { detail } = await oneEvent(card, 'news-error');
      expect(detail).to.include({ reason: 'unsupported', status: 404 });
      expect(detail.message).to.contain('/wp-json');
      await waitForText(card, 'Бұл дереккөзге қолдау көрсетілмейді.');
      await expect(card).to.be.accessible();
    });
  });
});

/** The permalink of a recorded post, as WordPress gave it. */
function recordedLink(post: unknown): string {
  return (post as { link: string }).link;
}

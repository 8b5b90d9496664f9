/**
 * Property-based tests of the three adapters (native, WordPress, JSON Feed): arbitrary JSON, and
 * real answers with a few of their values replaced by hostile ones (the corpus of
 * test/security/xss-vectors.ts, impossible dates and numbers, wrong types) or removed, through
 * every method a widget calls, the story-list pairing included. What must always hold:
 * - the load ends with a valid value or a `NewsDataError` of a known reason, never another throw;
 * - no URL but an http(s) one without credentials survives into what a widget renders;
 * - text stays text: every text field is a string, and the native contract's text is the text sent;
 * - it takes bounded time (a generous bound: the machine is shared; a pathological case takes seconds).
 * `npm test` runs 100 cases a property; `npm run fuzz` NEWS_FUZZ times as many (test/helpers/property-runs.ts).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Adapter, AdapterContext } from '../../src/data/adapters/adapter.js';
import { jsonFeedAdapter } from '../../src/data/adapters/jsonfeed.js';
import { nativeAdapter } from '../../src/data/adapters/native.js';
import { wordpressAdapter } from '../../src/data/adapters/wordpress.js';
import { MAX_STORIES, storyListRequest } from '../../src/data/related.js';
import { NewsDataError, type Article, type Lang, type MourningDay } from '../../src/data/types.js';
import { isShowableInstant } from '../../src/i18n/dates.js';
import { loadFixtures } from '../helpers/fixture-files.js';
import { TEXT_VECTORS, UNSAFE_URLS } from '../security/xss-vectors.js';
import { propertyRuns, propertyTimeout } from '../helpers/property-runs.js';

type Json = Record<string, unknown>;

const REASONS = ['network', 'timeout', 'http', 'not-json', 'shape', 'unsupported'];
/**
 * The most one case may take: far above what any real answer costs (a few ms), far below a
 * pathological one (seconds). 500 ms was passed once on a loaded machine by an ordinary feed.
 */
const CASE_MS = 2000;
const LANGS: Lang[] = ['kk', 'ru', 'en', 'kk-Latn'];

/* ---------------------------------------------------------------------------------------------
 * What must hold of whatever an adapter returns.
 * ------------------------------------------------------------------------------------------- */

/** Why `value` is not an http(s) URL a widget may use, or undefined when it is one. */
function notHttp(value: unknown): string | undefined {
  if (typeof value !== 'string') return `not a string: ${JSON.stringify(value)}`;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return `a ${url.protocol} URL: ${value}`;
    if (url.username || url.password) return `credentials: ${value}`;
    return undefined;
  } catch {
    return `not absolute: ${value}`;
  }
}

const optionalText = (value: unknown) => value === undefined || (typeof value === 'string' && value.length > 0);

/** Everything wrong with an article as the elements would render it. */
function articleProblems(article: Article): string[] {
  const problems: string[] = [];
  const expectThat = (ok: boolean, what: string) => ok || problems.push(what);
  expectThat(typeof article.id === 'string' && article.id.length > 0, 'id');
  expectThat(typeof article.title === 'string' && article.title.length > 0, 'title');
  const url = notHttp(article.url);
  if (url) problems.push(`url ${url}`);
  for (const field of ['lang', 'excerpt'] as const) expectThat(optionalText(article[field]), field);
  if (article.publishedAt !== undefined) expectThat(typeof article.publishedAt === 'string' && isShowableInstant(Date.parse(article.publishedAt)), `publishedAt ${article.publishedAt}`);
  if (article.author) expectThat(typeof article.author.name === 'string' && optionalText(article.author.role), 'author');
  if (article.image) {
    const src = notHttp(article.image.src);
    if (src) problems.push(`image.src ${src}`);
    for (const candidate of article.image.srcset?.split(', ') ?? []) {
      const entry = notHttp(candidate.split(' ')[0]);
      if (entry) problems.push(`srcset ${entry}`);
    }
    expectThat(article.image.alt === undefined || typeof article.image.alt === 'string', 'image.alt');
    for (const side of ['width', 'height'] as const) {
      const size = article.image[side];
      expectThat(size === undefined || (Number.isFinite(size) && size >= 1 && size <= 65_535), `image.${side} ${size}`);
    }
  }
  if (article.category) {
    expectThat(typeof article.category.name === 'string' && optionalText(article.category.id), 'category');
    if (article.category.url !== undefined) {
      const categoryUrl = notHttp(article.category.url);
      if (categoryUrl) problems.push(`category.url ${categoryUrl}`);
    }
  }
  if (article.tags) expectThat(Array.isArray(article.tags) && article.tags.every((tag) => typeof tag === 'string' && tag.length > 0), 'tags');
  if (article.readingMinutes !== undefined) expectThat(Number.isInteger(article.readingMinutes) && article.readingMinutes >= 1 && article.readingMinutes <= 600, `readingMinutes ${article.readingMinutes}`);
  if (article.translations) expectThat(Object.values(article.translations).every((id) => typeof id === 'string' && id.length > 0), 'translations');
  return problems;
}

function dayProblems(day: MourningDay): string[] {
  const problems: string[] = [];
  if (!/^\d{4}-\d\d-\d\d$/.test(day.date) || day.date < '0001') problems.push(`date ${day.date}`);
  if (day.endDate !== undefined && !(day.endDate >= day.date)) problems.push(`endDate ${day.endDate}`);
  if (typeof day.title !== 'string' || !day.title) problems.push('title');
  if (day.url !== undefined && notHttp(day.url)) problems.push(`url ${notHttp(day.url)}`);
  return problems;
}

/** Runs one load and checks its outcome; the list of problems is empty when every invariant held. */
async function outcomeProblems(load: () => Promise<unknown>, what: 'article' | 'list' | 'days'): Promise<string[]> {
  const started = performance.now();
  let value: unknown;
  try {
    value = await load();
  } catch (error) {
    if (!(error instanceof NewsDataError)) return [`threw ${String(error)}`];
    if (!REASONS.includes(error.reason)) return [`reason ${error.reason}`];
    if (error.url !== undefined && notHttp(error.url)) return [`error url ${notHttp(error.url)}`];
    return [];
  }
  const took = performance.now() - started;
  const problems = took > CASE_MS ? [`took ${Math.round(took)} ms`] : [];
  if (what === 'article') return [...problems, ...articleProblems(value as Article)];
  if (!Array.isArray(value)) return [...problems, `not a list: ${typeof value}`];
  if (what === 'list' && value.length > MAX_STORIES) problems.push(`${value.length} stories`);
  return [...problems, ...value.flatMap((each, i) => (what === 'days' ? dayProblems(each) : articleProblems(each)).map((problem) => `#${i} ${problem}`))];
}

/* ---------------------------------------------------------------------------------------------
 * What an endpoint may send.
 * ------------------------------------------------------------------------------------------- */

/** Values a compromised endpoint might put anywhere: the XSS corpus, unsafe URLs, impossible dates and numbers, wrong types. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...TEXT_VECTORS, ...UNSAFE_URLS),
  fc.constantFrom(
    '+275760-09-13T00:00:00Z', '-271821-04-20T00:00:00Z', '0000-01-01', '2026-02-30T00:00:00Z', '9999-12-31T23:00:00Z',
    1e308, -1, 0, -0, 0.5, 2 ** 53, 100_000, '', ' ', 'https://user:secret@example.kz/x', 'https://example.kz/ok', '/relative',
    '.', '..', '__proto__', 'constructor', true, null, [], {}, { rendered: '<script>x()</script>' },
  ),
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

/** Every path to a value inside `value` (keys of objects, indices of arrays). */
function pathsIn(value: unknown, path: (string | number)[] = [], found: (string | number)[][] = []): (string | number)[][] {
  found.push(path);
  if (Array.isArray(value)) value.forEach((each, i) => pathsIn(each, [...path, i], found));
  else if (value && typeof value === 'object') for (const [key, each] of Object.entries(value)) pathsIn(each, [...path, key], found);
  return found;
}

interface Mutation {
  at: number;
  op: 'replace' | 'delete' | 'wrap';
  value: unknown;
}

/** `original` with each mutation applied at one of its paths (a copy; the original is left alone). */
function mutate(original: unknown, mutations: Mutation[]): unknown {
  let root = structuredClone(original);
  for (const { at, op, value } of mutations) {
    const paths = pathsIn(root);
    const path = paths[at % paths.length];
    if (path.length === 0) {
      root = op === 'wrap' ? [root] : op === 'replace' ? value : undefined;
      continue;
    }
    const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Json)[key as string], root) as Json | unknown[];
    const key = path.at(-1)!;
    if (op === 'delete' && Array.isArray(parent)) parent.splice(key as number, 1);
    else if (op === 'delete') delete (parent as Json)[key as string];
    else (parent as Json)[key as string] = op === 'wrap' ? { rendered: value, 0: (parent as Json)[key as string] } : value;
  }
  return root;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({ at: fc.nat(), op: fc.constantFrom('replace', 'delete', 'wrap'), value: hostileValue });

/** A real answer with one to six of its values changed, or arbitrary JSON. */
const answerFrom = (real: readonly unknown[]): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...real), fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([answer, changes]) => mutate(answer, changes)) },
    { weight: 1, arbitrary: fc.jsonValue() },
  );

/** A failed request as the client reports it, the endpoint's error body included (an adapter reads it). */
const failedAnswer = fc.record({ status: fc.constantFrom(400, 401, 403, 404, 410, 429, 500), body: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.record({ code: fc.string(), message: hostileValue, data: fc.jsonValue({ maxDepth: 2 }) })) });

/** An answer per route, or a failure: what `fetchJson` hands the adapter. */
type Served = unknown | { failed: { status: number; body: unknown } };
const servedFrom = (real: readonly unknown[]) => fc.oneof({ weight: 9, arbitrary: answerFrom(real) }, { weight: 1, arbitrary: failedAnswer.map((failed) => ({ failed })) });

/** The adapter's context: `answer(url)` decides what each request gets. */
function contextFor(endpoint: string, lang: Lang, answer: (url: URL) => Served): AdapterContext {
  return {
    endpoint,
    lang,
    fetchJson: async (url) => {
      const served = answer(new URL(url));
      const failed = (served as { failed?: { status: number; body: unknown } } | null)?.failed;
      if (failed) throw new NewsDataError('http', `The endpoint answered ${failed.status}.`, failed.status, url, failed.body);
      return served;
    },
  };
}

/** Every load a widget makes through `adapter`, as the property tests run them. */
function loads(adapter: Adapter, context: AdapterContext, id: string): [what: 'article' | 'list' | 'days', load: () => Promise<unknown>][] {
  const source = { endpoint: context.endpoint, adapter: 'property', lang: context.lang };
  const list = (query: Parameters<typeof storyListRequest>[1]) => () => storyListRequest(source, query)!.read(adapter, context);
  return [
    ['article', () => adapter.article(id, context)],
    ['list', list({ articleId: id, limit: 6 })],
    ['list', list({ category: 'c', articleId: id, limit: MAX_STORIES })],
    ['list', list({ tag: 't', limit: 3 })],
    ['days', () => adapter.mourning(context)],
  ];
}

async function expectEveryLoadHolds(adapter: Adapter, context: AdapterContext, id: string): Promise<void> {
  for (const [what, load] of loads(adapter, context, id)) {
    const problems = await outcomeProblems(load, what);
    expect(problems, `${what}: ${problems.join('; ')}`).to.deep.equal([]);
  }
}

/* ---------------------------------------------------------------------------------------------
 * The properties.
 * ------------------------------------------------------------------------------------------- */

const WORDPRESS = ['post-kk-embed', 'post-ru-embed', 'post-kk-by-slug', 'post-kk-fields-no-links', 'post-kk-rest-route', 'posts-embed-lang-kk', 'posts-embed-lang-ru', 'related-kk', 'related-ru', 'posts-by-tag', 'posts-embed', 'posts-page-2', 'search-posts', 'post-kk-fields', 'post-ru-fields', 'post-kk-embed-subset', 'categories', 'tags', 'tags-by-slug', 'error-post-not-found', 'error-no-route', 'error-lang-unknown'];
const JSON_FEEDS = ['feed', 'feed-2', 'feed-3', 'feed-1.0', 'feed-bilingual', 'feed-ru', 'mixed-items', 'bad-items', 'not-a-feed', 'wrong-version', 'items-not-array'];
const DEMO_ARTICLES = ['court-digital', 'court-digital-ru', 'court-digital-en', 'court-cabinet', 'legal-aid-ru', 'mediation-halls', 'munix-2026', 'online-hearings-ru', 'reforms-parliament', 'youth-leaders-ru', 'zhetisu-medicine', 'zhetisu-medicine-ru'];

/** Cases a property tries in `npm test`. */
const RUNS = 100;

describe('adapters, property-based', () => {
  let wordpress: unknown[];
  let feeds: unknown[];
  let native: unknown[];

  before(async () => {
    wordpress = [...(await loadFixtures('wordpress', WORDPRESS)).values()];
    feeds = [...(await loadFixtures('jsonfeed', JSON_FEEDS)).values()];
    const articles = await Promise.all(DEMO_ARTICLES.map(async (name) => (await fetch(`/demo/data/articles/${name}.json`)).json()));
    const mourning = await (await fetch('/demo/data/mourning.json')).json();
    // The demo's mourning days carry their text per language; the endpoint sends one language's.
    const days = (mourning.days as Json[]).map((day) => ({ ...day, title: (day.title as Json).kk, message: (day.message as Json | undefined)?.kk }));
    native = [...articles, { items: articles }, { items: articles.slice(0, 4) }, { days }];
  });

  it('native: every load of a near-valid or arbitrary answer ends valid or as a typed error', async function () {
    this.timeout(await propertyTimeout(10_000 + RUNS * 60));
    await fc.assert(
      fc.asyncProperty(servedFrom(native), fc.constantFrom(...LANGS), fc.constantFrom('court-digital', '7', 'a b/c'), async (served, lang, id) => {
        await expectEveryLoadHolds(nativeAdapter, contextFor('https://news.example/api', lang, () => served), id);
      }),
      await propertyRuns(RUNS),
    );
  });

  it('native: text is shown as the text sent, trimmed, never read as markup', async function () {
    this.timeout(await propertyTimeout(10_000 + RUNS * 20));
    const article = (title: string, excerpt: string) => ({ id: 'a', url: 'https://example.kz/a', title, excerpt });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constantFrom(...TEXT_VECTORS), fc.string({ unit: 'grapheme' })), fc.oneof(fc.constantFrom(...TEXT_VECTORS), fc.string()), async (title, excerpt) => {
        fc.pre(title.trim() !== '');
        const shown = await nativeAdapter.article('a', contextFor('https://news.example/api', 'kk', () => article(title, excerpt)));
        expect(shown.title).to.equal(title.trim());
        expect(shown.excerpt).to.equal(excerpt.trim() || undefined);
      }),
      await propertyRuns(RUNS),
    );
  });

  it('WordPress: every load of near-valid or arbitrary posts, lists and terms ends valid or as a typed error', async function () {
    this.timeout(await propertyTimeout(10_000 + RUNS * 120));
    await fc.assert(
      fc.asyncProperty(fc.record({ post: servedFrom(wordpress), list: servedFrom(wordpress), terms: servedFrom(wordpress) }), fc.constantFrom(...LANGS), fc.constantFrom('5', 'сандық-технология', '7'), async (routes, lang, id) => {
        const answer = (url: URL) => {
          const route = url.pathname.replace(/^\/wp-json\//, '');
          return /^wp\/v2\/posts\/\d+$/.test(route) ? routes.post : /^wp\/v2\/(categories|tags)$/.test(route) ? routes.terms : routes.list;
        };
        await expectEveryLoadHolds(wordpressAdapter, contextFor('http://127.0.0.1:8089/wp-json', lang, answer), id);
      }),
      await propertyRuns(RUNS),
    );
  });

  it('JSON Feed: every load of near-valid or arbitrary feed pages ends valid or as a typed error', async function () {
    this.timeout(await propertyTimeout(10_000 + RUNS * 80));
    await fc.assert(
      fc.asyncProperty(fc.array(servedFrom(feeds), { minLength: 1, maxLength: 3 }), fc.constantFrom(...LANGS), fc.constantFrom('court-digital', '42', 'h0'), async (pages, lang, id) => {
        // Each page URL gets its own answer; one that names a next page leads to the next answer.
        const asked = new Map<string, Served>();
        const answer = (url: URL) => {
          if (!asked.has(url.href)) asked.set(url.href, pages[asked.size % pages.length]);
          return asked.get(url.href);
        };
        await expectEveryLoadHolds(jsonFeedAdapter, contextFor('https://news.example/{lang}/feed.json', lang, answer), id);
      }),
      await propertyRuns(RUNS),
    );
  });
});

/* ---------------------------------------------------------------------------------------------
 * What the properties found, fixed, each kept as a named case.
 * ------------------------------------------------------------------------------------------- */

describe('adapters: cases the properties found', () => {
  const served = (answer: unknown) => contextFor('https://news.example/api', 'kk', () => answer);

  it('an image 5e-324 px wide (native) loses its width, not its story', async () => {
    const article = { id: 'a', url: 'https://example.kz/a', title: 'Тақырып', image: { src: 'https://example.kz/a.svg', width: 5e-324, height: 675 } };
    const shown = await nativeAdapter.article('a', served(article));
    expect([shown.image?.width, shown.image?.height]).to.deep.equal([undefined, 675]);
  });

  it('a WordPress image 0.5 px wide loses its width, not its post', async () => {
    const media = { media_type: 'image', source_url: 'http://127.0.0.1:8089/a.jpg', media_details: { width: 0.5, height: 338 } };
    const post = { id: 5, link: 'http://127.0.0.1:8089/?p=5', title: { rendered: 'Пост' }, _embedded: { 'wp:featuredmedia': [media] } };
    const shown = await wordpressAdapter.article('5', contextFor('http://127.0.0.1:8089/wp-json', 'kk', () => post));
    expect([shown.image?.src, shown.image?.width, shown.image?.height]).to.deep.equal(['http://127.0.0.1:8089/a.jpg', undefined, 338]);
  });
});

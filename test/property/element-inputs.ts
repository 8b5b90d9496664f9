/**
 * What the element property tests feed the widgets: attribute values nobody would type but a CMS
 * editor or a hostile embed will (fully arbitrary strings, edge numbers, selectors, URLs of every
 * scheme), near-valid ones built from each element's real vocabulary, and data for the `article`
 * and `articles` properties and for a stubbed endpoint: arbitrary JSON and mutations of real
 * answers. Nothing here points at a host that resolves: the mock endpoint is on the page's own
 * origin, and an image the data names is on it or under `.invalid`.
 */
import fc from 'fast-check';
import { toKazakhstanDateString } from '../../src/i18n/kazakhstan-time.js';
import { sampleArticle } from '../helpers/fake-fetch.js';
import { TEXT_VECTORS } from '../security/xss-vectors.js';

/** Strings that mean something to a number, URL, date or CSS parser, or to nothing at all. */
const EDGE_STRINGS = [
  '', ' ', '\t\n\r ', '\u00a0', '\u200b', '\ufeff', '0', '-0', '+0', '1', '-1', '2', '3', '6', '7', '24', '25', '1e308', '-1e308',
  '1e-308', '5e-324', 'NaN', 'Infinity', '-Infinity', '0x10', '0b11', '1_000', '3.5', '.5', '١٢', '９', '99999999999999999999', '100000',
  '2147483648', 'null', 'undefined', 'true', 'false', '[]', '{}', '.', '..', '../..', '/', '//', '?', '#', '%', '%00', '%2e%2e', '\\',
  '*', 'html', 'body', ':root', 'a[title="x', '.ad:not(.x', 'a/*', '}', '{}*{display:none}', '<', '</style>', '\u202e', '\ud800',
];

const SCHEMES = ['javascript:', 'JaVaScRiPt:', ' javascript:', 'data:', 'blob:', 'file:', 'about:', 'ftp:', 'ws:', 'wss:', 'mailto:', 'tel:', 'vbscript:', 'chrome:', 'view-source:', 'http:', 'https:', 'HTTPS:'];

/** URLs of every scheme, with credentials, relative, protocol-relative, or not quite URLs. */
export const anyUrl: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom(...SCHEMES), fc.constantFrom('', '//', '///'), fc.string()).map(([scheme, slashes, rest]) => scheme + slashes + rest),
  fc.tuple(fc.constantFrom('http', 'https'), fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 })).map(([scheme, user, password]) => `${scheme}://${user}:${password}@news.invalid/api`),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom('//news.invalid/x', '/relative/path', 'relative', '?q=1', '#only', '  https://news.invalid/padded  '),
);

/** Any string at all: unicode of every kind, edge numbers and words, markup, URLs, ten thousand characters. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary' }), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme' }), weight: 2 },
  { arbitrary: fc.constantFrom(...EDGE_STRINGS), weight: 4 },
  { arbitrary: fc.double().map(String), weight: 1 },
  { arbitrary: fc.bigInt().map(String), weight: 1 },
  { arbitrary: anyUrl, weight: 2 },
  { arbitrary: fc.constantFrom(...TEXT_VECTORS), weight: 1 },
  { arbitrary: fc.tuple(fc.string({ minLength: 1, maxLength: 3 }), fc.constantFrom(10_000, 10_001)).map(([unit, length]) => unit.repeat(length).slice(0, length)), weight: 1 },
);

/** A value near `values`: one of them, differently cased or padded, or a neighbour of it. */
const near = (...values: string[]): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...values), weight: 6 },
    { arbitrary: fc.constantFrom(...values).map((value) => value.toUpperCase()), weight: 1 },
    { arbitrary: fc.constantFrom(...values).map((value) => ` ${value}\n`), weight: 1 },
    { arbitrary: fc.tuple(fc.constantFrom(...values), fc.constantFrom(...values)).map((pair) => pair.join(' ')), weight: 1 },
  );

const todayInKazakhstan = () => toKazakhstanDateString(Date.now());
const LANGS = ['kk', 'ru', 'en', 'kk-Latn', 'kk-latn', 'kk-Cyrl', 'ru-RU', 'en-GB', 'kz', 'qq'];
const IDS = ['court-digital', 'court-digital-ru', 'court-cabinet', 'legal-aid', 'munix-2026-en', 'missing', '.', '..', 'a/b', 'a?b', 'a#b', '%2e', 'court digital'];
const NUMBERS = ['0', '1', '2', '3', '6', '7', '24', '25', '-1', '3.5', '1e308', '100000', 'NaN', ''];
const DATES = ['today', '2026-06-12', '2023-06-12', '2020-01-01', '2026-02-30', '2026-13-01', '+275760-09-13', '-271821-04-20', '0000-01-01', '9999-12-31', '2024-02-29', '2024-03-01', '26-06-12', '2026-6-12'];
/** The mock endpoint's fault modes (demo/mock-endpoint.js) that end within a short timeout or fail at once. */
const MOCK_MODES = ['', 'slow/', 'hang/', 'fail/', 'unavailable/', 'not-json/', 'malformed/', 'hostile/', 'empty/', 'mourning-today/', 'bad-gateway/', 'not-found/', 'truncated/', 'reset/', 'wrong-type/', 'partial/', 'drip/'];

/** Endpoints on the mock endpoint (on this page's origin), in every fault mode, with queries, fragments and slashes. */
export const mockEndpoint: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...MOCK_MODES), fc.constantFrom('', '/', '//'), fc.constantFrom('', '?key=abc', '?key=a%20b&lang=ru', '#f', '?key=abc#f', '?'))
  .map(([mode, slash, tail]) => `${location.origin}/api/${mode}`.replace(/\/$/, '') + slash + tail);

/** Each element's attributes, with the values near what it expects; `endpoint` is added by the network. */
const VOCABULARY: Record<string, Record<string, fc.Arbitrary<string>>> = {
  'news-article-card': {
    'article-id': fc.constantFrom(...IDS),
    variant: near('default', 'compact', 'horizontal', 'hero'),
    'heading-level': fc.constantFrom('1', '2', '3', '6', '7', '2.5', '-3', '1e308'),
    'with-excerpt': fc.constant(''),
    skeleton: fc.constant(''),
    position: fc.constantFrom(...NUMBERS),
  },
  'news-related-rail': {
    'article-id': fc.constantFrom(...IDS),
    category: fc.constantFrom('courts', 'society', 'regions', 'none', '', ' '),
    tag: fc.constantFrom('digital', 'youth', 'health', 'none', ''),
    limit: fc.constantFrom(...NUMBERS),
    layout: near('rail', 'list', 'grid'),
    heading: fc.constantFrom('', ' ', 'Ұқсас жаңалықтар', '<b>Related</b>'),
    'heading-level': fc.constantFrom('1', '2', '5', '6', '7', 'NaN'),
    'show-empty': fc.constant(''),
  },
  'news-mourning-banner': {
    date: fc.oneof(fc.constant('today'), fc.constantFrom(...DATES)).map((date) => (date === 'today' ? todayInKazakhstan() : date)),
    'end-date': fc.oneof(fc.constant('today'), fc.constantFrom(...DATES)).map((date) => (date === 'today' ? todayInKazakhstan() : date)),
    recurring: fc.constant(''),
    'message-kk': fc.constantFrom('Қаза тапқандарды еске аламыз.', '', '<img src=x onerror=alert(1)>'),
    'message-ru': fc.constantFrom('Скорбим вместе.', ''),
    href: anyUrl,
    grayscale: near('page', 'media', 'none', ''),
    hide: fc.constantFrom('.spot_img', '.spot_img, .entertainment', '.ad', 'html', '*', 'body', ':root', 'a[title="x', '.ad:not(.x', 'a/*', 'div', 'news-mourning-banner', ':has(news-mourning-banner)', 'p:not(:defined)', '#mocha'),
    dismissible: fc.constant(''),
    'time-zone-offset': fc.constantFrom('+05:00', '+06:00', '-12:00', '+14:00', '+99:99', 'Z', '5', '+5', 'UTC'),
  },
  'news-language-switcher': {
    languages: fc.subarray(['kk', 'ru', 'en', 'kk-Latn', 'kk-latn', 'de', '', 'kk']).map((langs) => langs.join(' ')),
    value: near(...LANGS),
    variant: near('buttons', 'menu'),
    navigate: fc.constant(''),
    'hide-missing': fc.constant(''),
  },
};

const SHARED = {
  lang: near(...LANGS),
  adapter: near('native', 'wordpress', 'jsonfeed', 'rss'),
  theme: near('light', 'dark', 'auto'),
};

export const ELEMENTS = Object.keys(VOCABULARY);

/** The names an element's attributes are fuzzed under: its own and the shared ones (the switcher loads nothing: no adapter). */
export const attributeNames = (tag: string): string[] =>
  [...Object.keys(VOCABULARY[tag]), ...Object.keys(SHARED)].filter((name) => tag !== 'news-language-switcher' || name !== 'adapter');

/** A value for one attribute: near what it expects, or anything at all. */
export const attributeValue = (tag: string, name: string): fc.Arbitrary<string> =>
  fc.oneof({ arbitrary: VOCABULARY[tag][name] ?? SHARED[name as keyof typeof SHARED] ?? mockEndpoint, weight: 3 }, { arbitrary: anyString, weight: 2 });

/** How often an attribute is set: what says what to show nearly always, what switches showing off seldom. */
const PRESENCE: Record<string, number> = { 'article-id': 0.85, date: 0.6, skeleton: 0.05, 'time-zone-offset': 0.15, adapter: 0.2 };

/** Some of an element's attributes, each near-valid or arbitrary. */
export const attributesOf = (tag: string): fc.Arbitrary<Record<string, string>> =>
  fc
    .tuple(
      ...attributeNames(tag).map((name) => {
        const present = Math.round((PRESENCE[name] ?? 0.4) * 100);
        return fc.oneof(
          { arbitrary: attributeValue(tag, name).map((value) => [name, value] as const), weight: present },
          { arbitrary: fc.constant(undefined), weight: 100 - present },
        );
      }),
    )
    .map((pairs) => Object.fromEntries(pairs.filter((pair) => pair !== undefined)));

/* ---------------------------------------------------------------------------------------------
 * Data: arbitrary JSON, and real answers with some fields broken.
 * ------------------------------------------------------------------------------------------- */

type Json = Record<string, unknown>;

const anyNumber = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 8.64e15, 2 ** 31));
const anyDate = fc.oneof(
  fc.date({ noInvalidDate: true, min: new Date(-8.64e15), max: new Date(8.64e15) }).map((date) => date.toISOString()),
  fc.constantFrom('+275760-09-13T00:00:00Z', '-271821-04-20T00:00:00Z', '0000-01-01', '9999-12-31T23:59:59Z', '2026-02-30T00:00:00Z', '2026-06-10', 'yesterday', ''),
  fc.constant('now').map(() => new Date(Date.now() - 3 * 3600_000).toISOString()),
);
/** Image sources that never leave the test machine: the mock's images, or hosts under `.invalid`. */
const imageSource = fc.oneof(
  fc.constantFrom(`${location.origin}/api/images/court-digital.svg`, '/api/images/court-digital.svg', 'https://images.invalid/a.jpg'),
  anyUrl.filter((url) => !/^\s*https?:/i.test(url) || /\.invalid[:/]/.test(url)),
);
const anyJson = fc.jsonValue({ maxDepth: 3 });

/** A value for each field of an article that may break it: the wrong type, an edge value, or markup. */
const FIELD_VALUES: Record<string, fc.Arbitrary<unknown>> = {
  id: fc.oneof(fc.constantFrom(...IDS), anyString, anyNumber),
  lang: fc.oneof(fc.constantFrom(...LANGS), anyString),
  url: fc.oneof(anyUrl, fc.webUrl()),
  title: anyString,
  excerpt: anyString,
  publishedAt: fc.oneof(anyDate, anyNumber, anyString),
  author: fc.oneof(fc.record({ name: anyString, role: anyString }, { requiredKeys: [] }), anyJson),
  image: fc.oneof(
    fc.record({ src: imageSource, alt: anyString, width: anyNumber, height: anyNumber, srcset: fc.tuple(imageSource, imageSource).map(([a, b]) => `${a} 600w, ${b} 1200w`) }, { requiredKeys: [] }),
    anyJson,
  ),
  category: fc.oneof(fc.record({ id: anyString, name: anyString, url: anyUrl }, { requiredKeys: [] }), anyJson),
  tags: fc.oneof(fc.array(anyString, { maxLength: 4 }), anyJson),
  readingMinutes: fc.oneof(anyNumber, anyString),
  translations: fc.oneof(fc.dictionary(fc.constantFrom(...LANGS), fc.constantFrom(...IDS)), anyJson),
};

/** A field set to a breaking value, or taken away. */
const mutation = fc.oneof(
  fc.constantFrom(...Object.keys(FIELD_VALUES)).chain((field) => FIELD_VALUES[field].map((value) => ({ field, value, remove: false }))),
  fc.constantFrom(...Object.keys(FIELD_VALUES)).map((field) => ({ field, value: undefined, remove: true })),
);

/** A real article (the sample of the native contract) with some of its fields broken. */
export const nearValidArticle = (id = 'court-digital'): fc.Arbitrary<Json> =>
  fc.array(mutation, { maxLength: 4 }).map((mutations) => {
    const article: Json = sampleArticle(id, { image: { src: `${location.origin}/api/images/court-digital.svg`, alt: '', width: 1200, height: 675 } });
    for (const { field, value, remove } of mutations) {
      if (remove) delete article[field];
      else article[field] = value;
    }
    return article;
  });

/** Data for the `article` property or an article answer: near-valid, or any JSON. */
export const articleData: fc.Arbitrary<unknown> = fc.oneof({ arbitrary: nearValidArticle(), weight: 3 }, { arbitrary: anyJson, weight: 1 });

/** A list of stories, each near-valid with its own id, or any JSON at all. */
export const articleListData: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.array(fc.nat(40).chain((n) => nearValidArticle(`story-${n}`)), { maxLength: 30 }), weight: 3 },
  { arbitrary: fc.array(anyJson, { maxLength: 5 }), weight: 1 },
);

/** A mourning schedule whose day is today, with its fields broken, or any JSON. */
const scheduleData: fc.Arbitrary<unknown> = fc.oneof(
  fc
    .record(
      {
        date: fc.oneof(fc.constant('today'), fc.constantFrom(...DATES), anyString),
        endDate: fc.oneof(fc.constantFrom(...DATES), anyString),
        recurring: fc.oneof(fc.boolean(), anyJson),
        title: anyString,
        message: anyString,
        grayscale: fc.oneof(fc.boolean(), anyJson),
        url: anyUrl,
      },
      { requiredKeys: ['date', 'title'] },
    )
    .map((day) => ({ days: [{ ...day, date: day.date === 'today' ? todayInKazakhstan() : day.date }] })),
  anyJson,
);

const body = (data: fc.Arbitrary<unknown>) =>
  fc.oneof({ arbitrary: data.map((value) => JSON.stringify(value) ?? 'null'), weight: 6 }, { arbitrary: fc.constantFrom('', '<html>', '{"items":', 'null', '[]'), weight: 1 });

/** An answer per kind of route, fixed for a run, so that every widget asking one URL hears one thing. */
export const stubbedEndpoint = fc.record({
  status: fc.oneof({ arbitrary: fc.constant(200), weight: 8 }, { arbitrary: fc.constantFrom(204, 301, 404, 410, 429, 500, 503), weight: 2 }),
  fault: fc.oneof({ arbitrary: fc.constant('none' as const), weight: 12 }, { arbitrary: fc.constantFrom('hang' as const, 'offline' as const), weight: 1 }),
  article: body(articleData),
  list: body(articleListData.map((items) => (Array.isArray(items) ? { items } : items))),
  mourning: body(scheduleData),
  other: body(anyJson),
});
export type StubbedEndpoint = typeof stubbedEndpoint extends fc.Arbitrary<infer T> ? T : never;

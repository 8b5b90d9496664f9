/**
 * schema/native-endpoint.openapi.json is what partners build their own endpoint from. These
 * tests hold it to the demo's mock endpoint (every route, article and language it serves must
 * fit), to the library's own reading of the data (whatever fits, the widgets accept whole), and
 * to what it must refuse (the mock's hostile and malformed answers).
 */
import { expect } from '@open-wc/testing';
import { toArticle, toArticleList, toMourningDays } from '../src/data/validate.js';
import { resolve, validate } from './helpers/json-schema.js';

type Json = Record<string, unknown>;

const LANGS = ['kk', 'ru', 'en', 'kk-Latn'];

let openapi: Json;

/** The schema of an operation's 200 answer. */
function answerSchema(operationId: string): Json {
  const operations = Object.values(openapi.paths as Record<string, Record<string, Json>>).flatMap((path) =>
    Object.values(path),
  );
  const operation = operations.find((each) => each.operationId === operationId);
  if (!operation) throw new Error(`no operation ${operationId}`);
  const ok = (operation.responses as Record<string, Json>)['200'];
  return (ok.content as Record<string, { schema: Json }>)['application/json'].schema;
}

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  expect(response.status, url).to.equal(200);
  expect(response.headers.get('content-type'), url).to.match(/^application\/json/);
  return response.json();
}

/** Fetches each URL and returns the problems with its answer, prefixed by the URL. */
async function problemsOf(operationId: string, urls: string[]): Promise<string[]> {
  const schema = answerSchema(operationId);
  const answers = await Promise.all(urls.map(getJson));
  return answers.flatMap((answer, index) =>
    validate(answer, schema, openapi).map((problem) => `${urls[index]} ${problem}`),
  );
}

/** Every article id the mock serves: each story's versions, from the list of stories. */
async function allArticleIds(): Promise<string[]> {
  const { items } = (await getJson('/api/articles?lang=kk&limit=50')) as { items: Json[] };
  const ids = items.flatMap((item) => [item.id as string, ...Object.values((item.translations ?? {}) as Json)]);
  return [...new Set(ids as string[])].sort();
}

const everyLanguage = (path: string, query = '') =>
  LANGS.map((lang) => `${path}?lang=${encodeURIComponent(lang)}${query}`);

before(async () => {
  openapi = (await getJson('/schema/native-endpoint.openapi.json')) as Json;
});

describe('native endpoint contract (OpenAPI)', () => {
  it('is an OpenAPI 3.1 document of the four GET routes of contract v1', () => {
    expect(openapi.openapi).to.equal('3.1.0');
    const paths = openapi.paths as Record<string, Json>;
    expect(Object.keys(paths).sort()).to.deep.equal([
      '/articles',
      '/articles/{id}',
      '/articles/{id}/related',
      '/mourning',
    ]);
    for (const path of Object.values(paths)) expect(Object.keys(path)).to.deep.equal(['get']);
  });

  it('requires of an article exactly id, url and title, and of a mourning day date and title', () => {
    expect(resolve(openapi, '#/components/schemas/Article').required).to.deep.equal(['id', 'url', 'title']);
    expect(resolve(openapi, '#/components/schemas/MourningDay').required).to.deep.equal(['date', 'title']);
  });

  it('makes every route take the required `lang` query parameter', () => {
    for (const path of Object.values(openapi.paths as Record<string, { get: { parameters: Json[] } }>)) {
      const lang = path.get.parameters.find((parameter) => parameter.name === 'lang');
      expect(lang).to.include({ in: 'query', required: true });
    }
  });

  it("fits its own examples, and the library's validation keeps every field of them", () => {
    const article = resolve(openapi, '#/components/schemas/Article');
    for (const example of article.examples as Json[]) {
      expect(validate(example, article, openapi)).to.deep.equal([]);
      const kept = toArticle(example);
      expect(
        Object.keys(kept)
          .filter((key) => kept[key as keyof typeof kept] !== undefined)
          .sort(),
      ).to.deep.equal(Object.keys(example).sort());
    }
    const day = resolve(openapi, '#/components/schemas/MourningDay');
    for (const example of day.examples as Json[]) {
      expect(validate(example, day, openapi)).to.deep.equal([]);
      expect(toMourningDays({ days: [example] })).to.have.length(1);
    }
  });
});

describe('the demo mock endpoint against the contract', () => {
  it('serves every article, in every language, as a valid Article', async () => {
    const ids = await allArticleIds();
    expect(ids.length, 'articles found').to.be.greaterThan(10);
    const urls = ids.flatMap((id) => everyLanguage(`/api/articles/${encodeURIComponent(id)}`));
    expect(await problemsOf('getArticle', urls)).to.deep.equal([]);
  });

  it('serves every related list as a valid ArticleList', async () => {
    const ids = await allArticleIds();
    const urls = ids.flatMap((id) => everyLanguage(`/api/articles/${encodeURIComponent(id)}/related`, '&limit=8'));
    expect(await problemsOf('getRelatedArticles', urls)).to.deep.equal([]);
  });

  it('serves lists by category and tag, and empty ones, as valid ArticleLists', async () => {
    const urls = [
      ...everyLanguage('/api/articles', '&limit=50'),
      ...everyLanguage('/api/articles', '&category=courts&limit=6'),
      ...everyLanguage('/api/articles', '&tag=digital'),
      ...everyLanguage('/api/articles', '&category=no-such-category'),
      '/api/empty/articles?lang=kk',
    ];
    expect(await problemsOf('listArticles', urls)).to.deep.equal([]);
  });

  it('serves the mourning schedule, with and without a day today, as a valid MourningSchedule', async () => {
    const urls = [
      ...everyLanguage('/api/mourning'),
      ...everyLanguage('/api/mourning-today/mourning'),
      '/api/empty/mourning?lang=kk',
    ];
    expect(await problemsOf('getMourningSchedule', urls)).to.deep.equal([]);
  });

  it('serves nothing that fits but that the widgets would drop or change', async () => {
    const ids = await allArticleIds();
    const lists = (await Promise.all(
      ids.map((id) => getJson(`/api/articles/${encodeURIComponent(id)}/related?lang=kk&limit=50`)),
    )) as { items: Json[] }[];
    for (const list of lists) expect(toArticleList(list, location.origin)).to.have.length(list.items.length);
    const schedule = (await getJson('/api/mourning-today/mourning?lang=ru')) as { days: Json[] };
    expect(toMourningDays(schedule)).to.have.length(schedule.days.length);
  });
});

describe('what the contract refuses', () => {
  it("refuses the hostile mode's unsafe links, naming each", async () => {
    const problems = await problemsOf('listArticles', ['/api/hostile/articles?lang=kk&limit=4']);
    expect(problems.some((problem) => problem.includes('/items/1/url') && problem.includes('javascript:alert(1)'))).to
      .be.true;
    expect(problems.some((problem) => problem.includes('/items/2/image/src'))).to.be.true;
    expect(problems.some((problem) => problem.includes('/items/2/category/url'))).to.be.true;
    expect(problems.some((problem) => problem.includes('/items/3/url'))).to.be.true;
    expect(problems.some((problem) => problem.includes('/items/0/'))).to.be.false;
  });

  it("refuses the malformed mode's article without a title and list without items", async () => {
    expect(await problemsOf('getArticle', ['/api/malformed/articles/court-digital?lang=kk'])).to.deep.equal([
      '/api/malformed/articles/court-digital?lang=kk /: "title" is required',
    ]);
    expect(await problemsOf('listArticles', ['/api/malformed/articles?lang=kk'])).to.deep.equal([
      '/api/malformed/articles?lang=kk /: "items" is required',
    ]);
  });

  it('refuses wrong types, scheme-relative URLs, bad dates and unknown languages', () => {
    const article = resolve(openapi, '#/components/schemas/Article');
    const problems = (value: Json) => validate(value, article, openapi);
    const valid = { id: '7', url: 'https://a.kz/7', title: 'T' };
    expect(problems(valid)).to.deep.equal([]);
    expect(problems({ ...valid, id: 7 })).to.not.be.empty;
    expect(problems({ ...valid, title: '   ' })).to.not.be.empty;
    expect(problems({ ...valid, url: '//a.kz/7' })).to.not.be.empty;
    expect(problems({ ...valid, publishedAt: '10.06.2026' })).to.not.be.empty;
    expect(problems({ ...valid, image: { src: 'https://a.kz/i.jpg', width: 0 } })).to.not.be.empty;
    expect(problems({ ...valid, translations: { ru: 5 } })).to.not.be.empty;
    expect(validate('kz', resolve(openapi, '#/components/schemas/Lang'), openapi)).to.have.length(1);
    expect(validate({ date: '2026-13-01', title: 'x' }, resolve(openapi, '#/components/schemas/MourningDay'), openapi))
      .to.not.be.empty;
  });

  it('is checked keyword by keyword: the validator refuses a keyword it does not know', () => {
    expect(() => validate({}, { oneOf: [] }, openapi)).to.throw(/unsupported keyword "oneOf"/);
  });
});

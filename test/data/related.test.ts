import { expect } from '@open-wc/testing';
import { nativeAdapter } from '../../src/data/adapters/native.js';
import { oneVersionPerStory, storyListRequest, type StoryListQuery } from '../../src/data/related.js';
import type { Article, Lang } from '../../src/data/types.js';

const story = (id: string, lang: string | undefined, translations?: Record<string, string>): Article => ({
  id,
  lang,
  url: `https://example.kz/${lang ?? 'xx'}/${id}`,
  title: id,
  translations,
});

// The seed page's related list, as the endpoint sends it: one story twice, in two languages.
const zhetisuKk = story('zhetisu-medicine', 'kk', { ru: 'zhetisu-medicine-ru' });
const zhetisuRu = story('zhetisu-medicine-ru', 'ru', { kk: 'zhetisu-medicine' });
const youthRu = story('youth-leaders-ru', 'ru', { kk: 'munix-2026', en: 'munix-2026-en' });
const munixKk = story('munix-2026', 'kk', { ru: 'youth-leaders-ru', en: 'munix-2026-en' });
const reforms = story('reforms-parliament', 'kk');
const seedList = [zhetisuKk, zhetisuRu, youthRu, munixKk, reforms];

const ids = (articles: Article[]) => articles.map((article) => article.id);

describe('story lists: one version per story', () => {
  it('shows each story of the seed list once, in Kazakh for a Kazakh reader', () => {
    expect(ids(oneVersionPerStory(seedList, 'kk'))).to.deep.equal(['zhetisu-medicine', 'munix-2026', 'reforms-parliament']);
  });

  it('shows the Russian versions to a Russian reader, keeping the endpoint’s order, and a Kazakh-only story as it is', () => {
    const shown = oneVersionPerStory(seedList, 'ru');
    expect(ids(shown)).to.deep.equal(['zhetisu-medicine-ru', 'youth-leaders-ru', 'reforms-parliament']);
    expect(shown[2].lang).to.equal('kk');
  });

  it('gives an English reader the English version when listed, else the first one listed', () => {
    const munixEn = story('munix-2026-en', 'en', { kk: 'munix-2026', ru: 'youth-leaders-ru' });
    expect(ids(oneVersionPerStory([...seedList, munixEn], 'en'))).to.deep.equal(['zhetisu-medicine', 'munix-2026-en', 'reforms-parliament']);
  });

  it('pairs versions linked on one side only, and through a third version', () => {
    const a = story('a', 'kk', { ru: 'a-ru' });
    const aRu = story('a-ru', 'ru');
    const aEn = story('a-en', 'en', { ru: 'a-ru' });
    expect(ids(oneVersionPerStory([aRu, aEn, a], 'kk'))).to.deep.equal(['a']);
    expect(ids(oneVersionPerStory([aEn, a, aRu], 'ru'))).to.deep.equal(['a-ru']);
  });

  it('prefers a Latin version for kk-Latn, then the Cyrillic Kazakh one, over Russian', () => {
    const ru = story('s-ru', 'ru', { kk: 's', 'kk-Latn': 's-latn' });
    const kk = story('s', 'kk');
    const latin = story('s-latn', 'kk-Latn');
    expect(ids(oneVersionPerStory([ru, kk], 'kk-Latn'))).to.deep.equal(['s']);
    expect(ids(oneVersionPerStory([ru, kk, latin], 'kk-Latn'))).to.deep.equal(['s-latn']);
  });

  it('reads region subtags and takes a version without lang as written in the language asked for', () => {
    const ru = story('s-ru', 'ru-RU', { kk: 's' });
    expect(ids(oneVersionPerStory([story('s', 'kk-KZ'), ru], 'ru'))).to.deep.equal(['s-ru']);
    expect(ids(oneVersionPerStory([ru, story('s', undefined)], 'kk'))).to.deep.equal(['s']);
  });

  it('never lists the article itself nor any of its translations, whichever side links them', () => {
    const self = story('court-digital', 'kk', { ru: 'court-digital-ru' });
    const selfRu = story('court-digital-ru', 'ru', { kk: 'court-digital' });
    const selfEn = story('court-digital-en', 'en', { ru: 'court-digital-ru' });
    const list = [self, zhetisuKk, selfRu, selfEn, reforms];
    for (const lang of ['kk', 'ru', 'en', 'kk-Latn'] as Lang[]) {
      expect(ids(oneVersionPerStory(list, lang, { exclude: 'court-digital' })), lang).to.deep.equal(['zhetisu-medicine', 'reforms-parliament']);
    }
    expect(ids(oneVersionPerStory(list, 'kk', { exclude: 'court-digital-en' }))).to.deep.equal(['zhetisu-medicine', 'reforms-parliament']);
  });

  it('pairs a list whose 20,000 versions link one to the next, without recursing', () => {
    const chained = Array.from({ length: 20_000 }, (_, i) => story(`v${i}`, i % 2 ? 'ru' : 'kk', { [i % 2 ? 'kk' : 'ru']: `v${i + 1}` }));
    expect(ids(oneVersionPerStory(chained, 'ru'))).to.deep.equal(['v1']);
    expect(oneVersionPerStory(chained, 'kk', { exclude: 'v19999' })).to.deep.equal([]);
    const separate = Array.from({ length: 20_000 }, (_, i) => story(`s${i}`, 'kk', { ru: `s${i}-ru` }));
    expect(oneVersionPerStory(separate, 'kk', { limit: 24 })).to.have.length(24);
  });

  it('applies the limit after pairing, and lists a story repeated by the endpoint once', () => {
    expect(ids(oneVersionPerStory(seedList, 'kk', { limit: 2 }))).to.deep.equal(['zhetisu-medicine', 'munix-2026']);
    expect(ids(oneVersionPerStory([reforms, reforms, zhetisuRu], 'kk'))).to.deep.equal(['reforms-parliament', 'zhetisu-medicine-ru']);
    expect(oneVersionPerStory([], 'kk')).to.deep.equal([]);
  });
});

describe('story lists: the load', () => {
  const source = { endpoint: 'https://x.example/api', adapter: 'native', lang: 'ru' as Lang };

  async function run(query: StoryListQuery, items: Article[]) {
    const calls: string[] = [];
    const request = storyListRequest(source, query)!;
    const shown = await request.read(nativeAdapter, {
      endpoint: source.endpoint,
      lang: source.lang,
      fetchJson: async (url) => (calls.push(url), { items }),
    });
    return { calls, shown: ids(shown), key: request.key };
  }

  it('asks for related stories with room for pairing, and shows the paired, limited list', async () => {
    const { calls, shown } = await run({ articleId: 'court-digital', limit: 2 }, seedList);
    expect(calls).to.deep.equal(['https://x.example/api/articles/court-digital/related?lang=ru&limit=6']);
    expect(shown).to.deep.equal(['zhetisu-medicine-ru', 'youth-leaders-ru']);
  });

  it('lists a category or tag, leaving out the article it is shown beside', async () => {
    const { calls, shown } = await run({ articleId: 'reforms-parliament', category: 'society', tag: 'youth', limit: 6 }, seedList);
    expect(calls).to.deep.equal(['https://x.example/api/articles?lang=ru&category=society&tag=youth&limit=14']);
    expect(shown).to.deep.equal(['zhetisu-medicine-ru', 'youth-leaders-ru']);
  });

  it('names each query apart, so each keeps its own last-known-good copy', async () => {
    const keys = new Set(
      [{ articleId: 'a', limit: 6 }, { articleId: 'a', limit: 3 }, { articleId: 'b', limit: 6 }, { category: 'a', limit: 6 }, { tag: 'a', limit: 6 }].map(
        (query) => storyListRequest(source, query)!.key,
      ),
    );
    expect(keys.size).to.equal(5);
  });

  it('asks for nothing when the query names no source', () => {
    expect(storyListRequest(source, { limit: 6 })).to.be.undefined;
    expect(storyListRequest(source, { articleId: '', category: '', limit: 6 })).to.be.undefined;
  });
});

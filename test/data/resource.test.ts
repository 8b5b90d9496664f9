import { expect } from '@open-wc/testing';
import { resetClient } from '../../src/data/client.js';
import { loadResource, type ResourceRequest } from '../../src/data/resource.js';
import type { Article } from '../../src/data/types.js';
import { toArticle } from '../../src/data/validate.js';
import { resetPage } from '../helpers/elements.js';
import { fakeFetch, sampleArticle, type FakeFetch } from '../helpers/fake-fetch.js';

const articleRequest = (id: string, lang: 'kk' | 'ru' = 'kk'): ResourceRequest<Article> => ({
  source: { endpoint: 'https://lkg.example/api', adapter: 'native', lang },
  key: `article/${id}`,
  read: (adapter, context) => adapter.article(id, context),
});

describe('resources and the last-known-good copy', () => {
  let fake: FakeFetch | undefined;

  beforeEach(() => resetPage({ retries: 0 }));
  afterEach(() => {
    fake?.restore();
    resetPage();
  });

  it('loads through the adapter, sending the language', async () => {
    fake = fakeFetch(() => ({ json: sampleArticle('a') }));
    const { value, staleBecause } = await loadResource(articleRequest('a'));
    expect(value.id).to.equal('a');
    expect(staleBecause).to.be.undefined;
    expect(fake.calls[0]).to.equal('https://lkg.example/api/articles/a?lang=kk');
  });

  it('shows the kept copy, marked stale, when the endpoint fails later', async () => {
    fake = fakeFetch(() => ({ json: sampleArticle('a') }));
    await loadResource(articleRequest('a'));
    fake.restore();
    resetClient();
    fake = fakeFetch(() => ({ status: 500 }));
    const { value, staleBecause } = await loadResource(articleRequest('a'));
    expect(value.title).to.equal(sampleArticle().title);
    expect(staleBecause?.reason).to.equal('http');
  });

  it('keeps copies per language, and fails plainly when there is none', async () => {
    fake = fakeFetch(() => ({ json: sampleArticle('a') }));
    await loadResource(articleRequest('a', 'kk'));
    fake.restore();
    resetClient();
    fake = fakeFetch(() => 'offline');
    let error: unknown;
    try {
      await loadResource(articleRequest('a', 'ru'));
    } catch (caught) {
      error = caught;
    }
    expect((error as { reason: string }).reason).to.equal('network');
  });

  it('drops an answer the read rejects from the cache, but not a newer one fetched meanwhile', async () => {
    const url = 'https://lkg.example/api/articles/a?lang=kk';
    fake = fakeFetch((_, callNumber) => ({ json: callNumber === 1 ? { broken: true } : sampleArticle('a') }));
    let answered!: () => void;
    let check!: () => void;
    const hasAnswer = new Promise<void>((resolve) => (answered = resolve));
    const checking = new Promise<void>((resolve) => (check = resolve));
    const slowReader: ResourceRequest<Article> = {
      ...articleRequest('a'),
      async read(_, context) {
        const answer = await context.fetchJson(url);
        answered();
        await checking;
        return toArticle(answer, url);
      },
    };
    const rejected = loadResource(slowReader);
    await hasAnswer;
    expect((await loadResource(articleRequest('a'), { fresh: true })).value.id).to.equal('a');
    check();
    // The newer answer is the kept copy by now, so the rejected load falls back to it.
    expect((await rejected).staleBecause?.reason).to.equal('shape');
    expect((await loadResource(articleRequest('a'))).value.id).to.equal('a');
    expect(fake.calls).to.have.length(2);
  });

  it('survives storage that throws', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      fake = fakeFetch(() => ({ json: sampleArticle('a') }));
      expect((await loadResource(articleRequest('a'))).value.id).to.equal('a');
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('reports an unknown adapter as unsupported', async () => {
    const request = { ...articleRequest('a'), source: { ...articleRequest('a').source, adapter: 'rss' } };
    let error: unknown;
    try {
      await loadResource(request);
    } catch (caught) {
      error = caught;
    }
    expect((error as { reason: string }).reason).to.equal('unsupported');
  });
});

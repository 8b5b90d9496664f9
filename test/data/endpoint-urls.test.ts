/**
 * Endpoint URLs as DESIGN.md's "Endpoint URLs" answers them: a query of the endpoint's own is
 * kept and the route goes onto its path, a fragment is ignored, an id is one path segment, and an
 * endpoint the browser would never fetch, or one with a user name or password, is `unsupported`
 * at once: no request, no retry, no credentials in an event detail or a storage key.
 */
import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { NewsArticleCard } from '../../src/article-card/article-card.js';
import { jsonFeedAdapter } from '../../src/data/adapters/jsonfeed.js';
import { nativeAdapter } from '../../src/data/adapters/native.js';
import { wordpressAdapter } from '../../src/data/adapters/wordpress.js';
import { fetchJson } from '../../src/data/client.js';
import { keepWaitingCopies } from '../../src/data/resource.js';
import type { NewsErrorDetail } from '../../src/data/types.js';
import { safeUrl } from '../../src/data/url.js';
import { resetPage, shownText } from '../helpers/elements.js';
import { failure } from '../helpers/errors.js';
import { fakeFetch, sampleArticle, type FakeFetch } from '../helpers/fake-fetch.js';

const UNSUPPORTED_KK = 'Бұл дереккөзге қолдау көрсетілмейді.';

const part = (element: Element, name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** A card of `endpoint` and `articleId`, alone on the page so it is near the viewport. */
async function card(endpoint: string, articleId = 'a'): Promise<NewsArticleCard> {
  fixtureCleanup();
  return fixture<NewsArticleCard>(html`<news-article-card endpoint=${endpoint} article-id=${articleId}></news-article-card>`);
}

describe('endpoint URLs', () => {
  let fake: FakeFetch | undefined;
  const serve = () => (fake = fakeFetch((url) => ({ json: url.pathname.endsWith('/related') ? { items: [sampleArticle('b')] } : sampleArticle('a') })));

  beforeEach(() => resetPage({ retries: 2 }));
  afterEach(() => {
    fake?.restore();
    fake = undefined;
    resetPage();
  });

  describe('an endpoint with a query or a fragment', () => {
    const context = (endpoint: string) => ({ endpoint, lang: 'kk' as const, fetchJson: (url: string) => fetchJson(url) });

    it('adds the route to the path and keeps the query, the widget’s parameters after it', async () => {
      serve();
      const endpoint = 'https://x.example/api?key=abc';
      await nativeAdapter.article('a', context(endpoint));
      await nativeAdapter.related('a', 14, context(endpoint));
      expect(fake!.calls).to.deep.equal([
        'https://x.example/api/articles/a?key=abc&lang=kk',
        'https://x.example/api/articles/a/related?key=abc&lang=kk&limit=14',
      ]);
    });

    it('asks a card’s article with the endpoint’s key, and writes no key into storage', async () => {
      serve();
      const shown = await card('https://x.example/api/?key=abc#f');
      await waitUntil(() => part(shown, 'link'), 'the card never loaded', { timeout: 4000 });
      expect(fake!.calls).to.deep.equal(['https://x.example/api/articles/a?key=abc&lang=kk']);
      keepWaitingCopies();
      const keys = Object.keys(localStorage).filter((key) => key.startsWith('news-widgets:'));
      expect(keys.length).to.be.greaterThan(1);
      expect(keys.join(' ')).to.not.include('abc');
      expect(keys.join(' ')).to.include('https://x.example/api');
    });

    it('ignores a fragment: each card asks its own article', async () => {
      fake = fakeFetch((url) => ({ json: sampleArticle(url.pathname.split('/').pop()) }));
      for (const id of ['a', 'b']) {
        const shown = await card('https://x.example/api#f', id);
        await waitUntil(() => part(shown, 'link'), 'the card never loaded', { timeout: 4000 });
        expect(part(shown, 'link')!.getAttribute('href')).to.equal(`https://example.kz/kk/${id}`);
      }
      expect(fake.calls).to.deep.equal(['https://x.example/api/articles/a?lang=kk', 'https://x.example/api/articles/b?lang=kk']);
    });

    it('keeps the query of a WordPress root (in both URL forms) and of a JSON Feed', async () => {
      fake = fakeFetch(() => ({ json: { version: 'https://jsonfeed.org/version/1.1', items: [] } }));
      await failure(wordpressAdapter.article('5', context('https://wp.example/wp-json?key=abc')));
      await failure(wordpressAdapter.article('5', context('https://wp.example/?rest_route=&key=abc')));
      await jsonFeedAdapter.articles({ limit: 6 }, context('https://feed.example/feed.json?key=abc'));
      const [pretty, plain, feed] = fake.calls.map((call) => new URL(call));
      expect([pretty.pathname, pretty.searchParams.get('key')]).to.deep.equal(['/wp-json/wp/v2/posts/5', 'abc']);
      expect([plain.pathname, plain.searchParams.get('rest_route'), plain.searchParams.get('key')]).to.deep.equal(['/', '/wp/v2/posts/5', 'abc']);
      expect(feed.href).to.equal('https://feed.example/feed.json?key=abc');
    });
  });

  describe('ids', () => {
    it('sends any id as one encoded path segment', async () => {
      serve();
      const context = { endpoint: 'https://x.example/api', lang: 'kk' as const, fetchJson: (url: string) => fetchJson(url) };
      for (const id of ['a/b', '%2e', '..%2F', '?lang=ru', '#x', '.a', 'a.']) await nativeAdapter.article(id, context);
      expect(fake!.calls.map((call) => new URL(call).pathname.split('/').slice(3))).to.deep.equal(
        [['a%2Fb'], ['%252e'], ['..%252F'], ['%3Flang%3Dru'], ['%23x'], ['.a'], ['a.']],
      );
    });

    for (const id of ['.', '..']) {
      it(`refuses article-id="${id}" (a URL reads it as a step along the path), asking nothing`, async () => {
        serve();
        const shown = await card('https://x.example/api', id);
        const { detail } = await oneEvent(shown, 'news-error');
        expect(detail).to.include({ reason: 'unsupported' });
        await waitUntil(() => shownText(shown).includes(UNSUPPORTED_KK), 'no localized message', { timeout: 4000 });
        expect(fake!.calls).to.deep.equal([]);
        const rail = await fixture(html`<news-related-rail endpoint="https://x.example/api" article-id=${id}></news-related-rail>`);
        expect((await oneEvent(rail, 'news-error')).detail).to.include({ reason: 'unsupported' });
        expect(fake!.calls).to.deep.equal([]);
      });
    }
  });

  describe('endpoints that are never asked', () => {
    for (const endpoint of [
      'javascript:alert(1)',
      'blob:https://x.example/0c1d4f5e-1111-4222-8333-944445555666',
      'data:application/json,{"id":"a"}',
      'ftp://x.example/api',
      'http://user:secret@x.example/api',
      'https://user@x.example/api',
      'https://:secret@x.example/api',
    ]) {
      it(`${endpoint}: unsupported at once, never asked or retried, no credentials shown`, async () => {
        serve();
        const shown = await card(endpoint);
        await waitUntil(() => shownText(shown).includes(UNSUPPORTED_KK), 'no localized message', { timeout: 4000 });
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(fake!.calls).to.deep.equal([]);
        expect(part(shown, 'button') === null, 'a Retry that could not help').to.be.true;
        expect(shownText(shown)).to.not.include('secret');
        await expect(shown).to.be.accessible();
      });
    }

    it('reports it in the event as it happens, once', async () => {
      serve();
      fixtureCleanup();
      const wrapper = await fixture(html`<div></div>`);
      const errors: NewsErrorDetail[] = [];
      wrapper.addEventListener('news-error', (event) => errors.push((event as CustomEvent<NewsErrorDetail>).detail));
      wrapper.innerHTML = '<news-article-card endpoint="http://user:secret@x.example/api" article-id="a"></news-article-card>';
      await waitUntil(() => errors.length, 'no news-error', { timeout: 4000 });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include({ reason: 'unsupported', url: undefined, message: 'The endpoint cannot be used: it must not hold a user name or password.' });
    });

    it('never follows a feed’s next page to a URL with credentials, nor asks one at all', async () => {
      fake = fakeFetch(() => ({ json: { version: 'https://jsonfeed.org/version/1.1', next_url: 'https://user:secret@feed.example/2.json', items: [] } }));
      const context = { endpoint: 'https://feed.example/1.json', lang: 'kk' as const, fetchJson: (url: string) => fetchJson(url) };
      expect(await jsonFeedAdapter.articles({ limit: 6 }, context)).to.deep.equal([]);
      expect(fake.calls).to.deep.equal(['https://feed.example/1.json']);
      const refused = await failure(fetchJson('https://user:secret@feed.example/2.json'));
      expect(refused).to.include({ reason: 'unsupported', url: undefined });
      expect(refused.message).to.not.include('secret');
      expect(fake.calls).to.have.length(1);
    });

    it('drops a link or image URL with a user name or password, as it drops other unsafe URLs', () => {
      expect(safeUrl('https://bank.kz@evil.example/login')).to.be.undefined;
      expect(safeUrl('https://user:secret@example.kz/kk/a')).to.be.undefined;
      expect(safeUrl('https://example.kz/kk/a@b')).to.equal('https://example.kz/kk/a@b');
    });
  });
});

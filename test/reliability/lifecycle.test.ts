/**
 * Lifecycle: widgets created by script, upgraded after the host set their properties, moved
 * between documents, removed mid-request and put back, and given a new `article-id` a hundred
 * times in a row. Only the last thing asked for may show, and every abandoned request is
 * cancelled — checked with a stubbed fetch, and with the real server's own count of requests the
 * client walked away from.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { NewsArticleCard } from '../../src/article-card/article-card.js';
import { configure } from '../../src/data/config.js';
import { setPageLanguage } from '../../src/i18n/page-language.js';
import type { NewsRelatedRail } from '../../src/related-rail/related-rail.js';
import { resetPage, shownText } from '../helpers/elements.js';
import { fakeFetch, sampleArticle, type FakeFetch } from '../helpers/fake-fetch.js';
import { hostPage } from '../helpers/host-page.js';
import { serverStats, setScenario, uniqueName } from '../helpers/mock-endpoint.js';

const KK_TITLE = 'Сандық технология сот саласына жаңа серпін берді';
const RU_TITLE = 'Цифровые технологии дали новый импульс судебной системе';

const part = (element: Element, name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const headline = (card: Element) => part(card, 'link')?.textContent ?? null;

/** Every `news-load` and `news-error` a widget fires, in order. */
function events(element: Element): string[] {
  const heard: string[] = [];
  for (const name of ['news-load', 'news-error']) element.addEventListener(name, (event) => heard.push(`${name} ${JSON.stringify((event as CustomEvent).detail)}`));
  return heard;
}

/**
 * An endpoint of the mock that holds every request open until set to `normal`; `asked()` waits
 * until the server has the first card request.
 */
async function hangingEndpoint() {
  const name = uniqueName('lifecycle');
  await setScenario(name, 'hang');
  const endpoint = `/api/scenario/${name}`;
  const url = `${endpoint}/articles/court-digital?lang=kk`;
  const asked = () => waitUntil(async () => (await serverStats()).requests[url] === 1, 'the request never reached the server', { timeout: 4000, interval: 50 });
  return { endpoint, url, asked };
}

/** Lets timers and the network move on: a wait with nothing to wait for, for "nothing happens" checks. */
const settleFor = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('lifecycle', () => {
  let fake: FakeFetch | undefined;
  beforeEach(() => resetPage({ retries: 0 }));
  afterEach(() => {
    fake?.restore();
    fake = undefined;
    resetPage();
  });

  describe('created by script', () => {
    it('with `new`, given its attributes and then connected: loads and shows', async () => {
      const card = new NewsArticleCard();
      card.endpoint = '/api';
      card.setAttribute('article-id', 'court-digital');
      const wrapper = await fixture(html`<div></div>`);
      wrapper.append(card);
      await waitUntil(() => headline(card) === KK_TITLE, 'never loaded', { timeout: 4000 });
      await expect(card).to.be.accessible();
    });

    it('given its `article` before the library defined it (the host was faster): shows it once upgraded', async function () {
      this.timeout(15_000);
      const { frame, doc } = await hostPage(
        '',
        `<news-article-card id="early"></news-article-card>
         <script>document.getElementById('early').article = { id: 'a', url: 'https://example.kz/kk/a', title: 'Ерте берілген мақала' };</script>`,
      );
      try {
        const card = doc.getElementById('early')!;
        await waitUntil(() => headline(card) === 'Ерте берілген мақала', 'the early article never showed', { timeout: 4000 });
      } finally {
        frame.remove();
      }
    });
  });

  describe('moved between documents', () => {
    it('a loaded card moved into another document and back keeps its story and its styles, and fires nothing new', async function () {
      this.timeout(15_000);
      const { frame, doc } = await hostPage();
      try {
        const wrapper = await fixture(html`<div style="width: 360px"><news-article-card endpoint="/api" article-id="court-digital"></news-article-card></div>`);
        const card = wrapper.firstElementChild as NewsArticleCard;
        await waitUntil(() => headline(card) === KK_TITLE, 'never loaded', { timeout: 4000 });
        const heard = events(card);
        const radius = () => getComputedStyle(part(card, 'card')!).borderTopLeftRadius;
        const styled = radius();

        doc.body.append(card);
        await card.updateComplete;
        expect(card.ownerDocument).to.equal(doc);
        expect(headline(card)).to.equal(KK_TITLE);
        expect(frame.contentWindow!.getComputedStyle(part(card, 'card')!).borderTopLeftRadius, 'styled in the other document').to.equal(styled);

        wrapper.append(card);
        await card.updateComplete;
        expect(headline(card)).to.equal(KK_TITLE);
        expect(radius()).to.equal(styled);
        expect(heard).to.deep.equal([]);
        await expect(card).to.be.accessible();
      } finally {
        frame.remove();
      }
    });

    it('a card moved to another document mid-request loads there', async function () {
      this.timeout(15_000);
      const { frame, doc } = await hostPage();
      try {
        const { endpoint, asked } = await hangingEndpoint();
        const wrapper = await fixture(html`<div><news-article-card endpoint=${endpoint} article-id="court-digital"></news-article-card></div>`);
        const card = wrapper.firstElementChild as NewsArticleCard;
        await asked();
        await setScenario(endpoint.split('/').pop()!, 'normal');
        doc.body.append(card);
        await waitUntil(() => headline(card) === KK_TITLE, 'never loaded in the other document', { timeout: 4000 });
      } finally {
        frame.remove();
      }
    });
  });

  describe('removed mid-request', () => {
    it('cancels the request (the server sees the client leave), fires nothing, and loads again when put back', async () => {
      const { endpoint, asked, url } = await hangingEndpoint();
      const wrapper = await fixture(html`<div><news-article-card endpoint=${endpoint} article-id="court-digital"></news-article-card></div>`);
      const card = wrapper.firstElementChild as NewsArticleCard;
      const heard = events(card);
      await asked();
      card.remove();
      await waitUntil(async () => (await serverStats()).unfinished[url] === 1, 'the server never saw the client leave', { timeout: 4000, interval: 50 });
      expect(heard).to.deep.equal([]);

      await setScenario(endpoint.split('/').pop()!, 'normal');
      wrapper.append(card);
      await oneEvent(card, 'news-load');
      await card.updateComplete;
      expect(headline(card)).to.equal(KK_TITLE);
      expect(heard).to.have.length(1);
    });

    it('stops retrying once removed during the wait before a retry', async () => {
      configure({ retries: 2 });
      fake = fakeFetch(() => ({ status: 503 }));
      const card = await fixture<NewsArticleCard>(html`<news-article-card endpoint="https://x.example/api" article-id="a"></news-article-card>`);
      await waitUntil(() => fake!.calls.length === 1, 'never asked', { timeout: 4000 });
      card.remove();
      await settleFor(1000);
      expect(fake.calls).to.have.length(1);
    });

    it('a widget removed before it came near the viewport never asks at all', async () => {
      fake = fakeFetch(() => ({ json: sampleArticle('a') }));
      const wrapper = await fixture(html`<div><div style="height: 5000px"></div><news-article-card endpoint="https://x.example/api" article-id="a"></news-article-card></div>`);
      const card = wrapper.querySelector('news-article-card')!;
      await settleFor(200);
      card.remove();
      wrapper.append(card);
      card.remove();
      await settleFor(200);
      expect(fake.calls).to.deep.equal([]);
    });
  });

  describe('attributes changed in quick succession', () => {
    const titleOf = (id: string) => `Тақырып ${id}`;

    it('100 article-id changes: only the last story shows, every earlier request is cancelled, no earlier answer fires', async function () {
      this.timeout(15_000);
      // Earlier ids answer later than the last one, so a stale answer would overwrite a fresh one.
      fake = fakeFetch((url) => {
        const id = url.pathname.split('/').pop()!;
        return { json: sampleArticle(id, { title: titleOf(id) }), delay: id === 'id-99' ? 0 : 300 };
      });
      const card = await fixture<NewsArticleCard>(html`<news-article-card endpoint="https://x.example/api" article-id="id-0"></news-article-card>`);
      const heard = events(card);
      // Once near the viewport, each change asks at once.
      await waitUntil(() => fake!.calls.length === 1, 'never asked', { timeout: 4000 });
      for (let i = 1; i < 100; i++) {
        card.setAttribute('article-id', `id-${i}`);
        // Each request is on the wire before the next change (one made in the same task is never sent).
        while (fake.calls.length <= i) await new Promise((resolve) => setTimeout(resolve));
      }
      await waitUntil(() => headline(card) === titleOf('id-99'), 'the last story never showed', { timeout: 4000 });
      await settleFor(500);
      expect(headline(card)).to.equal(titleOf('id-99'));
      expect(fake.calls).to.have.length(100);
      expect(fake.signals.slice(0, 99).every((signal) => signal.aborted), 'earlier requests cancelled').to.be.true;
      expect(fake.signals[99].aborted).to.be.false;
      expect(heard).to.have.length(1);
      expect(heard[0]).to.contain('"id":"id-99"');
      await expect(card).to.be.accessible();
    });

    it('changes made before a request goes out send nothing: only the last id is asked for', async () => {
      fake = fakeFetch((url) => ({ json: sampleArticle(url.pathname.split('/').pop(), { title: titleOf(url.pathname.split('/').pop()!) }) }));
      const card = await fixture<NewsArticleCard>(html`<news-article-card endpoint="https://x.example/api" article-id="first"></news-article-card>`);
      await waitUntil(() => headline(card) === titleOf('first'), 'never loaded', { timeout: 4000 });
      for (let i = 0; i < 100; i++) {
        card.setAttribute('article-id', `id-${i}`);
        await card.updateComplete;
      }
      await waitUntil(() => headline(card) === titleOf('id-99'), 'the last story never showed', { timeout: 4000 });
      expect(fake.calls.map((url) => new URL(url).pathname.split('/').pop())).to.deep.equal(['first', 'id-99']);
    });

    it('the same against the real server: it saw the client walk away from every earlier request', async () => {
      const ids = ['court-digital', 'munix-2026', 'legal-aid', 'reforms-parliament', 'zhetisu-medicine'];
      const { endpoint } = await hangingEndpoint();
      const urlOf = (id: string) => `${endpoint}/articles/${id}?lang=kk`;
      const card = await fixture<NewsArticleCard>(html`<news-article-card endpoint=${endpoint}></news-article-card>`);
      for (const id of ids) {
        // The endpoint hangs for every story but the last.
        if (id === ids.at(-1)) await setScenario(endpoint.split('/').pop()!, 'normal');
        card.setAttribute('article-id', id);
        await waitUntil(async () => (await serverStats()).requests[urlOf(id)] === 1, `${id} never reached the server`, { timeout: 4000, interval: 50 });
      }
      await waitUntil(() => headline(card) !== null, 'the last story never showed', { timeout: 4000 });
      const { unfinished } = await serverStats();
      expect(ids.map((id) => unfinished[urlOf(id)] ?? 0)).to.deep.equal([1, 1, 1, 1, 0]);
      expect(headline(card)).to.match(/^Жетісу/);
    });

    it('a rail given a new article-id, category and tag in quick succession shows the last list only', async () => {
      fake = fakeFetch((url) => {
        const which = url.searchParams.get('tag') ?? url.searchParams.get('category') ?? url.pathname.split('/').at(-2)!;
        return { json: { items: [sampleArticle(`${which}-1`, { title: titleOf(which), translations: undefined })] }, delay: which === 'last' ? 0 : 200 };
      });
      const rail = await fixture<NewsRelatedRail>(html`<news-related-rail endpoint="https://x.example/api" article-id="first"></news-related-rail>`);
      await waitUntil(() => fake!.calls.length === 1, 'never asked', { timeout: 4000 });
      for (const [name, value] of [['article-id', 'a'], ['category', 'b'], ['tag', 'c'], ['tag', 'last']]) {
        rail.setAttribute(name, value);
        await rail.updateComplete;
      }
      const titles = () => [...rail.shadowRoot!.querySelectorAll('news-article-card')].map(headline);
      await waitUntil(() => titles()[0] === titleOf('last'), 'the last list never showed', { timeout: 4000 });
      await settleFor(400);
      expect(titles()).to.deep.equal([titleOf('last')]);
      expect(fake.signals.slice(0, -1).every((signal) => signal.aborted)).to.be.true;
    });

    it('the page language switched back and forth: every widget ends in the last language', async () => {
      const wrapper = await fixture(html`<div style="width: 900px">
        <news-article-card endpoint="/api" article-id="court-digital"></news-article-card>
        <news-mourning-banner date="2020-01-01" end-date="2020-12-31" recurring></news-mourning-banner>
      </div>`);
      const [card, banner] = wrapper.children;
      for (let i = 0; i < 20; i++) {
        setPageLanguage(i % 2 ? 'ru' : 'kk', { persist: false });
        await (card as NewsArticleCard).updateComplete;
      }
      await waitUntil(() => headline(card) === RU_TITLE, 'the card never ended in Russian', { timeout: 4000 });
      expect(shownText(banner)).to.contain('День общенационального траура');
    });
  });
});


import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/related-rail/related-rail.js';
import type { NewsRelatedRail } from '../src/related-rail/related-rail.js';
import { resetClient } from '../src/data/client.js';
import { configure } from '../src/data/config.js';
import type { Article, NewsLoadDetail } from '../src/data/types.js';
import { setPageLanguage } from '../src/i18n/page-language.js';
import { fakeFetch, sampleArticle, type FakeFetch } from './helpers/fake-fetch.js';
import { expectSameHeight, resetPage, shownText, waitForText } from './helpers/elements.js';
import { preferMedia } from './helpers/reader-preferences.js';
import { toRgba } from './helpers/contrast.js';

const ZHETISU_KK = 'Жетісу облысында жоғары технологиялық медициналық көмектің қолжетімділігі кеңеюде';
const ZHETISU_RU = 'В области Жетысу расширяется доступность высокотехнологичной медицинской помощи';
const REFORMS = 'Реформалардың мәні – 5: Ықпалды Парламент';
const COURT_DIGITAL = /Сандық технология|Цифровые технологии|Digital technology/;

const part = (root: Element, name: string) => root.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const cards = (rail: Element) => [...rail.shadowRoot!.querySelectorAll('news-article-card')];
const link = (card: Element) => card.shadowRoot?.querySelector<HTMLAnchorElement>('a[part="link"]') ?? null;
const links = (rail: Element) => cards(rail).map(link);
const titles = (rail: Element) => links(rail).map((each) => each?.textContent);
const scroller = (rail: Element) => part(rail, 'list')!;

/** Waits until the rail lists stories and every card shows its link. */
async function listed<T extends Element>(rail: T): Promise<T> {
  await waitUntil(() => cards(rail).length > 0 && links(rail).every(Boolean), 'the rail never listed its stories', { timeout: 4000 });
  return rail;
}

async function railFor(template: ReturnType<typeof html>): Promise<NewsRelatedRail> {
  const wrapper = await fixture(html`<div style="width: 1000px">${template}</div>`);
  return wrapper.querySelector('news-related-rail')!;
}

/** Six distinct stories in Kazakh, each with a Russian version linked. */
const sixStories = () => Array.from({ length: 6 }, (_, i) => sampleArticle(`s${i}`, { title: `Тақырып ${i}` }) as Article);

describe('<news-related-rail>', () => {
  let fake: FakeFetch | undefined;

  beforeEach(resetPage);
  afterEach(async () => {
    fake?.restore();
    fake = undefined;
  });

  describe('from the endpoint (real HTTP mock)', () => {
    it('lists each related story once, in Kazakh, never the article itself', async () => {
      const rail = await listed(await railFor(html`<news-related-rail endpoint="/api" article-id="court-digital"></news-related-rail>`));
      const shown = titles(rail);
      expect(shown).to.have.length(6);
      expect(shown[0]).to.equal(ZHETISU_KK);
      expect(shown).to.not.include(ZHETISU_RU);
      expect(shown).to.include.members(['MUNIX 2026', REFORMS]);
      expect(shown).to.not.include('Кузница молодых лидеров');
      expect(shown.some((title) => COURT_DIGITAL.test(title ?? ''))).to.be.false;
      expect(new Set(shown).size).to.equal(6);
      await expect(rail).to.be.accessible();
    });

    it('lists the Russian versions for a Russian reader, and marks a story only written in Kazakh', async () => {
      const rail = await listed(await railFor(html`<news-related-rail lang="ru" endpoint="/api" article-id="court-digital"></news-related-rail>`));
      const shown = titles(rail);
      expect(shown.slice(0, 3)).to.deep.equal([ZHETISU_RU, 'Кузница молодых лидеров', REFORMS]);
      expect(shown).to.not.include(ZHETISU_KK);
      expect(shown).to.not.include('MUNIX 2026');
      const kazakhOnly = cards(rail)[2];
      expect(part(kazakhOnly, 'card')!.lang).to.equal('kk');
      expect(part(kazakhOnly, 'language')!.textContent).to.equal('Қазақша');
      expect(part(kazakhOnly, 'language')!.lang).to.equal('kk');
      expect(part(cards(rail)[0], 'language')).to.be.null;
      expect(part(cards(rail)[0], 'date')!.textContent).to.match(/июня/);
      await expect(rail).to.be.accessible();
    });

    it('shows at most `limit` stories, asking for enough to fill them after pairing', async () => {
      fake = fakeFetch(() => ({ json: { items: [sampleArticle('a'), sampleArticle('a-ru', { lang: 'ru', translations: { kk: 'a' } }), ...sixStories()] } }));
      const rail = await listed(await railFor(html`<news-related-rail endpoint="https://x.example/api" article-id="z" limit="3"></news-related-rail>`));
      expect(titles(rail)).to.have.length(3);
      expect(fake.calls).to.deep.equal(['https://x.example/api/articles/z/related?lang=kk&limit=8']);
    });

    it('takes a larger limit as 24 and a non-number as 6: placeholders, request and list alike', async () => {
      fake = fakeFetch(() => 'hang');
      const placeholders = (rail: Element) => rail.shadowRoot!.querySelectorAll('.skeletons > li').length;
      for (const [limit, shown, asked] of [['1000', 24, 50], ['1e308', 24, 50], ['Infinity', 24, 50], ['many', 6, 14], ['', 6, 14]] as const) {
        const rail = await railFor(html`<news-related-rail endpoint="https://x.example/api" article-id=${limit || 'none'} limit=${limit}></news-related-rail>`);
        await waitUntil(() => fake!.calls.length, `limit="${limit}" never asked`, { timeout: 4000 });
        expect(placeholders(rail), limit).to.equal(shown);
        expect(new URL(fake.calls.pop()!).searchParams.get('limit'), limit).to.equal(String(asked));
      }
    });

    it('shows 24 stories of an endpoint that sends 30,000, whatever the limit', async () => {
      // Short items, so that 30,000 fit in the 2 MB the client reads.
      const items = Array.from({ length: 30_000 }, (_, i) => ({ id: `s${i}`, url: `https://e.kz/${i}`, title: `T${i}` }));
      fake = fakeFetch(() => ({ json: { items } }));
      const rail = await listed(await railFor(html`<news-related-rail endpoint="https://x.example/api" article-id="z" limit="5000"></news-related-rail>`));
      expect(titles(rail)).to.have.length(24);
      expect(titles(rail)[23]).to.equal('T23');
    });

    it('lists stories dated at the edge of the JavaScript range, without their dates, the rest dated', async () => {
      const dates = ['+275760-09-13T00:00:00Z', '-271821-04-20T00:00:00Z', '0000-01-01', '2026-06-10T09:00:00+05:00'];
      fake = fakeFetch(() => ({ json: { items: dates.map((publishedAt, i) => sampleArticle(`d${i}`, { publishedAt, translations: undefined })) } }));
      const rail = await listed(await railFor(html`<news-related-rail endpoint="https://x.example/api" article-id="z" lang="ru"></news-related-rail>`));
      expect(cards(rail).map((card) => part(card, 'date')?.textContent ?? null)).to.deep.equal([null, null, null, '10 июня']);
      expect(shownText(rail)).to.not.match(/NaN|undefined/);
    });

    it('lists a category, leaving out the article it is shown beside', async () => {
      const rail = await listed(await railFor(html`<news-related-rail endpoint="/api" category="courts" article-id="court-digital" limit="10"></news-related-rail>`));
      const shown = titles(rail);
      expect(shown).to.include('«Сот кабинеті» арқылы берілген өтініштер саны артты');
      expect(shown.some((title) => COURT_DIGITAL.test(title ?? ''))).to.be.false;
      expect(shown).to.not.include(ZHETISU_KK);
    });

    it('makes one request for several rails of one article', async () => {
      fake = fakeFetch(() => ({ json: { items: sixStories() }, delay: 30 }));
      const wrapper = await fixture(html`<div>
        ${[1, 2, 3].map(() => html`<news-related-rail endpoint="https://x.example/api" article-id="a"></news-related-rail>`)}
      </div>`);
      await Promise.all([...wrapper.querySelectorAll('news-related-rail')].map(listed));
      expect(fake.calls).to.deep.equal(['https://x.example/api/articles/a/related?lang=kk&limit=14']);
    });

    it('fetches only when it nears the viewport', async () => {
      fake = fakeFetch(() => ({ json: { items: sixStories() } }));
      const wrapper = await fixture(html`<div><div style="height: 5000px"></div><news-related-rail endpoint="https://x.example/api" article-id="a"></news-related-rail></div>`);
      const rail = wrapper.querySelector('news-related-rail')!;
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(fake.calls).to.have.length(0);
      rail.scrollIntoView();
      await listed(rail);
      expect(fake.calls).to.have.length(1);
      window.scrollTo(0, 0);
    });

    it('re-lists in the new language when the reader’s language changes, cards included', async () => {
      const rail = await listed(await railFor(html`<news-related-rail endpoint="/api" article-id="court-digital"></news-related-rail>`));
      rail.setAttribute('lang', 'ru');
      await waitUntil(() => titles(rail)[0] === ZHETISU_RU, 'never switched to Russian', { timeout: 4000 });
      await listed(rail);
      expect(part(rail, 'heading')!.textContent!.trim()).to.equal('Похожие новости');
      expect(part(cards(rail)[0], 'meta')!.lang).to.equal('ru');
    });

    it('shows its stories in its own language even when the page-wide choice differs', async () => {
      setPageLanguage('en', { persist: false });
      const rail = await listed(await railFor(html`<news-related-rail lang="ru" endpoint="/api" article-id="court-digital"></news-related-rail>`));
      expect(titles(rail)[0]).to.equal(ZHETISU_RU);
      expect(cards(rail).map((card) => part(card, 'meta')!.lang)).to.deep.equal(Array(6).fill('ru'));
      expect(part(cards(rail)[0], 'date')!.textContent).to.match(/июня/);
    });

    it('re-renders given stories in the new language, cards included', async () => {
      const rail = await listed(await railFor(html`<news-related-rail .articles=${sixStories()}></news-related-rail>`));
      expect(part(cards(rail)[0], 'language')).to.be.null;
      rail.setAttribute('lang', 'ru');
      await waitUntil(() => part(rail, 'heading')!.textContent!.trim() === 'Похожие новости', 'the heading stayed in Kazakh');
      await listed(rail);
      expect(part(cards(rail)[0], 'meta')!.lang).to.equal('ru');
      expect(part(cards(rail)[0], 'language')!.textContent).to.equal('Қазақша');
    });

    it('transliterates into Kazakh Latin for kk-Latn', async () => {
      const rail = await listed(await railFor(html`<news-related-rail lang="kk-Latn" endpoint="/api" article-id="court-digital"></news-related-rail>`));
      expect(part(rail, 'heading')!.textContent!.trim()).to.equal('Taqyrypqa qatysty jañalyqtar');
      expect(titles(rail)).to.include('MUNIX 2026');
      expect(titles(rail)[0]).to.match(/^Jetısu oblysynda/);
    });

    it('drops stories with unsafe links and shows hostile text as text', async () => {
      let ran = false;
      (window as unknown as { alert: () => void }).alert = () => (ran = true);
      const rail = await listed(await railFor(html`<news-related-rail endpoint="/api/hostile" article-id="court-digital"></news-related-rail>`));
      expect(links(rail).every((each) => /^https?:/.test(each!.href))).to.be.true;
      expect(titles(rail).every((title) => title!.includes('<img src=x onerror='))).to.be.true;
      for (const card of cards(rail)) expect(card.shadowRoot!.querySelectorAll('script, img:not([part="image"]), svg')).to.have.length(0);
      expect(ran).to.be.false;
    });
  });

  describe('states', () => {
    it('keeps the loaded box while loading, in every layout (no layout shift)', async () => {
      for (const layout of ['rail', 'list', 'grid']) {
        fake = fakeFetch(() => 'hang');
        const wrapper = await fixture(html`<div style="width: 720px">
          <news-related-rail layout=${layout} endpoint="https://x.example/api" article-id="z"></news-related-rail>
          <news-related-rail layout=${layout} .articles=${sixStories()}></news-related-rail>
        </div>`);
        const [loading, loaded] = wrapper.querySelectorAll('news-related-rail');
        await listed(loaded);
        expect(part(loading, 'section')!.getAttribute('aria-busy')).to.equal('true');
        // One loading frame (the card's own, part `card`) for each story to come.
        expect(loading.shadowRoot!.querySelectorAll('[part~="card"][aria-busy="true"]')).to.have.length(6);
        expectSameHeight(loading, loaded, layout);
        await expect(loading).to.be.accessible();
        fake.restore();
      }
    });

    it('shimmers its loading frames once loading has taken a second, not before', async () => {
      fake = fakeFetch(() => 'hang');
      const rail = await railFor(html`<news-related-rail endpoint="https://x.example/api" article-id="z"></news-related-rail>`);
      const shimmering = () => rail.shadowRoot!.querySelectorAll('.shimmer').length;
      expect(shimmering()).to.equal(0);
      const started = performance.now();
      await waitUntil(() => shimmering() === 6, 'the frames never shimmered', { timeout: 3000 });
      expect(performance.now() - started).to.be.at.least(900);
    });

    it('announces loading once, in the reader’s language', async () => {
      fake = fakeFetch(() => 'hang');
      const rail = await railFor(html`<news-related-rail lang="ru" endpoint="https://x.example/api" article-id="z"></news-related-rail>`);
      const statuses = rail.shadowRoot!.querySelectorAll('[role="status"]');
      expect(statuses).to.have.length(1);
      expect(statuses[0].textContent).to.equal('Загрузка…');
      expect(cards(rail).every((card) => !card.shadowRoot!.querySelector('[role="status"]'))).to.be.true;
    });

    it('shows a localized error with Retry and its fallback, and recovers on Retry', async () => {
      configure({ retries: 0 });
      let up = false;
      fake = fakeFetch(() => (up ? { json: { items: sixStories() } } : { status: 500 }));
      const rail = await railFor(html`<news-related-rail endpoint="https://x.example/api" article-id="z"><a href="/kk/more">Басқа жаңалықтар</a></news-related-rail>`);
      const { detail } = await oneEvent(rail, 'news-error');
      expect(detail).to.include({ reason: 'http', status: 500 });
      await waitForText(rail, 'Сервер қатемен жауап берді (код 500).');
      expect(part(rail, 'notice')!.getAttribute('role')).to.equal('alert');
      expect(rail.shadowRoot!.querySelector('slot')!.assignedElements()[0].textContent).to.equal('Басқа жаңалықтар');
      await expect(rail).to.be.accessible();
      up = true;
      const retry = part(rail, 'retry')!;
      expect(retry.textContent).to.equal('Қайталау');
      retry.click();
      await listed(rail);
      expect(titles(rail)).to.have.length(6);
    });

    it('shows a clear error for a response that does not fit the contract', async () => {
      configure({ retries: 0 });
      const rail = await railFor(html`<news-related-rail endpoint="/api/malformed" article-id="court-digital"></news-related-rail>`);
      expect((await oneEvent(rail, 'news-error')).detail.reason).to.equal('shape');
      await waitForText(rail, 'Алынған деректер күтілген пішімге сәйкес келмейді.');
    });

    it('says clearly when no endpoint is set anywhere, offering no Retry that could not help', async () => {
      const rail = await railFor(html`<news-related-rail article-id="court-digital"></news-related-rail>`);
      await waitForText(rail, 'Бұл дереккөзге қолдау көрсетілмейді.');
      expect(part(rail, 'retry')).to.be.null;
    });

    it('hides itself when there is nothing related', async () => {
      const rail = await railFor(html`<news-related-rail endpoint="/api/empty" article-id="court-digital"><a href="/kk">fallback</a></news-related-rail>`);
      const { detail } = await oneEvent(rail, 'news-load');
      expect(detail.data).to.deep.equal([]);
      await rail.updateComplete;
      expect(rail.matches(':state(empty)')).to.be.true;
      expect(getComputedStyle(rail).display).to.equal('none');
      expect(rail.getBoundingClientRect().height).to.equal(0);
    });

    it('says "no related stories" quietly instead, with show-empty', async () => {
      const rail = await railFor(html`<news-related-rail lang="ru" endpoint="/api/empty" article-id="court-digital" show-empty></news-related-rail>`);
      await waitForText(rail, 'Похожих новостей пока нет.');
      expect(getComputedStyle(rail).display).to.equal('block');
      expect(part(rail, 'notice')!.getAttribute('role')).to.equal('status');
      expect(part(rail, 'heading')!.textContent!.trim()).to.equal('Похожие новости');
      await expect(rail).to.be.accessible();
    });

    it('counts a list of only the article itself as empty', async () => {
      const self = sampleArticle('a') as Article;
      const rail = await railFor(html`<news-related-rail article-id="a" show-empty .articles=${[self, sampleArticle('a-ru', { lang: 'ru', translations: { kk: 'a' } })]}></news-related-rail>`);
      expect(shownText(rail)).to.contain('Тақырыпқа қатысты жаңалықтар әзірге жоқ.');
    });

    /** Rail `z`'s list loaded once and kept; then, as on a new page load, the memory cache gone and the endpoint as `then` says. */
    async function keptThen(then: Parameters<typeof fakeFetch>[0]): Promise<void> {
      configure({ retries: 0 });
      fake = fakeFetch(() => ({ json: { items: sixStories() } }));
      const first = await listed(await railFor(html`<news-related-rail endpoint="https://x.example/api" article-id="z"></news-related-rail>`));
      // Gone, as its page would be: left above, it pushes the next rails to the edge of lazy loading.
      first.parentElement!.remove();
      fake.restore();
      resetClient();
      fake = fakeFetch(then);
    }

    it('keeps the loading box when the kept list shows, marked stale, at any width', async function () {
      // A dozen rails laid out one after another: seconds in WebKit on a busy machine.
      this.timeout(15_000);
      await keptThen((url) => (url.pathname.includes('/hang') ? 'hang' : 'offline'));
      for (const layout of ['rail', 'list', 'grid']) {
        for (const width of [320, 400, 560, 1000]) {
          const wrapper = await fixture(html`<div style="width: ${width}px">
            <news-related-rail layout=${layout} endpoint="https://x.example/api" article-id="hang"></news-related-rail>
            <news-related-rail layout=${layout} endpoint="https://x.example/api" article-id="z"></news-related-rail>
          </div>`);
          const [loading, kept] = wrapper.querySelectorAll('news-related-rail');
          await waitUntil(() => part(kept, 'stale'), `${layout} at ${width}px: the kept list, marked stale`);
          await kept.updateComplete;
          expectSameHeight(kept, loading, `${layout} at ${width}px`);
          // Where there is room, the note shows whole; it gives way only to keep the heading.
          const note = part(kept, 'stale')!;
          if (width === 1000) expect(note.scrollWidth, layout).to.be.at.most(note.clientWidth);
          expect(note.title).to.equal('Ақпарат ескірген болуы мүмкін');
          wrapper.remove(); // the next rails load only near the viewport
        }
      }
    });

    it('shows the last-known-good list, marked, when the endpoint fails', async () => {
      await keptThen(() => 'offline');
      const rail = await railFor(html`<news-related-rail endpoint="https://x.example/api" article-id="z"></news-related-rail>`);
      const [error, load] = await Promise.all([oneEvent(rail, 'news-error'), oneEvent(rail, 'news-load')]);
      expect(error.detail.reason).to.equal('network');
      expect(load.detail.stale).to.be.true;
      await listed(rail);
      expect(titles(rail)).to.have.length(6);
      expect(part(rail, 'stale')!.textContent).to.equal('Ақпарат ескірген болуы мүмкін');
      await expect(rail).to.be.accessible();
    });

    it('takes stories directly, validated: an invalid one is dropped, all invalid is an error', async () => {
      const rail = await listed(await railFor(html`<news-related-rail .articles=${[sampleArticle('a', { url: 'javascript:alert(1)' }), sampleArticle('b')]}></news-related-rail>`));
      expect(links(rail).map((each) => each!.href)).to.deep.equal(['https://example.kz/kk/b']);
      const errored = oneEvent(rail, 'news-error');
      rail.articles = [sampleArticle('a', { url: 'javascript:alert(1)' }) as Article];
      expect((await errored).detail.reason).to.equal('shape');
      await rail.updateComplete;
      expect(cards(rail)).to.have.length(0);
      expect(part(rail, 'retry')).to.be.null;
      expect(shownText(rail)).to.contain('Алынған деректер күтілген пішімге сәйкес келмейді.');
    });
  });

  describe('given stories', () => {
    it('fire one news-load with the stories shown (data given is data loaded); the cards inside keep theirs', async () => {
      const fromRail: string[][] = [];
      const onPage: EventTarget[] = [];
      const hear = (event: Event) => onPage.push(event.target!);
      document.addEventListener('news-load', hear);
      try {
        const stories = [...sixStories(), sampleArticle('s6') as Article];
        const rail = await listed(
          await railFor(html`<news-related-rail
            limit="3"
            @news-load=${(event: CustomEvent<NewsLoadDetail<Article[]>>) => fromRail.push(event.detail.data.map((story) => story.id))}
            .articles=${stories}
          ></news-related-rail>`),
        );
        await Promise.all(cards(rail).map((card) => card.updateComplete));
        expect(fromRail).to.deep.equal([['s0', 's1', 's2']]);
        expect(onPage).to.deep.equal([rail]);
      } finally {
        document.removeEventListener('news-load', hear);
      }
    });
  });

  describe('the rail layout', () => {
    beforeEach(() => preferMedia({ reducedMotion: 'reduce' }));

    async function narrowRail() {
      const wrapper = await fixture(html`<div style="width: 420px"><news-related-rail .articles=${sixStories()}></news-related-rail></div>`);
      const rail = await listed(wrapper.querySelector('news-related-rail')!);
      await waitUntil(() => part(rail, 'next')!.getAttribute('aria-disabled') === 'false', 'Next never became usable');
      return rail;
    }

    it('pages with Previous and Next, which disable at the ends', async () => {
      const rail = await narrowRail();
      const [previous, next] = [part(rail, 'previous')!, part(rail, 'next')!];
      expect(previous.getAttribute('aria-label')).to.equal('Алдыңғы');
      expect(next.getAttribute('aria-label')).to.equal('Келесі');
      expect(previous.getAttribute('aria-disabled')).to.equal('true');
      next.click();
      await waitUntil(() => scroller(rail).scrollLeft > 0, 'Next did not scroll');
      await waitUntil(() => previous.getAttribute('aria-disabled') === 'false', 'Previous stayed disabled');
      const atTheEnd = () => scroller(rail).scrollLeft + scroller(rail).clientWidth >= scroller(rail).scrollWidth - 1;
      for (let i = 0; i < 10 && !atTheEnd(); i++) {
        const before = scroller(rail).scrollLeft;
        next.click();
        await waitUntil(() => scroller(rail).scrollLeft > before, 'Next did not scroll on');
      }
      expect(atTheEnd()).to.be.true;
      await waitUntil(() => next.getAttribute('aria-disabled') === 'true', 'Next stayed enabled at the end');
      const atEnd = scroller(rail).scrollLeft;
      next.click();
      await rail.updateComplete;
      expect(scroller(rail).scrollLeft).to.equal(atEnd);
      previous.click();
      await waitUntil(() => scroller(rail).scrollLeft < atEnd, 'Previous did not scroll back');
      await expect(rail).to.be.accessible();
    });

    it('hides the buttons when every story fits', async () => {
      const rail = await listed(await railFor(html`<news-related-rail .articles=${sixStories().slice(0, 2)}></news-related-rail>`));
      await rail.updateComplete;
      expect(part(rail, 'next')!.closest('[hidden]')).to.not.be.null;
      expect(part(rail, 'next')!.checkVisibility({ visibilityProperty: true })).to.be.false;
    });

    it('puts no tab stop of its own in the loading frames: Tab goes past them', async () => {
      fake = fakeFetch(() => 'hang');
      const wrapper = await fixture(html`<div style="width: 420px">
        <button>before</button><news-related-rail endpoint="https://x.example/api" article-id="z"></news-related-rail><button>after</button>
      </div>`);
      const [before, after] = wrapper.querySelectorAll('button');
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(after);
    });

    it('moves between stories with the arrow keys, Home and End, reachable with Tab', async () => {
      const rail = await narrowRail();
      const focused = () => cards(rail).findIndex((card) => card === rail.shadowRoot!.activeElement);
      part(rail, 'next')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal(0);
      expect(cards(rail)[0].shadowRoot!.activeElement).to.equal(link(cards(rail)[0]));
      await sendKeys({ press: 'ArrowRight' });
      expect(focused()).to.equal(1);
      await sendKeys({ press: 'End' });
      expect(focused()).to.equal(5);
      await waitUntil(() => {
        const box = cards(rail)[5].getBoundingClientRect();
        const view = scroller(rail).getBoundingClientRect();
        return box.left >= view.left - 1 && box.right <= view.right + 1;
      }, 'the last story was not scrolled into view');
      await sendKeys({ press: 'ArrowRight' });
      expect(focused()).to.equal(5);
      await sendKeys({ press: 'ArrowLeft' });
      expect(focused()).to.equal(4);
      await sendKeys({ press: 'Home' });
      expect(focused()).to.equal(0);
      await sendKeys({ press: 'ArrowLeft' });
      expect(focused()).to.equal(0);
    });

    it('reports a click on a story with its position, leaving its URL untouched', async () => {
      const rail = await narrowRail();
      rail.addEventListener('click', (event) => event.preventDefault());
      setTimeout(() => link(cards(rail)[2])!.click());
      const { detail } = await oneEvent(rail, 'news-article-click');
      expect(detail).to.deep.equal({ id: 's2', url: 'https://example.kz/kk/s2', lang: 'kk', position: 2 });
      expect(link(cards(rail)[2])!.getAttribute('href')).to.equal('https://example.kz/kk/s2');
    });
  });

  describe('the list and grid layouts', () => {
    it('list: headlines with excerpts, no images, as a labelled list', async () => {
      const rail = await listed(await railFor(html`<news-related-rail layout="list" .articles=${sixStories()}></news-related-rail>`));
      const section = part(rail, 'section')!;
      expect(section.tagName).to.equal('SECTION');
      expect(rail.shadowRoot!.getElementById(section.getAttribute('aria-labelledby')!)!.textContent!.trim()).to.equal('Тақырыпқа қатысты жаңалықтар');
      expect(part(rail, 'list')!.tagName).to.equal('UL');
      expect(rail.shadowRoot!.querySelectorAll('li')).to.have.length(6);
      expect(part(cards(rail)[0], 'excerpt')!.textContent).to.contain('Қазақстандық сотта');
      expect(part(cards(rail)[0], 'media')!.getBoundingClientRect().width).to.equal(0);
      expect(part(rail, 'next')).to.be.null;
      await expect(rail).to.be.accessible();
    });

    it('list: arrow keys are left to the page', async () => {
      const rail = await listed(await railFor(html`<news-related-rail layout="list" .articles=${sixStories()}></news-related-rail>`));
      cards(rail)[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(rail.shadowRoot!.activeElement).to.equal(cards(rail)[0]);
    });

    it('is a column wide in a box that sizes to its content, loading and loaded alike', async () => {
      fake = fakeFetch(() => 'hang');
      for (const box of ['display: flex', 'display: inline-block', 'float: left', 'position: absolute']) {
        for (const layout of ['rail', 'list', 'grid']) {
          const wrapper = await fixture(html`<div style="width: 1000px"><div style=${box}>
            <news-related-rail layout=${layout} endpoint="https://x.example/api" article-id="z"></news-related-rail>
          </div><div style=${box}><news-related-rail layout=${layout} .articles=${sixStories()}></news-related-rail></div></div>`);
          const [loading, loaded] = wrapper.querySelectorAll('news-related-rail');
          await listed(loaded);
          const width = (rail: Element) => rail.getBoundingClientRect().width;
          // 320px and the default padding (16px) and border (1px) on each side.
          expect(width(loaded), `${box}, ${layout}`).to.equal(354);
          expect(width(loading), `${box}, ${layout}`).to.equal(354);
          expectSameHeight(loading, loaded, `${box}, ${layout}`);
        }
      }
    });

    it('grid: columns follow the rail’s own width, not the viewport’s', async function () {
      // Rails laid out at three widths: seconds in WebKit on a busy machine.
      this.timeout(15_000);
      const columns = (rail: Element) => new Set(cards(rail).map((card) => Math.round(card.getBoundingClientRect().left))).size;
      for (const [width, expected] of [[1000, 3], [700, 2], [400, 1]]) {
        const wrapper = await fixture(html`<div style="width: ${width}px"><news-related-rail layout="grid" .articles=${sixStories()}></news-related-rail></div>`);
        const rail = await listed(wrapper.querySelector('news-related-rail')!);
        expect(columns(rail), `${width}px`).to.equal(expected);
        await expect(rail).to.be.accessible();
      }
    });
  });

  describe('headings and theming', () => {
    it('uses the given heading and heading level, the stories one level below', async () => {
      const rail = await listed(await railFor(html`<news-related-rail heading="Сот және құқық" heading-level="3" .articles=${sixStories()}></news-related-rail>`));
      expect(part(rail, 'heading')!.textContent!.trim()).to.equal('Сот және құқық');
      expect(part(rail, 'heading')!.getAttribute('aria-level')).to.equal('3');
      expect(part(cards(rail)[0], 'title')!.getAttribute('aria-level')).to.equal('4');
    });

    it('defaults the heading to "Related stories" in English', async () => {
      const rail = await railFor(html`<news-related-rail lang="en" .articles=${sixStories()}></news-related-rail>`);
      expect(part(rail, 'heading')!.textContent!.trim()).to.equal('Related stories');
    });

    it('passes its theme to its stories, and lets hosts style them through exported parts', async () => {
      const style = document.createElement('style');
      style.textContent = '.themed::part(title) { font-size: 30px; }';
      document.head.append(style);
      try {
        const rail = await listed(await railFor(html`<news-related-rail class="themed" theme="dark" .articles=${sixStories()}></news-related-rail>`));
        expect(toRgba(getComputedStyle(part(cards(rail)[0], 'card')!).backgroundColor)).to.deep.equal({ r: 23, g: 25, b: 29, a: 1 });
        expect(getComputedStyle(part(cards(rail)[0], 'title')!).fontSize).to.equal('30px');
        await expect(rail).to.be.accessible();
      } finally {
        style.remove();
      }
    });
  });
});

import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/mourning-banner/mourning-banner.js';
import type { NewsMourningBanner } from '../src/mourning-banner/mourning-banner.js';
import { useClock } from '../src/mourning-banner/clock.js';
import { DISMISSAL_STORAGE_KEY } from '../src/mourning-banner/dismissal.js';
import { resetClient } from '../src/data/client.js';
import { configure } from '../src/data/config.js';
import type { NewsErrorDetail, NewsLoadDetail } from '../src/data/types.js';
import { FakeClock } from './helpers/fake-clock.js';
import { fakeFetch, type FakeAnswer, type FakeFetch } from './helpers/fake-fetch.js';
import { resetPage, shownText } from './helpers/elements.js';
import { withoutLocalZone } from './i18n/local-zone.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const at = (iso: string) => Date.parse(iso);
/** 12 June 2026, 10:00 in Kazakhstan (UTC+5). */
const JUNE_12 = at('2026-06-12T05:00:00Z');
const KK_TITLE = '12 маусым – Жалпыұлттық аза тұту күні';
const DECREE = 'https://decree.example/api';

let clock: FakeClock;
/** Puts the banner's clock at `epochMs`; it moves only with clock.tick() and clock.sleep(). */
const startClockAt = (epochMs: number) => useClock((clock = new FakeClock(epochMs)));

const region = (banner: Element) => banner.shadowRoot!.querySelector<HTMLElement>('[role="region"]');
const isShown = (banner: Element) => region(banner) !== null;
const part = (banner: Element, name: string) => banner.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
/** The region's accessible name, from the element its aria-labelledby points at. */
const label = (banner: Element) => {
  const id = region(banner)!.getAttribute('aria-labelledby')!;
  return banner.shadowRoot!.getElementById(id)!.textContent!.replace(/\s+/g, ' ').trim();
};
const htmlFilter = () => getComputedStyle(document.documentElement).filter;

/** Moves the fake clock and lets the banner re-render. */
async function tick(banner: NewsMourningBanner, ms: number): Promise<void> {
  clock.tick(ms);
  await banner.updateComplete;
}

/** The reader comes back to the tab (or to the window showing `doc`). */
function pageBecomesVisible(doc = document): void {
  Object.defineProperty(doc, 'visibilityState', { configurable: true, get: () => 'visible' });
  doc.dispatchEvent(new Event('visibilitychange'));
  delete (doc as { visibilityState?: string }).visibilityState;
}

/** A host element like the seed page's ad slots, with a style of its own. */
function adSlot(): HTMLElement {
  const ad = Object.assign(document.createElement('div'), { className: 'spot_img', textContent: 'ad' });
  ad.setAttribute('style', 'display: flex');
  document.body.append(ad);
  return ad;
}

describe('<news-mourning-banner>', () => {
  let fake: FakeFetch | undefined;

  beforeEach(() => {
    resetPage();
    startClockAt(JUNE_12);
  });
  afterEach(() => {
    // Remove the banners while their clock is still the fake one their timers belong to.
    fixtureCleanup();
    useClock();
    fake?.restore();
    fake = undefined;
    document.querySelectorAll('.spot_img, img.host-photo').forEach((element) => element.remove());
  });

  describe('an inline day', () => {
    it('shows on its day: the dated title as a named region with a hidden ribbon, and no light-DOM text', async () => {
      const banner = await fixture<NewsMourningBanner>(html`<news-mourning-banner date="2026-06-12"></news-mourning-banner>`);
      expect(region(banner)!.tagName).to.equal('SECTION');
      expect(label(banner)).to.equal(KK_TITLE);
      expect(region(banner)!.lang).to.equal('kk');
      expect(banner.shadowRoot!.querySelector('time')!.dateTime).to.equal('2026-06-12');
      expect(part(banner, 'ribbon')!.getAttribute('aria-hidden')).to.equal('true');
      expect(banner.shadowRoot!.querySelector('[role="alert"], [aria-live]')).to.be.null;
      expect(part(banner, 'message')!.hidden, 'an empty message line takes no room').to.be.true;
      expect(part(banner, 'close')).to.be.null;
      expect(banner.textContent).to.equal('');
      await expect(banner).to.be.accessible();
    });

    it('shows nothing, taking no room, the day before and the day after', async () => {
      for (const now of [JUNE_12 - DAY, JUNE_12 + DAY]) {
        startClockAt(now);
        const banner = await fixture<NewsMourningBanner>(html`<news-mourning-banner date="2026-06-12"></news-mourning-banner>`);
        expect(isShown(banner), new Date(now).toISOString()).to.be.false;
        expect(banner.getBoundingClientRect().height).to.equal(0);
        await expect(banner).to.be.accessible();
      }
    });

    it("counts the day in Kazakhstan, not in the reader's own zone", async () => {
      // 15:30 on 11 June in New York is 00:30 on 12 June in Kazakhstan; 18:30 on 12 June in
      // New York is already the 13th there.
      startClockAt(at('2026-06-11T19:30:00Z'));
      await withoutLocalZone(async () => {
        const banner = await fixture<NewsMourningBanner>(html`<news-mourning-banner date="2026-06-12"></news-mourning-banner>`);
        expect(label(banner)).to.equal(KK_TITLE);
      });
      startClockAt(at('2026-06-12T22:30:00Z'));
      const late = await fixture<NewsMourningBanner>(html`<news-mourning-banner date="2026-06-12"></news-mourning-banner>`);
      expect(isShown(late)).to.be.false;
    });

    it('runs a day before 1 March 2024 from midnight to midnight at UTC+6', async () => {
      const show = async (iso: string) => {
        startClockAt(at(iso));
        return isShown(await fixture(html`<news-mourning-banner date="2023-06-12"></news-mourning-banner>`));
      };
      expect(await show('2023-06-11T17:59:59.999Z')).to.be.false;
      expect(await show('2023-06-11T18:00:00Z')).to.be.true;
      expect(await show('2023-06-12T17:59:59.999Z')).to.be.true;
      expect(await show('2023-06-12T18:00:00Z')).to.be.false;
    });

    it('appears and disappears exactly at the midnights while the page stays open', async () => {
      startClockAt(at('2026-06-11T18:59:00Z'));
      const banner = await fixture<NewsMourningBanner>(html`<news-mourning-banner date="2026-06-12"></news-mourning-banner>`);
      expect(isShown(banner)).to.be.false;
      await tick(banner, MINUTE - 1);
      expect(isShown(banner), 'at 23:59:59.999').to.be.false;
      await tick(banner, 1);
      expect(label(banner), 'at 00:00').to.equal(KK_TITLE);
      await tick(banner, DAY - 1);
      expect(isShown(banner), 'at 23:59:59.999 on the day').to.be.true;
      await tick(banner, 1);
      expect(isShown(banner), 'at 00:00 the next day').to.be.false;
    });

    it('catches up within a minute after the computer slept through midnight, at once when the tab shows', async () => {
      startClockAt(at('2026-06-11T12:00:00Z'));
      const banner = await fixture<NewsMourningBanner>(html`<news-mourning-banner date="2026-06-12"></news-mourning-banner>`);
      clock.sleep(8 * HOUR);
      await tick(banner, MINUTE);
      expect(isShown(banner)).to.be.true;

      clock.sleep(DAY);
      pageBecomesVisible();
      await banner.updateComplete;
      expect(isShown(banner)).to.be.false;
    });

    it('covers a span with end-date, and a recurring day every year', async () => {
      const span = await fixture<NewsMourningBanner>(html`<news-mourning-banner date="2026-06-11" end-date="2026-06-13"></news-mourning-banner>`);
      expect(label(span)).to.equal(KK_TITLE);
      await tick(span, DAY);
      expect(label(span)).to.equal('13 маусым – Жалпыұлттық аза тұту күні');
      await tick(span, DAY);
      expect(isShown(span)).to.be.false;

      startClockAt(at('2031-06-12T12:00:00Z'));
      expect(isShown(await fixture(html`<news-mourning-banner date="2023-06-12" recurring></news-mourning-banner>`))).to.be.true;
      expect(isShown(await fixture(html`<news-mourning-banner date="2023-06-12"></news-mourning-banner>`))).to.be.false;
    });

    it('counts days at time-zone-offset instead, for another country', async () => {
      // 00:30 on 12 June in Kazakhstan, still 22:30 on 11 June at UTC+3.
      startClockAt(at('2026-06-11T19:30:00Z'));
      const banner = await fixture<NewsMourningBanner>(html`<news-mourning-banner date="2026-06-12" time-zone-offset="+03:00"></news-mourning-banner>`);
      expect(isShown(banner)).to.be.false;
      await tick(banner, HOUR + 30 * MINUTE);
      expect(isShown(banner), 'at 00:00 at UTC+3').to.be.true;
    });

    it('speaks Russian, English and Kazakh in Latin script, with the per-language message and a link', async () => {
      const wrapper = await fixture(html`<div>
        <news-mourning-banner lang="ru" date="2026-06-12" href="https://example.kz/decree"
          message-ru="Выражаем соболезнования." message-en="Our condolences." message-kk="Көңіл айтамыз."></news-mourning-banner>
        <news-mourning-banner lang="en" date="2026-06-12" message-ru="Выражаем соболезнования." message-en="Our condolences."></news-mourning-banner>
        <news-mourning-banner lang="kk-Latn" date="2026-06-12" message-kk="Қаза тапқандарға көңіл айтамыз."></news-mourning-banner>
      </div>`);
      const [ru, en, latin] = wrapper.querySelectorAll('news-mourning-banner');
      expect(label(ru)).to.equal('12 июня – День общенационального траура');
      expect(shownText(ru)).to.contain('Выражаем соболезнования. Подробнее');
      const link = part(ru, 'link') as HTMLAnchorElement;
      expect([link.textContent, link.href]).to.deep.equal(['Подробнее', 'https://example.kz/decree']);
      expect(label(en)).to.equal('12 June – National Day of Mourning');
      expect(shownText(en)).to.contain('Our condolences.').and.not.contain('соболезнования');
      expect(label(latin)).to.equal('12 mausym – Jalpyūlttyq aza tūtu künı');
      expect(shownText(latin)).to.contain('Qaza tapqandarğa köñıl aitamyz.');
      for (const banner of [ru, en, latin]) await expect(banner).to.be.accessible();
    });

    it('follows a language change without a reload', async () => {
      const banner = await fixture<NewsMourningBanner>(html`<news-mourning-banner date="2026-06-12"></news-mourning-banner>`);
      banner.setAttribute('lang', 'ru');
      await waitUntil(() => label(banner) === '12 июня – День общенационального траура', 'never switched to Russian');
    });

    it('shows slotted content as the message, and refuses a javascript: link', async () => {
      const banner = await fixture<NewsMourningBanner>(html`<news-mourning-banner date="2026-06-12" href="javascript:alert(1)"
        ><b>Көңіл</b> айтамыз</news-mourning-banner
      >`);
      const slot = banner.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedNodes().map((node) => node.textContent).join('')).to.equal('Көңіл айтамыз');
      expect(part(banner, 'message')!.hidden).to.be.false;
      expect(part(banner, 'link')).to.be.null;
      await expect(banner).to.be.accessible();
    });

    for (const [attributes, culprit] of [
      [{ date: '12.06.2026' }, 'date="12.06.2026"'],
      [{ date: '2026-02-30' }, 'date="2026-02-30"'],
      [{ date: '2026-06-12', 'end-date': '2026-06-11' }, 'end-date="2026-06-11"'],
      [{ date: '2026-06-12', 'time-zone-offset': 'Asia/Almaty' }, 'time-zone-offset="Asia/Almaty"'],
    ] as const) {
      it(`shows nothing and reports ${culprit}`, async () => {
        const banner = document.createElement('news-mourning-banner');
        for (const [name, value] of Object.entries(attributes)) banner.setAttribute(name, value);
        const error = oneEvent(banner, 'news-error');
        document.body.append(banner);
        try {
          const { detail } = (await error) as CustomEvent<NewsErrorDetail>;
          expect(detail.message).to.contain(culprit);
          await banner.updateComplete;
          expect(isShown(banner)).to.be.false;
        } finally {
          banner.remove();
        }
      });
    }
  });

  describe('mourning mode on the host page', () => {
    it('greys <html> (never <body>) and hides the given host elements, through its own stylesheet only', async () => {
      const ad = adSlot();
      const sheetsBefore = document.adoptedStyleSheets.length;
      const banner = await fixture<NewsMourningBanner>(html`<news-mourning-banner date="2026-06-12" grayscale hide=".spot_img"></news-mourning-banner>`);
      expect(htmlFilter()).to.equal('grayscale(1)');
      expect(getComputedStyle(document.body).filter).to.equal('none');
      expect(getComputedStyle(ad).display).to.equal('none');
      expect(document.documentElement.hasAttribute('style')).to.be.false;
      expect(ad.getAttribute('style')).to.equal('display: flex');
      await expect(banner).to.be.accessible();

      await tick(banner, DAY);
      expect(htmlFilter(), 'restored when the day ends').to.equal('none');
      expect(getComputedStyle(ad).display).to.equal('flex');
      expect(document.adoptedStyleSheets).to.have.length(sheetsBefore);
    });

    it('leaves the page alone when the banner is removed before its first render, or changed while out of the page', async () => {
      const banner = document.createElement('news-mourning-banner');
      banner.setAttribute('grayscale', '');
      banner.date = '2026-06-12';
      document.body.append(banner);
      banner.remove();
      await banner.updateComplete;
      expect(htmlFilter(), 'no banner on the page, so no grey page').to.equal('none');
      banner.hide = '.spot_img';
      await banner.updateComplete;
      expect(htmlFilter()).to.equal('none');
      document.body.append(banner);
      await banner.updateComplete;
      expect(htmlFilter(), 'greyed once it is on the page').to.equal('grayscale(1)');
      banner.remove();
      expect(htmlFilter()).to.equal('none');
    });

    it('restores the page when the banner is removed during the day', async () => {
      const ad = adSlot();
      const banner = await fixture<NewsMourningBanner>(html`<news-mourning-banner date="2026-06-12" grayscale hide=".spot_img"></news-mourning-banner>`);
      expect(htmlFilter()).to.equal('grayscale(1)');
      banner.remove();
      expect(htmlFilter()).to.equal('none');
      expect(getComputedStyle(ad).display).to.equal('flex');
      document.body.append(banner);
      await banner.updateComplete;
      expect(htmlFilter(), 'and greys it again when the banner comes back').to.equal('grayscale(1)');
      banner.remove();
    });

    it('leaves the page alone on a day that is not a mourning day', async () => {
      const ad = adSlot();
      await fixture(html`<news-mourning-banner date="2026-06-13" grayscale hide=".spot_img"></news-mourning-banner>`);
      expect(htmlFilter()).to.equal('none');
      expect(getComputedStyle(ad).display).to.equal('flex');
    });

    it('greys only pictures with grayscale="media"', async () => {
      const photo = Object.assign(document.createElement('img'), { className: 'host-photo', alt: '' });
      document.body.append(photo);
      await fixture(html`<news-mourning-banner date="2026-06-12" grayscale="media"></news-mourning-banner>`);
      expect(htmlFilter()).to.equal('none');
      expect(getComputedStyle(photo).filter).to.equal('grayscale(1)');
    });

    it('lets two banners share the page: it is restored only when the last one lets go', async () => {
      const ad = adSlot();
      const wrapper = await fixture(html`<div>
        <news-mourning-banner date="2026-06-12" grayscale hide=".spot_img"></news-mourning-banner>
        <news-mourning-banner date="2026-06-11" end-date="2026-06-13" grayscale></news-mourning-banner>
      </div>`);
      const [first, second] = wrapper.querySelectorAll('news-mourning-banner');
      first.remove();
      expect(htmlFilter()).to.equal('grayscale(1)');
      expect(getComputedStyle(ad).display, 'no banner asks to hide it any more').to.equal('flex');
      second.remove();
      expect(htmlFilter()).to.equal('none');
    });

    it('follows the banner into another document: restored in the one it left, applied in the one it joins', async () => {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="another document"></iframe>`);
      const other = frame.contentDocument!;
      const otherFilter = () => frame.contentWindow!.getComputedStyle(other.documentElement).filter;
      const otherAd = other.body.appendChild(Object.assign(other.createElement('div'), { className: 'spot_img' }));
      const ad = adSlot();
      const banner = document.createElement('news-mourning-banner');
      banner.date = '2026-06-12';
      banner.setAttribute('grayscale', '');
      banner.hide = '.spot_img';
      document.body.append(banner);
      await banner.updateComplete;
      expect(htmlFilter()).to.equal('grayscale(1)');
      expect(otherFilter()).to.equal('none');

      other.body.append(other.adoptNode(banner));
      await banner.updateComplete;
      expect(htmlFilter(), 'the page it left is restored').to.equal('none');
      expect(getComputedStyle(ad).display).to.equal('flex');
      expect(otherFilter(), 'the document it joined is greyed').to.equal('grayscale(1)');
      expect(frame.contentWindow!.getComputedStyle(otherAd).display).to.equal('none');

      document.body.append(banner);
      await banner.updateComplete;
      expect(otherFilter(), 'and back again').to.equal('none');
      expect(htmlFilter()).to.equal('grayscale(1)');
      banner.remove();
      expect(htmlFilter()).to.equal('none');
    });

    it('reports a hide value that is not a selector, and still shows the banner', async () => {
      const banner = document.createElement('news-mourning-banner');
      banner.setAttribute('date', '2026-06-12');
      banner.setAttribute('hide', '.spot_img { } body');
      const error = oneEvent(banner, 'news-error');
      document.body.append(banner);
      try {
        expect(((await error) as CustomEvent<NewsErrorDetail>).detail.message).to.contain('hide=');
        await banner.updateComplete;
        expect(isShown(banner)).to.be.true;
        expect(getComputedStyle(document.body).display).to.equal('block');
      } finally {
        banner.remove();
      }
    });
  });

  describe('dismissible', () => {
    it('closes from the keyboard for the rest of that day only, remembered across page loads', async () => {
      const banner = await fixture<NewsMourningBanner>(html`<news-mourning-banner date="2026-06-12" end-date="2026-06-13" dismissible grayscale></news-mourning-banner>`);
      const close = part(banner, 'close') as HTMLButtonElement;
      expect(close.getAttribute('aria-label')).to.equal('Жабу');
      await expect(banner).to.be.accessible();

      await sendKeys({ press: 'Tab' });
      expect(banner.shadowRoot!.activeElement).to.equal(close);
      await sendKeys({ press: 'Enter' });
      await banner.updateComplete;
      expect(isShown(banner)).to.be.false;
      expect(htmlFilter(), 'the mourning day itself goes on').to.equal('grayscale(1)');

      // What the next page load reads: the close survives this page.
      expect(localStorage.getItem(DISMISSAL_STORAGE_KEY)).to.equal('2026-06-12');
      const nextPage = await fixture<NewsMourningBanner>(html`<news-mourning-banner date="2026-06-12" end-date="2026-06-13" dismissible></news-mourning-banner>`);
      expect(isShown(nextPage), 'still closed on the next page that day').to.be.false;
      await tick(nextPage, DAY);
      expect(label(nextPage), 'back the next day of the span').to.equal('13 маусым – Жалпыұлттық аза тұту күні');
    });

    it('is not hidden by a close given elsewhere where it has no close button itself', async () => {
      const closable = await fixture<NewsMourningBanner>(html`<news-mourning-banner date="2026-06-12" dismissible></news-mourning-banner>`);
      part(closable, 'close')!.click();
      await closable.updateComplete;
      expect(isShown(closable)).to.be.false;
      const fixed = await fixture<NewsMourningBanner>(html`<news-mourning-banner date="2026-06-12"></news-mourning-banner>`);
      expect(isShown(fixed)).to.be.true;
    });
  });

  describe('a remote schedule', () => {
    const day = (extra: Record<string, unknown> = {}) => ({ date: '2026-06-12', title: 'Жалпыұлттық аза тұту күні', ...extra });

    /** A stub endpoint whose schedule the test changes, as an editor would. */
    function schedule(initial: unknown[]): { set(days: unknown[]): void } {
      let days = initial;
      fake = fakeFetch(() => ({ json: { days } }));
      return { set: (next) => (days = next) };
    }

    async function loadedBanner(template: ReturnType<typeof html>): Promise<NewsMourningBanner> {
      const loaded = oneEvent(document, 'news-load');
      const banner = await fixture<NewsMourningBanner>(template);
      await loaded;
      await banner.updateComplete;
      return banner;
    }

    it("shows the endpoint's day with its message, greying the page as the day says (real mock endpoint)", async () => {
      startClockAt(Date.now());
      const banner = await fixture<NewsMourningBanner>(html`<news-mourning-banner endpoint="/api/mourning-today"></news-mourning-banner>`);
      await waitUntil(() => isShown(banner), 'the banner never showed', { timeout: 4000 });
      expect(label(banner)).to.match(/^\d{1,2} [а-яәғқңөұүһі]+ – Жалпыұлттық аза тұту күні$/);
      expect(shownText(banner)).to.contain('Қаза тапқандардың отбасылары мен жақындарына көңіл айтамыз.');
      expect(htmlFilter()).to.equal('grayscale(1)');
      await expect(banner).to.be.accessible();
    });

    it('asks in the page language and shows the answer in it (real mock endpoint)', async () => {
      startClockAt(Date.now());
      const banner = await fixture<NewsMourningBanner>(html`<news-mourning-banner lang="ru" endpoint="/api/mourning-today" grayscale="none"></news-mourning-banner>`);
      await waitUntil(() => isShown(banner), 'the banner never showed', { timeout: 4000 });
      expect(label(banner)).to.match(/ – Общенациональный день траура$/);
      expect(htmlFilter(), 'grayscale="none" overrules the day').to.equal('none');
    });

    it('shows nothing when the schedule has no day today (real mock endpoint)', async () => {
      const banner = await loadedBanner(html`<news-mourning-banner endpoint="/api"></news-mourning-banner>`);
      expect(isShown(banner)).to.be.false;
      await expect(banner).to.be.accessible();
    });

    it('picks up a day switched on while the page is open, and drops it when switched off', async () => {
      const endpoint = schedule([]);
      const banner = await loadedBanner(html`<news-mourning-banner endpoint=${DECREE}></news-mourning-banner>`);
      expect(fake!.calls).to.deep.equal([`${DECREE}/mourning?lang=kk`]);
      expect(isShown(banner)).to.be.false;

      endpoint.set([day({ grayscale: true })]);
      await tick(banner, 15 * MINUTE);
      await waitUntil(() => isShown(banner), 'the open page never re-read the schedule');
      expect(label(banner)).to.equal(KK_TITLE);
      expect(htmlFilter()).to.equal('grayscale(1)');

      endpoint.set([]);
      pageBecomesVisible();
      await waitUntil(() => !isShown(banner), 'coming back to the tab did not re-read the schedule');
      expect(htmlFilter()).to.equal('none');
    });

    it('follows the visibility of the document it was moved into, as in a picture-in-picture window', async () => {
      const endpoint = schedule([]);
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="another document"></iframe>`);
      const other = frame.contentDocument!;
      const banner = await loadedBanner(html`<news-mourning-banner endpoint=${DECREE}></news-mourning-banner>`);
      other.body.append(banner);
      endpoint.set([day()]);
      pageBecomesVisible(other);
      await waitUntil(() => isShown(banner), 'its window coming back to view did not re-read the schedule');
      banner.remove();
    });

    it('on a first visit takes no room while the schedule loads (most days are not mourning days), and appears with the answer', async () => {
      fake = fakeFetch(() => ({ json: { days: [day()] }, delay: 50 }));
      const loaded = oneEvent(document, 'news-load');
      const banner = await fixture<NewsMourningBanner>(html`<news-mourning-banner endpoint=${DECREE}></news-mourning-banner>`);
      expect(banner.getBoundingClientRect().height, 'no box is kept for a day that may not be one').to.equal(0);
      await loaded;
      await banner.updateComplete;
      expect(label(banner)).to.equal(KK_TITLE);
      expect(banner.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('decides the next page load from the kept schedule, before the endpoint answers', async () => {
      schedule([day()]);
      const first = await loadedBanner(html`<news-mourning-banner endpoint=${DECREE}></news-mourning-banner>`);
      expect(isShown(first)).to.be.true;
      first.remove();
      fake!.restore();
      resetClient();

      fake = fakeFetch(() => 'hang');
      const next = await fixture<NewsMourningBanner>(html`<news-mourning-banner endpoint=${DECREE}></news-mourning-banner>`);
      expect(label(next), 'shown on the first render').to.equal(KK_TITLE);
    });

    it('keeps following the kept schedule, reporting the failure, when the endpoint fails', async () => {
      schedule([day()]);
      (await loadedBanner(html`<news-mourning-banner endpoint=${DECREE}></news-mourning-banner>`)).remove();
      fake!.restore();
      resetClient();
      configure({ retries: 0 });

      fake = fakeFetch(() => ({ status: 503 }));
      const error = oneEvent(document, 'news-error');
      const loaded = oneEvent(document, 'news-load');
      const banner = await fixture<NewsMourningBanner>(html`<news-mourning-banner endpoint=${DECREE}></news-mourning-banner>`);
      expect(((await error) as CustomEvent<NewsErrorDetail>).detail).to.include({ reason: 'http', status: 503 });
      expect(((await loaded) as CustomEvent<NewsLoadDetail>).detail.stale).to.be.true;
      await banner.updateComplete;
      expect(label(banner)).to.equal(KK_TITLE);
      await expect(banner).to.be.accessible();
    });

    for (const [what, answer, reason] of [
      ['an answer that is not JSON', { body: '<h1>Технические работы</h1>', headers: { 'Content-Type': 'text/html' } }, 'not-json'],
      ['an answer without a days list', { json: { data: 1 } }, 'shape'],
      ['days that are not a list', { json: { days: '2026-06-12' } }, 'shape'],
      ['a server error', { status: 500 }, 'http'],
      ['an unreachable endpoint', 'offline', 'network'],
    ] as [string, FakeAnswer, string][]) {
      it(`shows no banner for ${what}, and reports it`, async () => {
        configure({ retries: 0 });
        fake = fakeFetch(() => answer);
        const error = oneEvent(document, 'news-error');
        const banner = await fixture<NewsMourningBanner>(html`<news-mourning-banner endpoint=${DECREE}></news-mourning-banner>`);
        expect(((await error) as CustomEvent<NewsErrorDetail>).detail.reason).to.equal(reason);
        await banner.updateComplete;
        expect(isShown(banner)).to.be.false;
        expect(htmlFilter()).to.equal('none');
        await expect(banner).to.be.accessible();
      });
    }

    it('drops malformed days rather than show a wrong banner', async () => {
      schedule([{ date: '2026-06-12' }, { date: '12 June', title: 'x' }, { date: '2026-06-12', title: '  ' }, null, 5]);
      const banner = await loadedBanner(html`<news-mourning-banner endpoint=${DECREE}></news-mourning-banner>`);
      expect(isShown(banner)).to.be.false;
    });

    it('shows hostile text as text and refuses a javascript: link (real mock endpoint)', async () => {
      startClockAt(Date.now());
      const banner = await fixture<NewsMourningBanner>(html`<news-mourning-banner endpoint="/api/hostile"></news-mourning-banner>`);
      await waitUntil(() => isShown(banner), 'the banner never showed', { timeout: 4000 });
      expect(label(banner)).to.contain('<img src=x onerror=alert(1)>');
      expect(shownText(banner)).to.contain('"><script>alert(1)</script>');
      expect(banner.shadowRoot!.querySelectorAll('script, img, a')).to.have.length(0);
    });

    it('reports a banner with neither a date nor an endpoint', async () => {
      const error = oneEvent(document, 'news-error');
      const banner = await fixture<NewsMourningBanner>(html`<news-mourning-banner></news-mourning-banner>`);
      expect(((await error) as CustomEvent<NewsErrorDetail>).detail.reason).to.equal('unsupported');
      expect(isShown(banner)).to.be.false;
    });
  });
});

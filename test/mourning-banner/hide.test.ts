import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import '../../src/mourning-banner/mourning-banner.js';
import type { NewsMourningBanner } from '../../src/mourning-banner/mourning-banner.js';
import { useClock } from '../../src/mourning-banner/clock.js';
import type { NewsErrorDetail } from '../../src/data/types.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { resetPage } from '../helpers/elements.js';

/** 12 June 2026, 10:00 in Kazakhstan: the inline day below is today. */
const JUNE_12 = Date.parse('2026-06-12T05:00:00Z');

const display = (element: Element) => getComputedStyle(element).display;
const isShown = (banner: Element) => banner.shadowRoot!.querySelector('[role="region"]') !== null && banner.getBoundingClientRect().height > 0;

/** A host element like the seed page's ad slots. */
function adSlot(className = 'spot_img'): HTMLElement {
  const ad = Object.assign(document.createElement('div'), { className, textContent: 'ad' });
  document.body.append(ad);
  return ad;
}

/** A banner for today with `hide`, appended to `parent`, and the news-error it fires. */
async function bannerHiding(hide: string, parent: Element = document.body) {
  const banner = document.createElement('news-mourning-banner');
  banner.setAttribute('date', '2026-06-12');
  banner.setAttribute('hide', hide);
  const error = oneEvent(banner, 'news-error') as Promise<CustomEvent<NewsErrorDetail>>;
  parent.append(banner);
  await banner.updateComplete;
  return { banner, error };
}

describe('<news-mourning-banner hide>', () => {
  const added: Element[] = [];
  beforeEach(() => {
    resetPage();
    useClock(new FakeClock(JUNE_12));
  });
  afterEach(() => {
    fixtureCleanup();
    for (const element of added.splice(0)) element.remove();
    useClock();
  });
  const keep = <T extends Element>(element: T): T => (added.push(element), element);

  // Each passes a naive check (the parser closes the open bracket, string or comment at the end),
  // and in a stylesheet shared with other banners it would swallow the rules after it.
  for (const hide of ['a[title="x', '.ad:not(.x', 'a/*', '.spot_img { } body', 'a{display:none}b', '@media print']) {
    it(`refuses hide='${hide}' as unsupported, and another banner's greying and hide go on working`, async () => {
      const ad = keep(adSlot());
      const { banner: refused, error } = await bannerHiding(hide);
      keep(refused);
      const other = keep(await fixture<NewsMourningBanner>(html`<news-mourning-banner date="2026-06-12" grayscale hide=".spot_img"></news-mourning-banner>`));
      const { detail } = await error;
      expect(detail.reason).to.equal('unsupported');
      expect(detail.message).to.contain(`hide="${hide}"`);
      expect(getComputedStyle(document.documentElement).filter, "the other banner's grayscale").to.equal('grayscale(1)');
      expect(display(ad), "the other banner's hide").to.equal('none');
      expect(isShown(refused) && isShown(other), 'both banners show').to.be.true;
    });
  }

  for (const hide of ['html', '*', 'body', ':root', 'html > body', ':not(.spot_img)', 'news-mourning-banner', '.holder', 'div:has(> news-mourning-banner)']) {
    it(`refuses hide="${hide}", which matches the page or the banner (or what holds it), and hides nothing`, async () => {
      const holder = keep(Object.assign(document.createElement('div'), { className: 'holder' }));
      document.body.append(holder);
      const ad = keep(adSlot());
      const { banner, error } = await bannerHiding(hide, holder);
      const { detail } = await error;
      expect(detail.reason).to.equal('unsupported');
      expect(detail.message).to.contain(`hide="${hide}"`);
      for (const element of [document.documentElement, document.body, holder]) expect(display(element), element.localName).to.equal('block');
      expect(display(ad), 'a refused selector hides nothing').to.equal('block');
      expect(isShown(banner)).to.be.true;
    });
  }

  it('never hides the banner or what holds it, when the page changes after the selector was accepted', async () => {
    const holder = keep(Object.assign(document.createElement('div'), { className: 'holder' }));
    document.body.append(holder);
    const ad = keep(adSlot('promo'));
    const { banner } = await bannerHiding('.promo', holder);
    expect(display(ad)).to.equal('none');
    holder.classList.add('promo');
    banner.classList.add('promo');
    document.body.classList.add('promo');
    try {
      expect(display(holder)).to.equal('block');
      expect(display(document.body)).to.equal('block');
      expect(isShown(banner)).to.be.true;
      expect(display(ad), 'and still hides the rest').to.equal('none');
    } finally {
      document.body.classList.remove('promo');
    }
  });

  it('hides host elements by a selector list with attribute values, braces and quotes inside strings', async () => {
    const ad = keep(adSlot());
    const labelled = keep(adSlot('teaser'));
    labelled.setAttribute('data-note', 'a{b}"c');
    const { banner } = await bannerHiding(`.spot_img, .teaser[data-note='a{b}"c']`);
    keep(banner);
    expect(display(ad)).to.equal('none');
    expect(display(labelled)).to.equal('none');
  });
});

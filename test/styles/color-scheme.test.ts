import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/article-card/article-card.js';
import '../../src/language-switcher/language-switcher.js';
import '../../src/mourning-banner/mourning-banner.js';
import { useClock } from '../../src/mourning-banner/clock.js';
import { backgroundBehind, isLight, textContrast } from '../helpers/contrast.js';
import { sampleArticle } from '../helpers/fake-fetch.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { resetPage } from '../helpers/elements.js';

/** 12 June 2026 in Kazakhstan: the banner's inline day. */
const JUNE_12 = Date.parse('2026-06-12T05:00:00Z');
const article = sampleArticle('court-digital', { image: undefined });

/**
 * Light/dark follows the host page's own `color-scheme` (DESIGN.md, Theming). The reader's system
 * is put in dark mode where the engine lets a test do so (Chromium), which is what made a light
 * partner page unreadable; everything else sets the page's `color-scheme` itself, as a host does.
 */
describe('colour schemes', () => {
  let emulated = false;
  before(async () => {
    try {
      await emulateMedia({ colorScheme: 'dark' });
      emulated = true;
    } catch {
      // WebDriver engines cannot emulate it; the page's own color-scheme is what is tested.
    }
  });
  after(async () => {
    if (emulated) await emulateMedia({ colorScheme: 'light' });
  });
  beforeEach(() => {
    resetPage();
    useClock(new FakeClock(JUNE_12));
  });
  afterEach(() => {
    fixtureCleanup();
    useClock();
  });

  /** The widgets in a page whose wrapper carries `style` (a color-scheme, tokens). */
  async function page(style: string, attributes: { theme?: string } = {}) {
    const wrapper = await fixture<HTMLElement>(html`<div style=${style}>
      <news-mourning-banner date="2026-06-12" theme=${attributes.theme ?? ''}></news-mourning-banner>
      <news-language-switcher languages="kk ru" theme=${attributes.theme ?? ''}></news-language-switcher>
      <news-article-card .article=${article} theme=${attributes.theme ?? ''}></news-article-card>
    </div>`);
    for (const element of wrapper.children) if (!element.getAttribute('theme')) element.removeAttribute('theme');
    const [banner, switcher, card] = [...wrapper.children].map((element) => element as HTMLElement & { updateComplete: Promise<boolean> });
    await Promise.all([banner, switcher, card].map((element) => element.updateComplete));
    const inside = (element: Element, selector: string) => element.shadowRoot!.querySelector(selector)!;
    const texts = {
      'card title': inside(card, '[part~="link"]'),
      'card excerpt': inside(card, '[part~="excerpt"]'),
      'card date': inside(card, '[part~="date"]'),
      'switcher option': inside(switcher, '[part~="option"]:not([part~="current"])'),
      'switcher current option': inside(switcher, '[part~="current"]'),
      'banner title': inside(banner, '[part~="title"]'),
    };
    return { wrapper, card: inside(card, '[part~="card"]'), texts };
  }

  const expectReadable = (texts: Record<string, Element>, why: string) => {
    for (const [name, text] of Object.entries(texts)) expect(textContrast(text), `${name}, ${why}`).to.be.at.least(4.5);
  };

  it('gives a page that declares no color-scheme light widgets, whatever the reader prefers', async () => {
    const { card, texts } = await page('');
    expect(isLight(backgroundBehind(card)), 'a light card').to.be.true;
    expectReadable(texts, 'on a page that declares nothing');
  });

  it("follows the page's color-scheme, live", async () => {
    const { wrapper, card, texts } = await page('color-scheme: dark');
    expect(isLight(backgroundBehind(card)), 'a dark card on a dark page').to.be.false;
    expectReadable(texts, 'dark');
    wrapper.style.colorScheme = 'light';
    expect(isLight(backgroundBehind(card)), 'light once the page turns light').to.be.true;
    expectReadable(texts, 'light');
  });

  it('is forced by theme="dark" or theme="light", whatever the page declares', async () => {
    const dark = await page('color-scheme: light', { theme: 'dark' });
    expect(isLight(backgroundBehind(dark.card))).to.be.false;
    expectReadable(dark.texts, 'theme="dark"');
    fixtureCleanup();
    const light = await page('color-scheme: dark', { theme: 'light' });
    expect(isLight(backgroundBehind(light.card))).to.be.true;
    expectReadable(light.texts, 'theme="light"');
  });

  // A host that sets some colour tokens and not others: the rest follow the ones it set.
  for (const style of [
    // demo/partner.css: a light surface, its text left to the library.
    'color-scheme: dark; --news-color-surface: #fff8fe; --news-color-border: #e7c6f1; --news-accent: #7b1fa2; --news-on-accent: #fff',
    'color-scheme: dark; --news-color-surface: #fff8fe',
    'color-scheme: light; --news-color-surface: #1d1420',
    'color-scheme: dark; --news-color-text: #222222',
    'color-scheme: light; --news-color-text: #f4f4f4',
    'color-scheme: dark; --news-accent: #7b1fa2',
    'color-scheme: light; --news-accent: #ffd24a',
    'color-scheme: light; --news-color-surface: transparent',
    'color-scheme: light; --news-mourning-background: #dddddd',
  ]) {
    it(`never shows text of one scheme on a surface of the other: ${style}`, async () => {
      const { texts } = await page(style);
      expectReadable(texts, style);
    });
  }
});

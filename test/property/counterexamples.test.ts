/**
 * Every case the element property tests (elements.test.ts, live-attributes.test.ts) found, as a
 * named test of its own, with the seed and path fast-check reported it under.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { NewsArticleCard } from '../../src/article-card/article-card.js';
import type { Article } from '../../src/data/types.js';
import type { NewsLanguageSwitcher } from '../../src/language-switcher/language-switcher.js';
import type { NewsMourningBanner } from '../../src/mourning-banner/mourning-banner.js';
import type { NewsRelatedRail } from '../../src/related-rail/related-rail.js';
import { toKazakhstanDateString } from '../../src/i18n/kazakhstan-time.js';
import { resetPage } from '../helpers/elements.js';
import { sampleArticle } from '../helpers/fake-fetch.js';

const part = (element: Element, name: string) => element.shadowRoot!.querySelector(`[part~="${name}"]`);

describe('counterexamples the element property tests found', () => {
  beforeEach(() => resetPage({ retries: 0 }));

  // live-attributes.test.ts, <news-mourning-banner>, seed 179837365, path "7:10:1": date=today,
  // then `remove date`. Lit sets a removed attribute's property to null, and the banner called
  // null.trim(): every update threw and the inline day stayed up.
  it('a banner whose date attribute is removed goes back to its schedule', async () => {
    const banner = await fixture<NewsMourningBanner>(
      html`<news-mourning-banner endpoint="/api/empty" date=${toKazakhstanDateString(Date.now())}></news-mourning-banner>`,
    );
    expect(part(banner, 'banner'), 'the inline day shows').to.exist;
    banner.removeAttribute('date');
    await banner.updateComplete;
    // The endpoint's schedule (empty mode) has no day.
    await waitUntil(() => !part(banner, 'banner'), 'the inline day is gone');
  });

  // live-attributes.test.ts, <news-language-switcher>, seed 1303197734, path "2:4:7:3:3:3":
  // languages="", remove languages. The removed attribute left null, and null.split() threw.
  it('a switcher whose languages attribute is removed offers the default languages again', async () => {
    const switcher = await fixture<NewsLanguageSwitcher>(html`<news-language-switcher languages="kk ru en"></news-language-switcher>`);
    switcher.removeAttribute('languages');
    await switcher.updateComplete;
    const offered = [...switcher.shadowRoot!.querySelectorAll('[part~="option"]')].map((option) => option.getAttribute('lang'));
    expect(offered).to.deep.equal(['kk', 'ru']);
  });

  // The same null, found by the same sequence's check that a live widget ends as a fresh one:
  // a card whose variant, or a rail whose layout, is removed was left with none at all.
  it('a card whose variant attribute is removed is a default card again', async () => {
    const card = await fixture<NewsArticleCard>(html`<news-article-card variant="hero" .article=${sampleArticle() as Article}></news-article-card>`);
    expect(part(card, 'author'), 'a hero card shows no author').to.be.null;
    card.removeAttribute('variant');
    await card.updateComplete;
    expect(card.variant).to.equal('default');
    expect(part(card, 'author'), 'a default card shows its author').to.exist;
  });

  it('a rail whose layout attribute is removed is a scrolling rail again', async () => {
    const stories = ['a', 'b', 'c'].map((id) => sampleArticle(id, { translations: undefined }) as Article);
    const rail = await fixture<NewsRelatedRail>(html`<news-related-rail layout="list" .articles=${stories}></news-related-rail>`);
    expect(part(rail, 'previous'), 'a list has no Previous button').to.be.null;
    rail.removeAttribute('layout');
    await rail.updateComplete;
    expect(rail.layout).to.equal('rail');
    expect(part(rail, 'previous'), 'a rail has its Previous button').to.exist;
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import '../../src/language-switcher/language-switcher.js';
import type { NewsLanguageSwitcher } from '../../src/language-switcher/language-switcher.js';
import { resetPage } from '../helpers/elements.js';

/** A phone-width masthead like the demo's: the brand and the switcher in one flex row. */
async function masthead(width: number, value = 'kk') {
  const row = await fixture<HTMLElement>(html`<header style="display: flex; justify-content: space-between; gap: 16px; width: ${width}px; font: 16px sans-serif">
    <a href="#" style="flex: none; font-size: 30px; font-weight: 800">Сарап · қоғам</a>
    <news-language-switcher languages="kk ru en kk-Latn" value=${value}></news-language-switcher>
  </header>`);
  const switcher = row.querySelector<NewsLanguageSwitcher>('news-language-switcher')!;
  await switcher.updateComplete;
  const group = switcher.shadowRoot!.querySelector<HTMLElement>('[part~="group"]')!;
  const options = [...switcher.shadowRoot!.querySelectorAll<HTMLElement>('[part~="option"]')];
  return { row, switcher, group, options };
}

describe('<news-language-switcher> in a narrow row', () => {
  beforeEach(resetPage);

  it('keeps its one-line pill at phone width: the row scrolls instead of stacking, within the page', async () => {
    const { row, switcher, group, options } = await masthead(358);
    const tops = new Set(options.map((option) => Math.round(option.getBoundingClientRect().top)));
    expect(tops.size, 'every language on one line').to.equal(1);
    expect(group.getBoundingClientRect().height).to.be.below(options[0].getBoundingClientRect().height * 1.5);
    expect(switcher.getBoundingClientRect().right, 'inside the row').to.be.at.most(row.getBoundingClientRect().right + 0.5);
    expect(group.scrollWidth, 'the rest of the row scrolls into view').to.be.greaterThan(group.clientWidth);
    await expect(switcher).to.be.accessible();
  });

  it('shows the current language in view, even when it is the last one', async () => {
    const { group, options } = await masthead(358, 'kk-Latn');
    const current = options.find((option) => option.hasAttribute('aria-current'))!;
    const box = group.getBoundingClientRect();
    const shown = current.getBoundingClientRect();
    expect(shown.left).to.be.at.least(box.left - 0.5);
    expect(shown.right).to.be.at.most(box.right + 0.5);
  });

  it('shows every language without scrolling where there is room', async () => {
    const { group } = await masthead(900);
    expect(group.scrollWidth).to.be.at.most(group.clientWidth);
  });
});

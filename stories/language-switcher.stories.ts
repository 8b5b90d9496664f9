/**
 * <news-language-switcher>: both variants, every language, dark, with the host's alternate pages,
 * and driving real widgets. Controls and docs come from custom-elements.json (`component`);
 * theme from the toolbar (.storybook/preview.ts).
 *
 * The switcher needs no data. Choosing a language changes the page language of the preview,
 * as on a real page (the preview sets it aside again on the next render); WithWidgets shows it
 * re-rendering cards that refetch from the mock endpoint.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/article-card/article-card.js';
import { NewsLanguageSwitcher, type LanguageSwitcherVariant } from '../src/language-switcher/language-switcher.js';
import { tokensToStyle } from './helpers/themes.js';

// src/ is declared free of side effects, so a bare import would be dropped from the production
// build; checking the registration uses the class, which keeps the module.
if (customElements.get('news-language-switcher') !== NewsLanguageSwitcher) throw new Error('<news-language-switcher> is not registered.');

/** The element's attributes by attribute name. */
interface SwitcherArgs {
  languages: string;
  value?: string;
  variant: LanguageSwitcherVariant;
  navigate?: boolean;
  'hide-missing'?: boolean;
  theme?: 'light' | 'dark';
  /** Controls for the CSS custom properties (`--news-*`) land here. */
  [token: `--${string}`]: string | undefined;
}

type Story = StoryObj<SwitcherArgs>;

const ALL = 'kk ru en kk-Latn';

const tokenStyle = (args: SwitcherArgs) =>
  tokensToStyle(Object.fromEntries(Object.entries(args).filter(([name, value]) => name.startsWith('--') && value)));

/**
 * The switcher, showing the toolbar's language as current unless `value` says otherwise (without a
 * value it would take the preview's own `<html lang="en">`, as it takes a host page's).
 */
const renderSwitcher = (args: SwitcherArgs, { globals }: { globals: { lang?: string } }) => html`
  <news-language-switcher
    languages=${args.languages}
    value=${ifDefined(args.value || globals.lang)}
    variant=${args.variant}
    ?navigate=${args.navigate}
    ?hide-missing=${args['hide-missing']}
    theme=${ifDefined(args.theme)}
    style=${tokenStyle(args) || nothing}
  ></news-language-switcher>
`;

const meta = {
  title: 'Widgets/Language switcher',
  component: 'news-language-switcher',
  tags: ['autodocs'],
  render: renderSwitcher,
  // Room below for the open menu, which floats over what follows.
  decorators: [(story, { args }) => html`<div style="min-block-size: ${args.variant === 'menu' ? 220 : 48}px">${story()}</div>`],
  args: { languages: 'kk ru', variant: 'buttons' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['buttons', 'menu'] },
    value: { control: 'select', options: ['', 'kk', 'ru', 'en', 'kk-Latn'] },
  },
} satisfies Meta<SwitcherArgs>;

export default meta;

/** The usual two-language toggle at the top of a Kazakhstani news site. */
export const Buttons: Story = {};

/** Every language the library knows, each by its own name, Kazakh in Latin script as Qazaqşa. */
export const AllLanguages: Story = { args: { languages: ALL } };

/** A button showing the current language, opening a menu: for many languages or a narrow header. */
export const Menu: Story = { args: { languages: ALL, variant: 'menu' } };

/** The menu open, as after a click (or Enter, Space, an arrow key); arrows move, Escape closes. */
export const MenuOpen: Story = {
  args: { languages: ALL, variant: 'menu' },
  play: async ({ canvasElement }) => {
    const switcher = canvasElement.querySelector('news-language-switcher')!;
    await switcher.updateComplete;
    switcher.shadowRoot!.querySelector<HTMLElement>('[aria-haspopup="menu"]')!.click();
  },
};

/** Each language as the current one (set with `value`), in both variants. */
export const EveryLanguageCurrent: Story = {
  render: (args, context) => html`
    <div style="display: grid; gap: 12px; justify-items: start">
      ${ALL.split(' ').map(
        (value) => html`<div style="display: flex; gap: 16px; align-items: center">
          ${renderSwitcher({ ...args, languages: ALL, value }, context)}
          ${renderSwitcher({ ...args, languages: ALL, value, variant: 'menu' }, context)}
        </div>`,
      )}
    </div>
  `,
};

/** The dark theme (`theme="dark"`; without it the switcher follows the page's `color-scheme`). */
export const Dark: Story = {
  args: { languages: ALL, theme: 'dark' },
  render: (args, context) => html`
    <div style="display: flex; gap: 24px; align-items: flex-start; padding: 16px; background: #101215; min-block-size: 200px">
      ${renderSwitcher(args, context)} ${renderSwitcher({ ...args, variant: 'menu' }, context)}
    </div>
  `,
};

/**
 * A phone's masthead (390 px): the brand and the switcher share one row. The buttons stay one line
 * and the row scrolls, the current language kept in view, instead of stacking inside the pill.
 */
export const NarrowRow: Story = {
  args: { languages: ALL, value: 'kk-Latn' },
  render: (args, context) => html`
    <div style="display: flex; justify-content: space-between; gap: 16px; inline-size: 358px; align-items: center">
      <strong style="flex: none; font-size: 30px">Сарап</strong>
      ${renderSwitcher(args, context)}
    </div>
  `,
};

/**
 * With `navigate`, a language for which the host page has `<link rel="alternate" hreflang>` is a
 * link to that page (here the story adds links for kk and ru, pointing at this frame). With
 * `hide-missing` the languages without such a link are left out; without it they stay and switch
 * the widgets in place.
 */
export const WithAlternatePages: Story = {
  args: { languages: ALL, navigate: true, 'hide-missing': true },
  beforeEach: () => {
    const links = ['kk', 'ru'].map((hreflang) =>
      Object.assign(document.createElement('link'), { rel: 'alternate', hreflang, href: `#${hreflang}-page` }),
    );
    document.head.append(...links);
    return () => links.forEach((link) => link.remove());
  },
};

/**
 * The switcher driving real widgets: every card without its own `lang` re-renders in the chosen
 * language and refetches from the mock endpoint at /api (which `npm run storybook` mounts); the
 * last card has `lang="kk"` and stays Kazakh. Try Qazaqşa: Kazakh text is transliterated.
 */
export const WithWidgets: Story = {
  args: { languages: ALL },
  parameters: { docs: { story: { inline: false, height: '560px' } } },
  render: (args, context) => html`
    <div style="display: grid; gap: 16px">
      <div>${renderSwitcher(args, context)}</div>
      <div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 16px; align-items: start">
        <news-article-card endpoint="/api" article-id="court-digital" theme=${ifDefined(args.theme)}></news-article-card>
        <news-article-card endpoint="/api" article-id="zhetisu-medicine" theme=${ifDefined(args.theme)}></news-article-card>
        <news-article-card endpoint="/api" article-id="munix-2026" lang="kk" theme=${ifDefined(args.theme)}></news-article-card>
      </div>
    </div>
  `,
};

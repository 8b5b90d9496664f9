/**
 * What every story shares: controls and docs from custom-elements.json, and the two toolbar
 * controls a designer reviews every widget with, language and theme.
 */
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { getPageLanguage, setPageLanguage } from '../src/i18n/page-language.js';
import { PARTNER_PAGE_BACKGROUND, PARTNER_TOKENS, tokensToStyle } from '../stories/helpers/themes.js';
import manifest from '../custom-elements.json';
import { manifestArgTypes } from './manifest-arg-types.js';

setCustomElementsManifest(manifest);
adoptDocsPageGlobals();

type Theme = 'light' | 'dark' | 'partner';

const PAGE_BACKGROUND: Record<Theme, string> = { light: '#ffffff', dark: '#101215', partner: PARTNER_PAGE_BACKGROUND };

/**
 * Shows the story in the toolbar's language and theme.
 * - Language: a `lang` on a wrapper, the way a host page marks its content. A reader's page-wide
 *   choice (kept from the demo pages or a language switcher) would outrank it, so it is set aside
 *   for the preview, without touching what is kept.
 * - Theme: the `theme` arg of the story's widgets (a story or a control that sets `theme` wins),
 *   and the page behind them; "partner" is the light theme plus a partner portal's `--news-*` tokens.
 */
const withLanguageAndTheme: Decorator = (story, { args, globals, viewMode }) => {
  const theme: Theme = globals.theme ?? 'light';
  if (getPageLanguage() !== undefined) setPageLanguage(undefined, { persist: false });
  // In a docs page the wrapper paints the story's own box; a story alone gets the whole canvas.
  if (viewMode === 'story') document.body.style.background = PAGE_BACKGROUND[theme];
  const style = [
    viewMode === 'docs' && `background: ${PAGE_BACKGROUND[theme]}; padding: 16px; border-radius: 4px`,
    theme === 'partner' && tokensToStyle(PARTNER_TOKENS),
  ]
    .filter(Boolean)
    .join('; ');
  return html`<div class="news-story" lang=${globals.lang ?? 'kk'} style=${style}>
    ${story({ args: { ...args, theme: args.theme ?? (theme === 'dark' ? 'dark' : 'light') } })}
  </div>`;
};

/**
 * Docs pages render the stories that use the data layer in iframes of their own
 * (`docs.story.inline: false`), and Storybook starts those with the default globals. Such a frame
 * takes the docs page's language and theme instead (docs pages rebuild it when they change). Runs
 * before Storybook reads the frame's URL; reads Storybook's own preview object in the parent, so
 * a Storybook upgrade may need a look here (the stories then show the defaults, nothing worse).
 */
function adoptDocsPageGlobals(): void {
  if (window.parent === window || new URLSearchParams(location.search).has('globals')) return;
  type DocsPage = { __STORYBOOK_PREVIEW__?: { storyStoreValue?: { userGlobals?: { get(): Record<string, unknown> } } } };
  let globals: Record<string, unknown> | undefined;
  try {
    globals = (window.parent as unknown as DocsPage).__STORYBOOK_PREVIEW__?.storyStoreValue?.userGlobals?.get();
  } catch {
    return; // a page of another origin: not a Storybook docs page
  }
  const { lang, theme } = globals ?? {};
  if (typeof lang !== 'string' || typeof theme !== 'string') return;
  const url = new URL(location.href);
  url.searchParams.set('globals', `lang:${lang};theme:${theme}`);
  history.replaceState(history.state, '', url);
}

const preview: Preview = {
  decorators: [withLanguageAndTheme],
  argTypesEnhancers: [manifestArgTypes(manifest)],
  globalTypes: {
    lang: {
      description: 'Language the widgets show (their lang resolution finds it on an ancestor)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'kk', title: 'Қазақша (kk)' },
          { value: 'ru', title: 'Русский (ru)' },
          { value: 'en', title: 'English (en)' },
          { value: 'kk-Latn', title: 'Qazaqşa (kk-Latn)' },
        ],
      },
    },
    theme: {
      description: 'Theme of the widgets and the page behind them',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'partner', title: 'Partner portal (--news-* tokens)', icon: 'paintbrush' },
        ],
      },
    },
  },
  initialGlobals: { lang: 'kk', theme: 'light' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: {
      toc: true,
      // Snippets show the widget's markup, not the preview's wrapper.
      source: { excludeDecorators: true },
    },
    options: {
      storySort: { order: ['Introduction', 'Theming', 'States', 'Widgets'] },
    },
  },
};

export default preview;

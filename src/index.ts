/**
 * news-widgets: every element registered, and the public API for hosts.
 * This is the entry of the single-file bundle `dist/news-widgets.js`.
 * @packageDocumentation
 */
// First, so the elements' modules below hold their registration back (see the end of this file).
import './hold-registrations.js';
import { releaseRegistrations } from './registration.js';

export { NewsArticleCard, type ArticleCardVariant } from './article-card/article-card.js';
export { NewsRelatedRail, type RelatedRailLayout } from './related-rail/related-rail.js';
export { NewsLanguageSwitcher, type LanguageSwitcherVariant } from './language-switcher/language-switcher.js';
export { NewsMourningBanner } from './mourning-banner/mourning-banner.js';
export { configure, type NewsConfig } from './data/config.js';
export { registerAdapter } from './data/adapters.js';
export type { Adapter, AdapterContext, ArticleListQuery } from './data/adapters/adapter.js';
export { createWordPressAdapter, type WordPressOptions } from './data/adapters/wordpress.js';
export { setPageLanguage, getPageLanguage, LANGUAGE_STORAGE_KEY } from './i18n/page-language.js';
export { toKazakhLatin, kazakhLatinUpperCase, kazakhLatinLowerCase, KAZAKH_LATIN_2021 } from './i18n/kk-latn.js';
export type { NewsEventMap } from './events.js';
export * from './data/types.js';

/*
 * The elements are registered one task after this module runs, not while it runs. A module script
 * runs as the document finishes parsing, and Chromium styles and lays out the whole page in that
 * same task: registering at once put every widget's first render and its style and layout into
 * one long task (60-80 ms for a page of 50 widgets on a slow machine; since, rarely one over 50).
 * Should a frame come first, the registration runs just before it is drawn (a frame's animation
 * callbacks run before its paint), so no frame shows a widget unregistered after this module ran.
 * A module importing this one waits for the registration (top-level await), so its code finds the
 * elements registered.
 */
await new Promise((resolve) => {
  setTimeout(resolve);
  requestAnimationFrame(resolve);
});
releaseRegistrations();

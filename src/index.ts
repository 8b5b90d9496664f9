/**
 * news-widgets: every element registered, and the public API for hosts. This is the package's
 * entry for bundlers (`import 'news-widgets'`, Lit as a dependency, the same modules as the
 * per-element entries, so they share one configuration), and what `dist/news-widgets.js`
 * exports (src/bundle.ts).
 * @packageDocumentation
 */
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

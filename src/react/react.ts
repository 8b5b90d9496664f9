/**
 * React components for every element, made with `@lit/react`: `import { NewsArticleCard } from
 * 'news-widgets/react'`. Properties (`article`, `articles`, …) are set as properties, not
 * attributes, and each `news-*` event the element fires is an `on…` prop with its typed `detail`.
 * Needs `react` and `@lit/react` (optional peer dependencies of the package); the plain bundle
 * `dist/news-widgets.js` never includes this file.
 * @packageDocumentation
 */
// A namespace import, not a named one: without the optional peer installed, Vite puts a stand-in
// module without exports in its place, and a named import fails the build with a MISSING_EXPORT
// that does not say what is missing; this way the stand-in's own error shows, naming @lit/react.
import * as litReact from '@lit/react';
import type { EventName } from '@lit/react';
import * as React from 'react';
import { NewsArticleCard as ArticleCardElement } from '../article-card/article-card.js';
import { NewsLanguageSwitcher as LanguageSwitcherElement } from '../language-switcher/language-switcher.js';
import { NewsMourningBanner as MourningBannerElement } from '../mourning-banner/mourning-banner.js';
import { NewsRelatedRail as RelatedRailElement } from '../related-rail/related-rail.js';

type NewsEvent<K extends keyof HTMLElementEventMap> = EventName<HTMLElementEventMap[K]>;

/** The data events of every element that loads data. */
const dataEvents = {
  onNewsLoad: 'news-load' as NewsEvent<'news-load'>,
  onNewsError: 'news-error' as NewsEvent<'news-error'>,
};

/** Data events plus the click of a story's link, for elements that show stories. */
const storyEvents = {
  ...dataEvents,
  onNewsArticleClick: 'news-article-click' as NewsEvent<'news-article-click'>,
};

/** `<news-article-card>` for React; `onNewsLoad`, `onNewsError`, `onNewsArticleClick`. */
export const NewsArticleCard = litReact.createComponent({
  react: React,
  tagName: 'news-article-card',
  elementClass: ArticleCardElement,
  events: storyEvents,
});

/** `<news-related-rail>` for React; `onNewsLoad`, `onNewsError`, `onNewsArticleClick`. */
export const NewsRelatedRail = litReact.createComponent({
  react: React,
  tagName: 'news-related-rail',
  elementClass: RelatedRailElement,
  events: storyEvents,
});

/** `<news-mourning-banner>` for React; `onNewsLoad`, `onNewsError`. */
export const NewsMourningBanner = litReact.createComponent({
  react: React,
  tagName: 'news-mourning-banner',
  elementClass: MourningBannerElement,
  events: dataEvents,
});

/** `<news-language-switcher>` for React; `onNewsLanguageChange` (cancelable: `preventDefault()`). */
export const NewsLanguageSwitcher = litReact.createComponent({
  react: React,
  tagName: 'news-language-switcher',
  elementClass: LanguageSwitcherElement,
  events: { onNewsLanguageChange: 'news-language-change' as NewsEvent<'news-language-change'> },
});

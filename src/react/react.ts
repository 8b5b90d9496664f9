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
import type { NewsArticleClickDetail, NewsErrorDetail, NewsLanguageChangeDetail } from '../data/types.js';
import type { NewsElementEventMap, NewsLoadData } from '../events.js';

/** The `onNewsLoad` prop of an element: its `news-load` brings its own kind of data. */
type Loaded<Tag extends keyof NewsLoadData> = EventName<NewsElementEventMap<Tag>['news-load']>;

/** What every element that loads data fires besides `news-load`. */
const errorEvent = { onNewsError: 'news-error' as EventName<CustomEvent<NewsErrorDetail>> };

/** The click of a story's link, for elements that show stories. */
const clickEvent = { onNewsArticleClick: 'news-article-click' as EventName<CustomEvent<NewsArticleClickDetail>> };

/** `<news-article-card>` for React; `onNewsLoad`, `onNewsError`, `onNewsArticleClick`. */
export const NewsArticleCard = litReact.createComponent({
  react: React,
  tagName: 'news-article-card',
  elementClass: ArticleCardElement,
  events: { onNewsLoad: 'news-load' as Loaded<'news-article-card'>, ...errorEvent, ...clickEvent },
});

/** `<news-related-rail>` for React; `onNewsLoad`, `onNewsError`, `onNewsArticleClick`. */
export const NewsRelatedRail = litReact.createComponent({
  react: React,
  tagName: 'news-related-rail',
  elementClass: RelatedRailElement,
  events: { onNewsLoad: 'news-load' as Loaded<'news-related-rail'>, ...errorEvent, ...clickEvent },
});

/** `<news-mourning-banner>` for React; `onNewsLoad`, `onNewsError`. */
export const NewsMourningBanner = litReact.createComponent({
  react: React,
  tagName: 'news-mourning-banner',
  elementClass: MourningBannerElement,
  events: { onNewsLoad: 'news-load' as Loaded<'news-mourning-banner'>, ...errorEvent },
});

/** `<news-language-switcher>` for React; `onNewsLanguageChange` (cancelable: `preventDefault()`). */
export const NewsLanguageSwitcher = litReact.createComponent({
  react: React,
  tagName: 'news-language-switcher',
  elementClass: LanguageSwitcherElement,
  events: { onNewsLanguageChange: 'news-language-change' as EventName<CustomEvent<NewsLanguageChangeDetail>> },
});

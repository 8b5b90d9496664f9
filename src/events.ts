import type { NewsArticleClickDetail, NewsErrorDetail, NewsLoadDetail } from './data/types.js';

/** Every event the library fires, by name, with its `detail`. */
export interface NewsEventMap {
  'news-load': NewsLoadDetail;
  'news-error': NewsErrorDetail;
  'news-article-click': NewsArticleClickDetail;
  'news-language-change': { lang: string; previous: string };
}

/**
 * Fires a library event from `target`: bubbling and composed, so a host page hears it from
 * inside any shadow tree. Returns false when a listener cancelled a cancelable event.
 */
export function fireNewsEvent<K extends keyof NewsEventMap>(
  target: EventTarget,
  name: K,
  detail: NewsEventMap[K],
  { cancelable = false } = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
}

declare global {
  interface HTMLElementEventMap {
    'news-load': CustomEvent<NewsLoadDetail>;
    'news-error': CustomEvent<NewsErrorDetail>;
    'news-article-click': CustomEvent<NewsArticleClickDetail>;
    'news-language-change': CustomEvent<NewsEventMap['news-language-change']>;
  }
}

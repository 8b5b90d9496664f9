import { NewsDataError, type NewsArticleClickDetail, type NewsErrorDetail, type NewsLoadDetail } from './data/types.js';

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

/**
 * Validates data a host gave an element directly (no fetch). A failure is fired as `news-error`
 * from `target`, as a failed load would be, and returned for the element to show.
 */
export function validateGiven<T>(target: EventTarget, validate: () => T): T | NewsDataError {
  try {
    return validate();
  } catch (error) {
    if (!(error instanceof NewsDataError)) throw error;
    const { reason, message } = error;
    fireNewsEvent(target, 'news-error', { reason, message });
    return error;
  }
}

declare global {
  interface HTMLElementEventMap {
    'news-load': CustomEvent<NewsLoadDetail>;
    'news-error': CustomEvent<NewsErrorDetail>;
    'news-article-click': CustomEvent<NewsArticleClickDetail>;
    'news-language-change': CustomEvent<NewsEventMap['news-language-change']>;
  }
}

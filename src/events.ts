import {
  NewsDataError,
  type Article,
  type MourningDay,
  type NewsArticleClickDetail,
  type NewsErrorDetail,
  type NewsLanguageChangeDetail,
  type NewsLoadDetail,
} from './data/types.js';

/** Every event the library fires, by name, with its `detail`. */
export interface NewsEventMap {
  'news-load': NewsLoadDetail;
  'news-error': NewsErrorDetail;
  'news-article-click': NewsArticleClickDetail;
  'news-language-change': NewsLanguageChangeDetail;
}

/** What `news-load` carries in `detail.data`, by the element that fires it. */
export interface NewsLoadData {
  'news-article-card': Article;
  'news-related-rail': Article[];
  'news-mourning-banner': MourningDay[];
}

/** The DOM's events of an element, with its own `news-load` (its `detail.data` typed). */
export type NewsElementEventMap<Tag extends keyof NewsLoadData> = Omit<HTMLElementEventMap, 'news-load'> & {
  'news-load': CustomEvent<NewsLoadDetail<NewsLoadData[Tag]>>;
};

/**
 * `addEventListener` and `removeEventListener` typed by an element's own events: each element's
 * class merges in an interface with them, so `card.addEventListener('news-load', (e) =>
 * e.detail.data.title)` compiles. It also makes every element's declarations import this file,
 * and with it the global event maps below, whichever entry point (`news-widgets/article-card.js`,
 * `news-widgets/react`, …) a TypeScript consumer imports.
 */
export interface NewsEventListeners<Target, Events> {
  addEventListener: {
    <K extends keyof Events>(type: K, listener: (this: Target, event: Events[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
    (type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  };
  removeEventListener: {
    <K extends keyof Events>(type: K, listener: (this: Target, event: Events[K]) => unknown, options?: boolean | EventListenerOptions): void;
    (type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
  };
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
  /**
   * Every event bubbles and is composed, so any element, the document and the window hear them:
   * HTMLElementEventMap, DocumentEventMap and WindowEventMap all extend this map. A listener
   * that is not on the element itself cannot know which element loaded, so its `news-load`
   * data is any element's.
   */
  interface GlobalEventHandlersEventMap {
    'news-load': CustomEvent<NewsLoadDetail<NewsLoadData[keyof NewsLoadData]>>;
    'news-error': CustomEvent<NewsErrorDetail>;
    'news-article-click': CustomEvent<NewsArticleClickDetail>;
    'news-language-change': CustomEvent<NewsLanguageChangeDetail>;
  }
}

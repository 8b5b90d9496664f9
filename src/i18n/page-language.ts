import type { Lang } from '../data/types.js';
import { toLang } from './language.js';

/**
 * The reader's page-wide language choice (made with `<news-language-switcher>`), shared by every
 * widget on the page and kept across visits. Read once, when the first widget renders, so its first
 * render is already in the chosen language; not when the module runs, since a page's first read of
 * its storage takes a few milliseconds, and that task is the page's busiest.
 */

/** The localStorage key under which the reader's choice is kept. */
export const LANGUAGE_STORAGE_KEY = 'news-widgets:lang';

/**
 * The event that carries a choice, on `window`: every copy of the library on the page (a site's
 * own build and a partner's embed) hears it, so all widgets follow one choice.
 */
const CHANGE = 'news-widgets:page-language';

function readKept(): Lang | undefined {
  try {
    return toLang(globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY));
  } catch {
    return undefined;
  }
}

let chosen: Lang | undefined;
let known = false;
// Registered before any widget's listener, so widgets already read the new choice. Only where
// there is a window to hear it on: the module also loads on a server and in a worker.
globalThis.addEventListener?.(CHANGE, (event) => {
  const { detail } = event as CustomEvent<unknown>;
  chosen = typeof detail === 'string' ? toLang(detail) : undefined;
  known = true;
});

/** The reader's choice, if they made one. */
export function getPageLanguage(): Lang | undefined {
  if (!known) [chosen, known] = [readKept(), true];
  return chosen;
}

/**
 * Makes `lang` the page-wide language (or clears the choice with `undefined`) and tells every
 * widget. `persist: false` leaves the kept choice alone.
 */
export function setPageLanguage(lang: Lang | undefined, { persist = true } = {}): void {
  if (persist) {
    try {
      if (lang) localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
      else localStorage.removeItem(LANGUAGE_STORAGE_KEY);
    } catch {
      // Without storage the choice lasts for this page only.
    }
  }
  dispatchEvent(new CustomEvent(CHANGE, { detail: lang }));
}

/** Calls `listener` on every change; returns the unsubscribe function. */
export function onPageLanguageChange(listener: () => void): () => void {
  addEventListener(CHANGE, listener);
  return () => removeEventListener(CHANGE, listener);
}

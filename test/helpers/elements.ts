import { waitUntil } from '@open-wc/testing';
import { resetClient } from '../../src/data/client.js';
import { configure, getConfig, type NewsConfig } from '../../src/data/config.js';
import { keepWaitingCopies } from '../../src/data/resource.js';
import { setPageLanguage } from '../../src/i18n/page-language.js';

/** The text a reader sees inside an element's shadow root, whitespace collapsed. */
export const shownText = (element: Element): string =>
  (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits until the element's shadow root shows `text`. */
export const waitForText = (element: Element, text: string, message = `waiting for "${text}"`) =>
  waitUntil(() => shownText(element).includes(text), message, { timeout: 4000 });

const defaults = { ...getConfig() };

/**
 * A clean page between tests: no cached answers, no kept copies or language choice, default
 * config with `config` over it (e.g. `{ retries: 0 }`, so that failures show at once). The bare
 * signature keeps it usable as a Mocha hook as it is: `beforeEach(resetPage)`.
 */
export function resetPage(): void;
export function resetPage(config: NewsConfig): void;
export function resetPage(config: NewsConfig = {}): void {
  resetClient();
  keepWaitingCopies(); // so none of the last test's lands in this one's storage
  localStorage.clear();
  setPageLanguage(undefined, { persist: false });
  configure({ ...defaults, endpoint: '', ...config });
  document.documentElement.lang = 'kk';
}

import { expect, waitUntil } from '@open-wc/testing';
import { resetClient } from '../../src/data/client.js';
import { configure, getConfig, type NewsConfig } from '../../src/data/config.js';
import { keepWaitingCopies } from '../../src/data/resource.js';
import { setPageLanguage } from '../../src/i18n/page-language.js';
import { resetReaderPreferences } from './reader-preferences.js';

/** The text a reader sees inside an element's shadow root, whitespace collapsed. */
export const shownText = (element: Element): string =>
  (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits until the element's shadow root shows `text`. */
export const waitForText = (element: Element, text: string, message = `waiting for "${text}"`) =>
  waitUntil(() => shownText(element).includes(text), message, { timeout: 4000 });

/**
 * Expects two elements to be as tall, to a hundredth of a pixel: engines round sub-pixel layout
 * each their own way, so one box can measure 104.85000610 in one and 104.84999084 in another.
 */
export function expectSameHeight(actual: Element, expected: Element, message?: string): void {
  expect(actual.getBoundingClientRect().height, message).to.be.closeTo(expected.getBoundingClientRect().height, 0.01);
}

const defaults = { ...getConfig() };

/**
 * A clean page between tests: no cached answers, no kept copies or language choice, the
 * browser's own media preferences, default config with `config` over it (e.g. `{ retries: 0 }`,
 * so that failures show at once). The bare signature keeps it usable as a Mocha hook as it is:
 * `beforeEach(resetPage)`.
 */
export function resetPage(): void;
export function resetPage(config: NewsConfig): void;
export function resetPage(config: NewsConfig = {}): void {
  resetClient();
  keepWaitingCopies(); // so none of the last test's lands in this one's storage
  localStorage.clear();
  resetReaderPreferences();
  setPageLanguage(undefined, { persist: false });
  configure({ ...defaults, endpoint: '', ...config });
  document.documentElement.lang = 'kk';
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../data/types.js';
import { resolveLanguage } from './language.js';
import { getPageLanguage, onPageLanguageChange } from './page-language.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Hosts to tell when any `lang` attribute or the page-wide choice changes. One observer and one
 * subscription serve the whole page, not one per widget: a page of many cards pays for neither.
 */
const hosts = new Set<LanguageController>();
let stopWatching: (() => void) | undefined;

const refreshAll = () => hosts.forEach((each) => each.refresh());

function watch(controller: LanguageController): void {
  hosts.add(controller);
  if (stopWatching) return;
  const observer = new MutationObserver(refreshAll);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  const unsubscribe = onPageLanguageChange(refreshAll);
  stopWatching = () => (observer.disconnect(), unsubscribe());
}

function unwatch(controller: LanguageController): void {
  hosts.delete(controller);
  if (hosts.size > 0) return;
  stopWatching?.();
  stopWatching = undefined;
}

/**
 * Keeps an element's language current: `value` follows the resolution order of DESIGN.md and
 * the host re-renders whenever its own `lang`, an ancestor's, or the page-wide choice changes.
 */
export class LanguageController implements ReactiveController {
  /** The language the host shows now. */
  value: Lang = 'kk';

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.value = resolveLanguage(this.host, getPageLanguage());
    watch(this);
  }

  hostDisconnected(): void {
    unwatch(this);
  }

  /** Re-resolves the language, re-rendering the host only when it changed. */
  refresh(): void {
    const lang = resolveLanguage(this.host, getPageLanguage());
    if (lang !== this.value) {
      this.value = lang;
      this.host.requestUpdate();
    }
  }
}

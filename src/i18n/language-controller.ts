import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../data/types.js';
import { resolveLanguage } from './language.js';
import { getPageLanguage, onPageLanguageChange } from './page-language.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Hosts to tell when any `lang` attribute changes; one observer serves the whole page. */
const hosts = new Set<LanguageController>();
let observer: MutationObserver | undefined;

function watchLangAttributes(controller: LanguageController): void {
  hosts.add(controller);
  if (!observer) {
    observer = new MutationObserver(() => hosts.forEach((each) => each.refresh()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unwatchLangAttributes(controller: LanguageController): void {
  hosts.delete(controller);
  if (hosts.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/**
 * Keeps an element's language current: `value` follows the resolution order of DESIGN.md and
 * the host re-renders whenever its own `lang`, an ancestor's, or the page-wide choice changes.
 */
export class LanguageController implements ReactiveController {
  /** The language the host shows now. */
  value: Lang = 'kk';
  private unsubscribe?: () => void;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.value = resolveLanguage(this.host, getPageLanguage());
    this.unsubscribe = onPageLanguageChange(() => this.refresh());
    watchLangAttributes(this);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    unwatchLangAttributes(this);
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

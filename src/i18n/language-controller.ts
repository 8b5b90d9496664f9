import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../data/types.js';
import { servedData } from '../served-data.js';
import { beforeServerRender } from '../server-render.js';
import { resolveLanguage, toLang } from './language.js';
import { getPageLanguage, onPageLanguageChange } from './page-language.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean };

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

  /** The language a server rendered the host in, while the host shows that first frame. */
  served?: Lang;

  constructor(private readonly host: Host) {
    host.addController(this);
    beforeServerRender(host, ({ lang }) => (this.value = this.served = toLang(host.getAttribute('lang')) ?? lang));
  }

  hostConnected(): void {
    // A widget a server rendered shows its first frame as the server did, so hydration finds the
    // same tree, and turns to the reader's language (their kept choice, say) right after.
    this.served = this.host.hasUpdated ? undefined : servedData(this.host)?.lang;
    this.value = this.served ?? resolveLanguage(this.host, getPageLanguage());
    watch(this);
  }

  hostUpdated(): void {
    if (!this.served) return;
    this.served = undefined;
    // Once this update is over, so the turn is an update of its own.
    this.host.updateComplete.then(() => this.refresh());
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

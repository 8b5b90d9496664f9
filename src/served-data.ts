import type { Lang } from './data/types.js';
import { toLang } from './i18n/language.js';

/**
 * What a server rendered a widget with, carried by the page for the browser: the widget's first
 * child after its shadow tree, `<script type="application/json" data-news-served>`. A widget that has it renders its
 * first frame from it, as the server did, so Lit's hydration finds the tree it expects, and asks
 * the endpoint nothing for that data.
 *
 * @module
 */

export interface ServedData {
  /** The language the server rendered the widget in. */
  lang: Lang;
  /** Which load `value` answers (`ResourceRequest.key`), for a widget that loads data. */
  key?: string;
  /** The data, validated on the server as a browser validates it. */
  value?: unknown;
}

const ATTRIBUTE = 'data-news-served';

/** The data a server rendered `host` with, or undefined for a widget rendered in the browser. */
export function servedData(host: Element): ServedData | undefined {
  // The first child only: a page of browser-rendered widgets pays one property read each. After
  // the shadow tree's template when it is still one: inserted with innerHTML (a client-side
  // route change of the host's app), a declarative shadow root stays an inert template.
  let script = host.firstElementChild;
  if (script?.localName === 'template') script = script.nextElementSibling;
  if (!script?.matches(`script[${ATTRIBUTE}]`)) return undefined;
  try {
    const { lang, key, value } = JSON.parse(script.textContent!);
    const shown = toLang(lang);
    // `key` is only ever compared with a request's.
    return shown && { lang: shown, key, value };
  } catch {
    return undefined;
  }
}

/** The script element carrying `data`, as HTML: `<` is escaped, so no data can close the script. */
export function servedDataScript(data: ServedData): string {
  return `<script type="application/json" ${ATTRIBUTE}>${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}

/**
 * Mourning mode on the host page: the page greyed and some of its elements hidden while a
 * mourning day lasts. It works through one stylesheet of the library's own, added to the
 * document and taken away again, so the host's styles and attributes are never touched and
 * letting go restores the page exactly. Every banner on a page adds its requests to the others';
 * the page shows them together until the last banner lets go, so two banners never undo
 * each other.
 *
 * @module
 */

/** What one banner asks of the host page. */
export interface MourningMode {
  /** `page`: the whole page grey; `media`: only its pictures, video and frames. */
  grayscale?: 'page' | 'media';
  /** A CSS selector of host elements to hide: ad slots, entertainment blocks. */
  hide?: string;
}

const GREY = {
  // On <html>, never <body>: a filter makes its element the containing block of fixed-position
  // descendants, which breaks a host's fixed header; the root element is the one exempt.
  page: 'html{filter:grayscale(1)!important}',
  media: 'img,picture,video,canvas,svg,iframe,embed,object{filter:grayscale(1)!important}',
};

const requests = new Map<object, MourningMode>();
let shown = '';
/** A constructed sheet where the browser adopts them (Content-Security-Policy has no say over those), else a <style>. */
let sheet: CSSStyleSheet | HTMLStyleElement | undefined;

/** Whether `text` is a selector that `hide` can use (and only a selector: no rule smuggled in). */
export function isSelector(text: string): boolean {
  try {
    document.createDocumentFragment().querySelector(text);
    return !/[{}]/.test(text);
  } catch {
    return false;
  }
}

/** Puts `owner`'s requests on the page, in place of any it made before. */
export function applyMourningMode(owner: object, mode: MourningMode): void {
  requests.set(owner, mode);
  show();
}

/** Takes `owner`'s requests off the page; the page is as before once no owner is left. */
export function releaseMourningMode(owner: object): void {
  if (requests.delete(owner)) show();
}

function show(): void {
  const rules = new Set<string>();
  for (const { grayscale, hide } of requests.values()) {
    if (grayscale) rules.add(GREY[grayscale]);
    if (hide && isSelector(hide)) rules.add(`${hide}{display:none!important}`);
  }
  const css = [...rules].join('');
  if (css === shown) return;
  shown = css;
  if ('adoptedStyleSheets' in Document.prototype) {
    const constructed = (sheet ??= new CSSStyleSheet()) as CSSStyleSheet;
    constructed.replaceSync(css);
    const others = document.adoptedStyleSheets.filter((each) => each !== constructed);
    document.adoptedStyleSheets = css ? [...others, constructed] : others;
  } else {
    const style = (sheet ??= document.createElement('style')) as HTMLStyleElement;
    style.textContent = css;
    if (css) document.head.append(style);
    else style.remove();
  }
}

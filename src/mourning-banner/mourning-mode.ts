/**
 * Mourning mode on the host page: the page greyed and some of its elements hidden while a
 * mourning day lasts. It works through one stylesheet of the library's own, added to the
 * document and taken away again, so the host's styles and attributes are never touched and
 * letting go restores the page exactly. Every banner in a document adds its requests to the
 * others'; the document shows them together until the last banner lets go, so two banners never
 * undo each other. Requests belong to the document their banner is in: a banner moved into
 * another one (an iframe's) lets go of the document it left.
 *
 * @module
 */
import { hidingRule } from './hide-selector.js';

/** What one banner asks of the host page. */
export interface MourningMode {
  /** `page`: the whole page grey; `media`: only its pictures, video and frames. */
  grayscale?: 'page' | 'media';
  /** A CSS selector of host elements to hide: ad slots, entertainment blocks; the banner's, once it has found no fault with it. */
  hide?: string;
}

const GREY = {
  // On <html>, never <body>: a filter makes its element the containing block of fixed-position
  // descendants, which breaks a host's fixed header; the root element is the one exempt.
  page: 'html{filter:grayscale(1)!important}',
  media: 'img,picture,video,canvas,svg,iframe,embed,object{filter:grayscale(1)!important}',
};

/** One document's mourning mode: what each banner in it asks, and the stylesheet that shows it. */
interface DocumentMode {
  requests: Map<Element, MourningMode>;
  shown: string;
  /** A constructed sheet where the document adopts them (Content-Security-Policy has no say over those), else a <style>. */
  sheet?: CSSStyleSheet | HTMLStyleElement;
}

const documentModes = new WeakMap<Document, DocumentMode>();
/**
 * The document each banner's requests are in. A banner is told to let go only once it has
 * already joined its new document, so the one it left is remembered here.
 */
const requestedIn = new WeakMap<Element, Document>();

/** Puts `owner`'s requests on the document it is in, in place of any it made before there or elsewhere. */
export function applyMourningMode(owner: Element, mode: MourningMode): void {
  const doc = owner.ownerDocument;
  if (requestedIn.get(owner) !== doc) releaseMourningMode(owner);
  requestedIn.set(owner, doc);
  let documentMode = documentModes.get(doc);
  if (!documentMode) documentModes.set(doc, (documentMode = { requests: new Map(), shown: '' }));
  documentMode.requests.set(owner, mode);
  show(doc, documentMode);
}

/** Takes `owner`'s requests off the document they are in; it is as before once no owner is left. */
export function releaseMourningMode(owner: Element): void {
  const doc = requestedIn.get(owner);
  if (!doc) return;
  requestedIn.delete(owner);
  const documentMode = documentModes.get(doc)!;
  documentMode.requests.delete(owner);
  show(doc, documentMode);
}

function show(doc: Document, documentMode: DocumentMode): void {
  const rules = new Set<string>();
  for (const { grayscale, hide } of documentMode.requests.values()) {
    if (grayscale) rules.add(GREY[grayscale]);
    const hiding = hide && hidingRule(hide);
    if (hiding) rules.add(hiding);
  }
  const css = [...rules].join('');
  if (css === documentMode.shown) return;
  documentMode.shown = css;
  const view = doc.defaultView;
  if (view && 'adoptedStyleSheets' in Document.prototype) {
    // A document adopts only sheets its own window made.
    const constructed = (documentMode.sheet ??= new view.CSSStyleSheet()) as CSSStyleSheet;
    constructed.replaceSync(css);
    const others = doc.adoptedStyleSheets.filter((each) => each !== constructed);
    doc.adoptedStyleSheets = css ? [...others, constructed] : others;
  } else {
    const style = (documentMode.sheet ??= doc.createElement('style')) as HTMLStyleElement;
    style.textContent = css;
    if (css) doc.head.append(style);
    else style.remove();
  }
}

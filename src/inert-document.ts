/**
 * A document without a window, where Lit can clone and fill an element's templates before they
 * join the page (its `creationScope`). Filled there, an `<img>` given its `src` starts no load and
 * nothing is styled; the finished nodes are adopted into the page in one go when inserted — the
 * way a hand-written component fills `template.content.cloneNode(true)`. For elements that render
 * no custom elements: those would only be upgraded once inserted. Made on first use, not when the
 * module runs, so the module also loads where there is no DOM (a server, a worker).
 */
let inert: Document | undefined;

export function inertDocument(): Document {
  return (inert ??= document.createElement('template').content.ownerDocument);
}

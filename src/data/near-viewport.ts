/**
 * Tells when an element comes near the viewport, so widgets below the fold fetch nothing until
 * a reader scrolls toward them. One observer serves the whole page.
 */

/** How far ahead of the viewport loading starts: about a screen of scrolling. */
const AHEAD = '600px';

const callbacks = new WeakMap<Element, () => void>();
let observer: IntersectionObserver | undefined;

function onIntersection(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) {
    if (!entry.isIntersecting) continue;
    observer!.unobserve(entry.target);
    const near = callbacks.get(entry.target);
    callbacks.delete(entry.target);
    near?.();
  }
}

/** Calls `callback` once, when `element` first nears the viewport; returns the cancel function. */
export function whenNearViewport(element: Element, callback: () => void): () => void {
  // The observer's callback is declared outside: made in here, it would keep the first caller's
  // element alive for the life of the page (a closure holds its whole scope).
  observer ??= new IntersectionObserver(onIntersection, { rootMargin: AHEAD });
  callbacks.set(element, callback);
  observer.observe(element);
  return () => {
    callbacks.delete(element);
    observer?.unobserve(element);
  };
}

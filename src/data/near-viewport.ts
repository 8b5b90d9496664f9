/**
 * Tells when an element comes near the viewport, so widgets below the fold fetch nothing until
 * a reader scrolls toward them. One observer serves the whole page.
 */

/** How far ahead of the viewport loading starts: about a screen of scrolling. */
const AHEAD = '600px';

const callbacks = new WeakMap<Element, () => void>();
let observer: IntersectionObserver | undefined;

/** Calls `callback` once, when `element` first nears the viewport; returns the cancel function. */
export function whenNearViewport(element: Element, callback: () => void): () => void {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer!.unobserve(entry.target);
        const near = callbacks.get(entry.target);
        callbacks.delete(entry.target);
        near?.();
      }
    },
    { rootMargin: AHEAD },
  );
  callbacks.set(element, callback);
  observer.observe(element);
  return () => {
    callbacks.delete(element);
    observer?.unobserve(element);
  };
}

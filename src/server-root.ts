import type { LitElement } from 'lit';

/** Whether Lit's hydration support is in place: it has every LitElement observe `defer-hydration`. */
const hydrates = (element: LitElement) => (element.constructor as typeof LitElement).observedAttributes.includes('defer-hydration');

/**
 * Whether `element` is one a server rendered inside another (`defer-hydration`), with no hydration
 * to take it over: it keeps the server's nodes and renders nothing, since the widget holding it
 * renders its own again (and, not loaded, leaves it as the server made it).
 */
export const waitsForItsHost = (element: LitElement): boolean => element.hasAttribute('defer-hydration') && !hydrates(element);

/**
 * The render root of `element`, made by `create` (LitElement's own), for an element whose shadow
 * root a server may have declared (news-widgets/ssr). Where the page loaded Lit's hydration
 * (`@lit-labs/ssr-client`), Lit takes the server's nodes over as they are. Without it, Lit would
 * render after them, so they go, and the element renders its tree again from the data it carries
 * (src/served-data.ts): the same tree, in the same task, with no request and nothing moving.
 */
export function takeOverRenderRoot(element: LitElement, create: () => HTMLElement | DocumentFragment): HTMLElement | DocumentFragment {
  const served = element.shadowRoot ? [...element.shadowRoot.childNodes] : [];
  const root = create();
  if (!served.length || hydrates(element) || waitsForItsHost(element)) return root;
  for (const node of served) node.remove();
  // LitElement renders before the root's first child, which was the server's.
  element.renderOptions.renderBefore = root.firstChild;
  return root;
}

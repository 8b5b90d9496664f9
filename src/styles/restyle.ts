import { adoptStyles, type CSSResult, type LitElement } from 'lit';

/**
 * Constructed style sheets apply only in the document whose window made them, so a widget moved
 * into another document (an iframe, a popup, a picture-in-picture window) would lose every style.
 * Called from `adoptedCallback`, this gives its shadow root sheets made by the new document's
 * window (or Lit's own again, back home). Documents without a window (DOMParser's) render nothing.
 */
export function restyle(element: LitElement): void {
  const root = element.shadowRoot;
  const view = element.ownerDocument.defaultView;
  if (!root || !view) return;
  const styles = (element.constructor as typeof LitElement).elementStyles;
  if (view === window) return adoptStyles(root, styles);
  root.adoptedStyleSheets = styles.map((style) => {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync((style as CSSResult).cssText);
    return sheet;
  });
}

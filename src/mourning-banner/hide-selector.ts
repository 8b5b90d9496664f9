/**
 * The banner's `hide=` selector, read by the browser's own CSS parser. A selector is used only
 * as the one style rule the parser makes of it alone, serialized back by the parser, so text
 * that leaves a bracket, a string or a comment open (`a[title="x`, `.ad:not(.x`, `a/*`), or
 * smuggles in a rule of its own, can never reach into the rules of another banner's request.
 *
 * @module
 */

const HIDDEN = '{display:none!important}';

/** The one style rule the CSS parser makes of `text` alone, with nothing left over; undefined otherwise. */
function onlyStyleRule(text: string): CSSStyleRule | undefined {
  const sheet = new CSSStyleSheet();
  try {
    sheet.replaceSync(text);
  } catch {
    return undefined;
  }
  const [rule, ...more] = sheet.cssRules;
  if (more.length || !(rule instanceof CSSStyleRule)) return undefined;
  // A selector ending in "{x:y;b" would open the block itself and nest its own rule in it.
  const onlyHiding = rule.style.length === 1 && rule.style.getPropertyPriority('display') === 'important' && !rule.cssRules?.length;
  return onlyHiding ? rule : undefined;
}

/**
 * Elements no `hide=` may ever hide, whatever the page turns into after the selector was
 * accepted: the page itself, every banner, and what holds one (where `:has()` is known).
 */
const guard = () =>
  `:not(html, body, news-mourning-banner${CSS.supports('selector(:has(*))') ? ', :has(news-mourning-banner)' : ''})`;

/** The rule that hides what `selector` matches, as the CSS parser serializes it; undefined when `selector` is not one selector (list). */
export function hidingRule(selector: string): string | undefined {
  const parsed = onlyStyleRule(selector + HIDDEN);
  // The parser's own serialization, parsed again, must read the same: nothing open is left to close.
  if (!parsed || onlyStyleRule(parsed.cssText)?.selectorText !== parsed.selectorText) return undefined;
  return onlyStyleRule(`:is(${parsed.selectorText})${guard()}${HIDDEN}`)?.cssText;
}

/** Whether `element` matches `selector`; a selector the DOM refuses matches nothing. */
function matches(element: Element | null, selector: string): boolean {
  try {
    return !!element?.matches(selector);
  } catch {
    return false;
  }
}

/** The banner, then each element that holds it, across shadow roots, up to `<html>`. */
function* selfAndHolders(banner: Element): Generator<Element> {
  for (let at: Element | null = banner; at; at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host || null)) yield at;
}

/**
 * Why `banner` cannot use `selector` as its `hide=` now, in one phrase for developers: it is not
 * a selector, or it matches `<html>`, `<body>`, the banner or an element that holds it (which
 * would hide the page, or the banner, for the day). Undefined when it can.
 */
export function hideProblem(selector: string, banner: Element): string | undefined {
  if (!hidingRule(selector)) return `hide="${selector}" is not a CSS selector`;
  const { body } = banner.ownerDocument;
  const hit = [body, ...selfAndHolders(banner)].find((element) => matches(element, selector));
  if (!hit) return undefined;
  const what = hit === banner ? 'the banner itself' : hit === body || hit.localName === 'html' ? `<${hit.localName}>` : `<${hit.localName}>, which holds the banner`;
  return `hide="${selector}" matches ${what}, and would hide the banner for the day`;
}

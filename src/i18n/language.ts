import { LANGUAGES, type Lang } from '../data/types.js';

/**
 * Reads a BCP 47 tag as one of the library's languages: `kk-KZ` → `kk`, `kk-latn` → `kk-Latn`,
 * `ru-RU` → `ru`. Anything else is undefined, so resolution moves on to the next source.
 */
export function toLang(tag: string | null | undefined): Lang | undefined {
  if (!tag) return undefined;
  const [language, ...subtags] = tag.trim().toLowerCase().split(/[-_]/);
  if (language === 'kk') return subtags.includes('latn') ? 'kk-Latn' : 'kk';
  return LANGUAGES.find((lang) => lang === language);
}

/** The element's parent, crossing out of shadow roots so an ancestor's `lang` is found from inside a component. */
function parentOf(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The language an element shows, in the contract's order: its own `lang`, then the page-wide
 * choice, then the nearest ancestor's `lang` (up to `<html lang>`), then Kazakh.
 */
export function resolveLanguage(element: Element, pageChoice: Lang | undefined): Lang {
  const own = toLang(element.getAttribute('lang'));
  if (own) return own;
  if (pageChoice) return pageChoice;
  for (let node = parentOf(element); node; node = parentOf(node)) {
    const lang = toLang(node.getAttribute('lang'));
    if (lang) return lang;
  }
  return 'kk';
}

/**
 * Reading a widget's shadow tree as an attacker would: every element in it, the URLs it carries
 * and what in it came from markup or script. Shared by the XSS suite, the host-page suite and the
 * property tests.
 */

/** Every element of a shadow tree, and of the shadow trees inside it. */
export function everyElement(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? everyElement(element.shadowRoot) : [])]);
}

const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'xlink:href', 'action', 'formaction', 'poster', 'data', 'background', 'ping', 'cite'];

/** The URLs of a `srcset`, read the way the HTML standard reads them (commas inside a URL stay). */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let rest = srcset;
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '');
    if (!rest) return urls;
    const url = /^\S+/.exec(rest)![0];
    rest = rest.slice(url.length);
    urls.push(url.replace(/,+$/, ''));
    if (!url.endsWith(',')) rest = rest.replace(/^[^,]*(\([^)]*\)[^,]*)*,?/, '');
  }
}

/** What is wrong with a widget's DOM: handlers, non-http(s) URLs, styles carrying URLs. */
export function domProblems(widget: Element): string[] {
  const problems: string[] = [];
  for (const element of everyElement(widget.shadowRoot!)) {
    for (const { name, value } of element.attributes) {
      if (/^on/i.test(name)) problems.push(`<${element.localName} ${name}>`);
      if (name === 'style' && /url\(|expression|javascript/i.test(value)) problems.push(`<${element.localName} style="${value}">`);
      if (!URL_ATTRIBUTES.includes(name)) continue;
      const urls = name === 'srcset' ? srcsetUrls(value) : [value];
      for (const url of urls) {
        const { protocol } = new URL(url, element.baseURI);
        if (protocol !== 'http:' && protocol !== 'https:') problems.push(`<${element.localName} ${name}="${value}">`);
      }
    }
  }
  return problems;
}

/** The widget's shadow tree as a list of tag names: markup in the data must not change it. */
export const structure = (widget: Element) =>
  everyElement(widget.shadowRoot!)
    .map((element) => element.localName)
    .join(' ');

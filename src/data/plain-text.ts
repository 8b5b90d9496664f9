/**
 * Plain text out of HTML that an endpoint sends (WordPress's rendered fields, JSON Feed's
 * `content_html`). The HTML is parsed by `DOMParser` into an inert document of its own: no script
 * runs, no image or style loads, nothing reaches the page. Only its text is kept: entities
 * decoded, tags dropped, whitespace collapsed.
 */

/** Elements whose text is code or a fallback for other software, never the story's words. */
const NOT_PROSE = 'script,style,template,noscript,iframe,object,svg,math';

/** Elements that break a line, so the words on either side do not run together. */
const BREAKS = 'br,hr,p,div,li,dt,dd,h1,h2,h3,h4,h5,h6,blockquote,figcaption,pre,tr,td,th,section,article';

/** HTML's own whitespace; a no-break space is left alone, since editors type it on purpose. */
const collapse = (text: string) => text.replace(/[ \t\n\r\f]+/g, ' ').trim();

let parser: DOMParser | undefined;

/** A start tag, its quoted attribute values read whole (a `>` inside quotes does not end it). */
const START_TAG = /<[a-z][^\s/>]*(?:"[^"]*"|'[^']*'|[^"'>])*>?/gi;

/** Where an attribute name begins with `on` inside a start tag. */
const HANDLER_NAME = /([\s/"'])(on[a-z])/gi;

/**
 * Event-handler attributes renamed before parsing. The parsed document never runs them, but
 * Chromium still checks each one against the host page's CSP, so a host with
 * `script-src` and a report endpoint would get a violation report for every story's `onerror`.
 */
const withoutHandlers = (html: string) => html.replace(START_TAG, (tag) => tag.replace(HANDLER_NAME, '$1x-$2'));

/**
 * Under Trusted Types (CSP `require-trusted-types-for 'script'`) the parser takes only
 * TrustedHTML. Passing the markup through unchanged is safe here: the document it makes is inert
 * and only its text is read. Made on first use, so pages without HTML fields create no policy.
 */
let policy: TrustedPolicy | null | undefined;

/** TypeScript's DOM types lack Trusted Types; TrustedHTML is typed as the string it stands for. */
interface TrustedPolicy {
  createHTML(html: string): string;
}

function trusted(html: string): string {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: TrustedPolicy): TrustedPolicy } }).trustedTypes;
    try {
      policy = factory?.createPolicy('news-widgets', { createHTML: (markup) => markup }) ?? null;
    } catch {
      // A CSP allowlist without `news-widgets`: parsing is then refused, as the host asked.
      policy = null;
    }
  }
  return policy ? policy.createHTML(html) : html;
}

/** The text of an HTML fragment, or `''` for anything that is not a string. */
export function plainText(html: unknown): string {
  if (typeof html !== 'string') return '';
  if (!/[<&]/.test(html)) return collapse(html);
  parser ??= new DOMParser();
  const { body } = parser.parseFromString(trusted(withoutHandlers(html)), 'text/html');
  for (const element of body.querySelectorAll(NOT_PROSE)) element.remove();
  for (const element of body.querySelectorAll(BREAKS)) {
    element.before(' ');
    element.after(' ');
  }
  return collapse(body.textContent ?? '');
}

/** `text` cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–—-]+$/, '')}…`;
}

/** Words a reader gets through in a minute; news prose in Kazakh and Russian reads at about this pace. */
const WORDS_PER_MINUTE = 180;

/** Minutes to read `text`, at least 1; undefined when it has no words. */
export function readingMinutes(text: string): number | undefined {
  const words = text.split(/\s+/).filter(Boolean).length;
  return words ? Math.max(1, Math.round(words / WORDS_PER_MINUTE)) : undefined;
}

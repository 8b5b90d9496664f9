import { NewsDataError } from './types.js';

/**
 * The base relative URLs are read against: the page's. A server has no page, and takes absolute
 * URLs only (a relative one is then refused like an unsafe one).
 */
export const pageBase = (): string | undefined => globalThis.document?.baseURI;

/**
 * URLs already checked, by base and value: a page of widgets sharing stories checks the same few
 * URLs many times (parsing them was about a tenth of a busy page's script). Bounded, oldest out first.
 */
const checked = new Map<string, string | undefined>();
const CHECKED_MAX = 500;

/**
 * The one gate every URL from an endpoint passes before it becomes a link or an image:
 * only `http:` and `https:` survive, and never with a user name or password (a link's URL goes
 * to the host's analytics in `news-article-click`; `https://bank.kz@evil.example/` is a lure). Parsing with `URL` (rather than matching prefixes) folds
 * case, strips the whitespace and control characters browsers ignore, and so sees through
 * `" JaVaScRiPt:…"`-style obfuscation.
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  // Length-prefixed, so no base and value can make another pair's key.
  const key = `${base?.length ?? -1}:${base ?? ''}${value}`;
  if (checked.has(key)) return checked.get(key);
  let safe: string | undefined;
  try {
    const parsed = new URL(value, base);
    if (whyNotRequested(parsed) === undefined) safe = parsed.href;
  } catch {
    // not a URL: undefined
  }
  if (checked.size >= CHECKED_MAX) checked.delete(checked.keys().next().value!);
  checked.set(key, safe);
  return safe;
}

/** Keeps the `srcset` candidates whose URL is safe; `undefined` when none is. */
export function safeSrcset(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const candidates = value
    .split(/,\s+/)
    .map((candidate) => {
      const [url, descriptor] = candidate.trim().split(/\s+/, 2);
      const safe = safeUrl(url, base);
      if (!safe) return undefined;
      return descriptor && /^\d+(\.\d+)?[wx]$/.test(descriptor) ? `${safe} ${descriptor}` : safe;
    })
    .filter((candidate): candidate is string => candidate !== undefined);
  return candidates.length ? candidates.join(', ') : undefined;
}

/**
 * Why the data layer will not ask `url`, or undefined when it will: only `http:` and `https:`
 * (a browser fetches nothing else), never with a user name or password (an embed's endpoint is
 * public, and its URL goes into event details and storage keys).
 */
export function whyNotRequested(url: URL): string | undefined {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `it must be an http: or https: URL, not ${url.protocol}`;
  if (url.username || url.password) return 'it must not hold a user name or password';
  return undefined;
}

/**
 * The endpoint `value` names, resolved against `base`, as the data layer uses it: the fragment
 * dropped, the path without a trailing slash, the query (an API key, say) kept for every request.
 * @throws NewsDataError `unsupported`, without the URL in it, for anything the data layer will not ask
 */
export function endpointBase(value: string, base?: string): string {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    throw new NewsDataError('unsupported', 'The endpoint is not a URL.');
  }
  const problem = whyNotRequested(url);
  if (problem) throw new NewsDataError('unsupported', `The endpoint cannot be used: ${problem}.`);
  url.hash = '';
  url.pathname = url.pathname.replace(/\/+$/, '');
  return url.href;
}

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
 * only `http:` and `https:` survive. Parsing with `URL` (rather than matching prefixes) folds
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
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') safe = parsed.href;
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

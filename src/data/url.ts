/**
 * The one gate every URL from an endpoint passes before it becomes a link or an image:
 * only `http:` and `https:` survive. Parsing with `URL` (rather than matching prefixes) folds
 * case, strips the whitespace and control characters browsers ignore, and so sees through
 * `" JaVaScRiPt:…"`-style obfuscation.
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(value, base);
  } catch {
    return undefined;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
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

import { NewsDataError } from '../types.js';
import type { Article, Lang, MourningDay } from '../types.js';

/** What an adapter gets for one load: where to ask, in which language, and the shared client. */
export interface AdapterContext {
  /** Absolute base URL of the endpoint, without a trailing slash. */
  endpoint: string;
  lang: Lang;
  /** The page's shared JSON client, already bound to the requesting element's abort signal. */
  fetchJson(url: string): Promise<unknown>;
}

/** Which stories a list shows. */
export interface ArticleListQuery {
  category?: string;
  tag?: string;
  limit: number;
}

/**
 * Translates one kind of endpoint (native, WordPress, JSON Feed…) into the library's shapes.
 * Adding a source means one new module implementing this, registered in `adapters.ts`.
 * Methods validate what they return and throw `NewsDataError` for anything else.
 */
export interface Adapter {
  article(id: string, context: AdapterContext): Promise<Article>;
  /** Stories related to `id`; may include the article itself or its translations (callers filter). */
  related(id: string, limit: number, context: AdapterContext): Promise<Article[]>;
  articles(query: ArticleListQuery, context: AdapterContext): Promise<Article[]>;
  mourning(context: AdapterContext): Promise<MourningDay[]>;
}

/** Builds `{endpoint}/{path}?{params}`, leaving out empty parameters. */
export function endpointUrl(endpoint: string, path: string, params: Record<string, string | number | undefined>): string {
  const url = new URL(`${endpoint}/${path}`);
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') url.searchParams.set(name, String(value));
  }
  return url.href;
}

/** The error for a capability a source does not have (e.g. mourning days in WordPress). */
export const unsupported = (what: string, adapter: string) =>
  new NewsDataError('unsupported', `The ${adapter} adapter cannot load ${what}.`);

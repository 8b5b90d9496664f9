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

/** Query parameters of a request; empty ones are left out. */
export type Params = Record<string, string | number | undefined>;

/** `url` with `params` set in its query, beside those it has. */
export function withParams(url: URL, params: Params): string {
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') url.searchParams.set(name, String(value));
  }
  return url.href;
}

/**
 * Builds `{endpoint}/{path}?{params}`: `path` goes onto the endpoint's path, and a query of the
 * endpoint's own (an API key) stays, before `params`.
 */
export function endpointUrl(endpoint: string, path: string, params: Params): string {
  const url = new URL(endpoint);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/${path}`;
  return withParams(url, params);
}

/**
 * `id` as one path segment, encoded. `.` and `..` cannot be one: every URL parser (the browser's
 * `fetch` included) reads them, even percent-encoded, as steps along the path, so they are refused.
 * @throws NewsDataError `unsupported`
 */
export function pathSegment(id: string): string {
  if (id === '.' || id === '..') throw new NewsDataError('unsupported', `"${id}" cannot be an id: a URL reads it as a step along the path.`);
  return encodeURIComponent(id);
}

/** The error for a capability a source does not have (e.g. mourning days in WordPress). */
export const unsupported = (what: string, adapter: string) =>
  new NewsDataError('unsupported', `The ${adapter} adapter cannot load ${what}.`);

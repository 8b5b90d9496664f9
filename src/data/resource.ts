import { getAdapter } from './adapters.js';
import type { Adapter, AdapterContext } from './adapters/adapter.js';
import { fetchJson, isAbort } from './client.js';
import { NewsDataError } from './types.js';
import type { Lang } from './types.js';

/**
 * One thing a widget shows (an article, a list, a schedule) loaded through an adapter, with a
 * last-known-good copy kept across reloads for when the endpoint fails.
 */

/** Where a widget's data comes from. */
export interface DataSource {
  /** Absolute base URL, no trailing slash. */
  endpoint: string;
  adapter: string;
  lang: Lang;
}

/** A load, described well enough to key caches and to run it. */
export interface ResourceRequest<T> {
  source: DataSource;
  /** Names the resource within its source, e.g. `article/court-digital`. */
  key: string;
  read(adapter: Adapter, context: AdapterContext): Promise<T>;
}

export interface LoadedResource<T> {
  value: T;
  /** Set when `value` is the last-known-good copy, shown because loading failed with this error. */
  staleBecause?: NewsDataError;
}

const STORAGE_PREFIX = 'news-widgets:v1:';
const STORAGE_INDEX = `${STORAGE_PREFIX}index`;
/** Enough for every widget of a busy page, small enough never to crowd the host's own storage. */
const STORAGE_ENTRIES = 40;

/** Storage can be missing, full or forbidden (privacy modes, sandboxed iframes): then we simply keep nothing. */
function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** The key under which a request's last-known-good copy is kept. */
export const requestId = ({ source, key }: ResourceRequest<unknown>) =>
  `${source.adapter} ${source.endpoint} ${source.lang} ${key}`;

function remember(id: string, value: unknown): void {
  const store = storage();
  if (!store) return;
  try {
    const index: string[] = JSON.parse(store.getItem(STORAGE_INDEX) ?? '[]');
    const kept = [id, ...index.filter((entry) => entry !== id)];
    for (const evicted of kept.splice(STORAGE_ENTRIES)) store.removeItem(STORAGE_PREFIX + evicted);
    store.setItem(STORAGE_PREFIX + id, JSON.stringify({ savedAt: Date.now(), value }));
    store.setItem(STORAGE_INDEX, JSON.stringify(kept));
  } catch {
    // Quota or a corrupt index: the copy is a convenience, never worth an error.
  }
}

function recall<T>(id: string): T | undefined {
  try {
    const saved = storage()?.getItem(STORAGE_PREFIX + id);
    return saved ? (JSON.parse(saved) as { value: T }).value : undefined;
  } catch {
    return undefined;
  }
}

/** The last-known-good copy of a request, if one is kept: lets a widget decide before its load ends. */
export const keptCopy = <T>(request: ResourceRequest<T>): T | undefined => recall<T>(requestId(request));

const asNewsError = (error: unknown) =>
  error instanceof NewsDataError ? error : new NewsDataError('shape', `The data could not be read: ${String(error)}.`);

/**
 * Runs a request. On success the value is kept as last-known-good; on failure the kept copy is
 * returned with `staleBecause`, or the failure is thrown when there is none.
 * @throws NewsDataError, or an AbortError when `signal` aborts
 */
export async function loadResource<T>(
  request: ResourceRequest<T>,
  { signal, fresh = false }: { signal?: AbortSignal; fresh?: boolean } = {},
): Promise<LoadedResource<T>> {
  const id = requestId(request);
  try {
    const adapter = await getAdapter(request.source.adapter);
    const value = await request.read(adapter, {
      endpoint: request.source.endpoint,
      lang: request.source.lang,
      fetchJson: (url) => fetchJson(url, { signal, fresh }),
    });
    remember(id, value);
    return { value };
  } catch (error) {
    if (isAbort(error) || signal?.aborted) throw error;
    const failure = asNewsError(error);
    const kept = recall<T>(id);
    if (kept === undefined) throw failure;
    return { value: kept, staleBecause: failure };
  }
}

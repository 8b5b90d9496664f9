import { getAdapter } from './adapters.js';
import type { Adapter, AdapterContext } from './adapters/adapter.js';
import { fetchJson, forgetAnswer, isAbort } from './client.js';
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
  /**
   * Checks a last-known-good copy read back from storage (written by another version of the
   * library, or corrupted) as `read` checks an answer: returns it, or throws to discard it.
   */
  validate?(kept: unknown): T;
}

export interface LoadedResource<T> {
  value: T;
  /** Set when `value` is the last-known-good copy, shown because loading failed with this error. */
  staleBecause?: NewsDataError;
}

const STORAGE_PREFIX = 'news-widgets:v1:';
/** The kept copies' ids and sizes, most recently saved first: `[[id, characters], …]`. */
const STORAGE_INDEX = `${STORAGE_PREFIX}index`;
/** Enough for every widget of a busy page, small enough never to crowd the host's own storage. */
const STORAGE_ENTRIES = 40;
/** At most this many characters in all (about 512 KB as browsers count them); the oldest copies go first. */
const STORAGE_CHARS = 256 * 1024;

type IndexEntry = [id: string, size: number];

/** A kept copy is shown for at most a week after it was saved (DESIGN.md): older news is not worth passing off as current. */
const KEPT_FOR = 7 * 24 * 60 * 60 * 1000;

/** Storage can be missing, full or forbidden (privacy modes, sandboxed iframes): then we simply keep nothing. */
function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** A short hash of `text` (32-bit FNV-1a): names it apart from others without writing it down. */
function hashed(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/**
 * The endpoint as a storage key names it: a query of its own (it may hold an API key) as a hash,
 * so that no key is written into storage where any script of the host's origin, then or later, reads it.
 */
function endpointName(endpoint: string): string {
  const query = endpoint.indexOf('?');
  return query < 0 ? endpoint : `${endpoint.slice(0, query)}?#${hashed(endpoint.slice(query))}`;
}

/** The key under which a request's last-known-good copy is kept. */
export const requestId = ({ source, key }: ResourceRequest<unknown>) =>
  `${source.adapter} ${endpointName(source.endpoint)} ${source.lang} ${key}`;

/** The index, or, when it is unreadable, an empty one after removing every copy it should list. */
function readIndex(store: Storage): IndexEntry[] {
  try {
    const index: unknown = JSON.parse(store.getItem(STORAGE_INDEX) ?? '[]');
    if (Array.isArray(index) && index.every((entry) => Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'number')) return index;
  } catch {
    // corrupt: start again below
  }
  for (let i = store.length; i--; ) {
    const key = store.key(i);
    if (key?.startsWith(STORAGE_PREFIX)) store.removeItem(key);
  }
  return [];
}

/**
 * Copies waiting to be kept, oldest first. They are written together in a later task: a page of
 * widgets answered at once then reads and writes the index once, not once per widget, and none of
 * it delays their rendering.
 */
const toKeep = new Map<string, unknown>();

function remember(id: string, value: unknown): void {
  if (!toKeep.size) setTimeout(keepWaitingCopies);
  toKeep.delete(id);
  toKeep.set(id, value);
}

/** Writes the copies waiting to be kept now (they are written a task after they arrive). */
export function keepWaitingCopies(): void {
  const newestFirst = new Map([...toKeep].reverse().map(([id, value]) => [id, JSON.stringify({ savedAt: Date.now(), value })]));
  toKeep.clear();
  const store = storage();
  if (!store) return;
  try {
    const kept: IndexEntry[] = [];
    let total = 0;
    const fresh = [...newestFirst].map(([id, saved]): IndexEntry => [id, saved.length]);
    for (const entry of [...fresh, ...readIndex(store).filter(([id]) => !newestFirst.has(id))]) {
      if (kept.length < STORAGE_ENTRIES && total + entry[1] <= STORAGE_CHARS) {
        kept.push(entry);
        total += entry[1];
      } else store.removeItem(STORAGE_PREFIX + entry[0]);
    }
    for (const [id] of kept) if (newestFirst.has(id)) store.setItem(STORAGE_PREFIX + id, newestFirst.get(id)!);
    store.setItem(STORAGE_INDEX, JSON.stringify(kept));
  } catch {
    // Quota: the copy is a convenience, never worth an error.
  }
}

/** Answers a server rendered the page's widgets with, by request id: the page's own data. */
const served = new Map<string, unknown>();

/** Takes `value` as the answer to `request` for this page: what a server rendered a widget with. Kept like a loaded answer. */
export function serve<T>(request: ResourceRequest<T>, value: T): void {
  const id = requestId(request);
  served.set(id, value);
  remember(id, value);
}

/** Takes back what `serve()` took: a server serves its answers only while it renders with them. */
export function unserve(request: ResourceRequest<unknown>): void {
  served.delete(requestId(request));
}

/** The answer a server rendered some widget of this page with for `request`, if any. */
export function servedAnswer<T>(request: ResourceRequest<T>): T | undefined {
  return served.get(requestId(request)) as T | undefined;
}

/** Removes the kept copy `id`, and its line of the index. */
function dropCopy(id: string): void {
  toKeep.delete(id);
  const store = storage();
  try {
    if (!store?.getItem(STORAGE_PREFIX + id)) return;
    store.removeItem(STORAGE_PREFIX + id);
    store.setItem(STORAGE_INDEX, JSON.stringify(readIndex(store).filter(([kept]) => kept !== id)));
  } catch {
    // Storage that fails now keeps what it has; the copy expires all the same.
  }
}

/** The value of a saved copy, or undefined (and the copy removed) once it is a week old, or when it says no time. */
function savedValue(id: string, saved: string): unknown {
  const { savedAt, value } = JSON.parse(saved);
  const age = Date.now() - savedAt;
  if (age >= 0 && age < KEPT_FOR) return value;
  dropCopy(id);
  return undefined;
}

/** The last-known-good copy of a request, if one is kept, is less than a week old and still reads as valid. */
export function keptCopy<T>(request: ResourceRequest<T>): T | undefined {
  const id = requestId(request);
  try {
    let kept = toKeep.get(id);
    if (kept === undefined) {
      const saved = storage()?.getItem(STORAGE_PREFIX + id);
      kept = saved ? savedValue(id, saved) : undefined;
    }
    return kept === undefined || !request.validate ? (kept as T | undefined) : request.validate(kept);
  } catch {
    return undefined;
  }
}

/** True for an endpoint's word that the thing is gone: its kept copy must never show again (a retracted story). */
const isGone = (error: NewsDataError) => error.reason === 'http' && (error.status === 404 || error.status === 410);

const asNewsError = (error: unknown) =>
  error instanceof NewsDataError ? error : new NewsDataError('shape', `The data could not be read: ${String(error)}.`);

/**
 * Runs a request. On success the value is kept as last-known-good; on failure the kept copy is
 * returned with `staleBecause`, or the failure is thrown when there is none. A 404 or 410 drops
 * the kept copy: the endpoint says the thing is gone. Answers the read
 * rejects as `shape` leave the page's answer cache.
 * @throws NewsDataError, or an AbortError when `signal` aborts
 */
export async function loadResource<T>(
  request: ResourceRequest<T>,
  { signal, fresh = false }: { signal?: AbortSignal; fresh?: boolean } = {},
): Promise<LoadedResource<T>> {
  const id = requestId(request);
  const answers: [url: string, answer: unknown][] = [];
  try {
    const adapter = await getAdapter(request.source.adapter);
    const value = await request.read(adapter, {
      endpoint: request.source.endpoint,
      lang: request.source.lang,
      fetchJson: async (url) => {
        const answer = await fetchJson(url, { signal, fresh });
        answers.push([url, answer]);
        return answer;
      },
    });
    remember(id, value);
    return { value };
  } catch (error) {
    if (isAbort(error) || signal?.aborted) throw error;
    const failure = asNewsError(error);
    // Answers that did not fit are not handed to the next widget that asks: it asks anew, once, as
    // after any failure. Widgets asking at once still share the one request that brought them.
    if (failure.reason === 'shape') for (const [url, answer] of answers) forgetAnswer(url, answer);
    if (isGone(failure)) {
      dropCopy(id);
      throw failure;
    }
    const kept = keptCopy(request);
    if (kept === undefined) throw failure;
    return { value: kept, staleBecause: failure };
  }
}

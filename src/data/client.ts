import { getConfig } from './config.js';
import { NewsDataError } from './types.js';
import { whyNotRequested } from './url.js';

/**
 * The page's single HTTP client for JSON. Every widget on a page shares it, so twenty cards
 * asking for one URL cause one request; it owns timeouts, bounded retries and cancellation.
 */

export interface FetchJsonOptions {
  /** Aborts this caller's interest; the request itself is aborted once no caller is left. */
  signal?: AbortSignal;
  /** Skip the in-memory cache (a reader's Retry). */
  fresh?: boolean;
}

interface InFlight {
  promise: Promise<unknown>;
  controller: AbortController;
  callers: number;
}

/** Responses are reused this long; widgets that appear later on the same page ask nothing. */
const MEMORY_TTL = 60_000;
/**
 * At most this many answers are kept, the oldest dropped first: more than a busy page's widgets
 * ask for, so a page open for hours, reading story after story, does not keep every one.
 */
const MEMORY_ENTRIES = 100;
/** Bodies larger than this are refused rather than parsed: no widget needs megabytes. */
const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** The longest wait before a retry; a server asking for longer is taken at its word and not retried. */
const MAX_RETRY_DELAY = 10_000;

const inFlight = new Map<string, InFlight>();
/** Answers by URL, oldest first. */
const memory = new Map<string, { value: unknown; expires: number }>();

function keepInMemory(url: string, value: unknown): void {
  const now = Date.now();
  memory.delete(url);
  // Insertion order is expiry order (one TTL for all), so the sweep stops at the first live answer.
  for (const [key, { expires }] of memory) {
    if (expires > now && memory.size < MEMORY_ENTRIES) break;
    memory.delete(key);
  }
  memory.set(url, { value, expires: now + MEMORY_TTL });
}

const abortError = () => new DOMException('The request was cancelled.', 'AbortError');

/** True for the rejection a caller gets when its own signal aborted. */
export const isAbort = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(abortError())), { once: true });
  });

const retryable = (error: unknown) =>
  error instanceof NewsDataError &&
  (error.reason === 'network' || (error.reason === 'http' && (error.status! >= 500 || error.status === 429)));

/**
 * Backoff doubling from 400 ms with jitter, or the server's own `Retry-After` (seconds or an HTTP
 * date) when it gives one. More than MAX_RETRY_DELAY means "not worth waiting for".
 */
function retryDelay(attempt: number, retryAfter: string | null): number {
  const seconds = retryAfter === null ? NaN : Number(retryAfter);
  const asked = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter ?? '') - Date.now();
  return Number.isNaN(asked) ? Math.min(400 * 2 ** attempt * (0.75 + Math.random() / 2), MAX_RETRY_DELAY) : Math.max(0, asked);
}

/** Error answers worth reading are small JSON; anything else is left unread. */
const MAX_ERROR_BYTES = 64 * 1024;

/**
 * The body as text, or undefined once it passes `max` bytes: reading stops there, since a body
 * may be endless. `stop` rejects when the attempt is over, even if the host's `fetch` ignores signals.
 */
async function readBody(response: Response, max: number, stop: Promise<never>): Promise<string | undefined> {
  const reader = response.body?.getReader();
  // A host's fetch polyfill may answer without streams.
  if (!reader) return Promise.race([response.text(), stop]).then((text) => (text.length > max ? undefined : text));
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), stop]);
      if (done) return text + decoder.decode();
      bytes += value.length;
      if (bytes > max) return undefined;
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}

/** The JSON an endpoint sent with an error status (WordPress's `{ code, message }`), or undefined. */
async function errorBody(response: Response, stop: Promise<never>): Promise<unknown> {
  if (!/json/i.test(response.headers.get('Content-Type') ?? '')) return undefined;
  try {
    return JSON.parse((await readBody(response, MAX_ERROR_BYTES, stop)) ?? '');
  } catch {
    return undefined;
  }
}

/** One attempt: fetch with a timeout, then classify every way it can go wrong. */
async function attempt(url: string, signal: AbortSignal, timeout: number): Promise<{ value: unknown } | { error: NewsDataError; retryAfter: string | null }> {
  const timer = new AbortController();
  const timeoutId = setTimeout(() => timer.abort(), timeout);
  const stop = () => timer.abort();
  signal.addEventListener('abort', stop, { once: true });
  // Settles only by rejecting, when the attempt is over: a host's fetch wrapper may drop our signal.
  const over = new Promise<never>((_, reject) => timer.signal.addEventListener('abort', () => reject(abortError()), { once: true }));
  const failure = (late: string, network: string) =>
    signal.aborted ? abortError() : timer.signal.aborted
      ? new NewsDataError('timeout', `${late} within ${timeout / 1000} s.`, undefined, url)
      : new NewsDataError('network', network, undefined, url);
  const tooLarge = (status: number) => new NewsDataError('shape', 'The response is too large to be news data.', status, url);
  try {
    let response: Response;
    try {
      response = await Promise.race([fetch(url, { signal: timer.signal, headers: { Accept: 'application/json' }, credentials: 'omit' }), over]);
    } catch {
      throw failure('No answer', 'The endpoint could not be reached.');
    }
    if (!response.ok) {
      const message = `The endpoint answered ${response.status}.`;
      const error = new NewsDataError('http', message, response.status, url, await errorBody(response, over));
      return { error, retryAfter: response.headers.get('Retry-After') };
    }
    if (Number(response.headers.get('Content-Length')) > MAX_BODY_BYTES) throw tooLarge(response.status);
    let body: string | undefined;
    try {
      body = await readBody(response, MAX_BODY_BYTES, over);
    } catch {
      throw failure('The answer did not finish', 'The connection broke while reading the answer.');
    }
    if (body === undefined) throw tooLarge(response.status);
    try {
      return { value: JSON.parse(body) };
    } catch {
      throw new NewsDataError('not-json', `The endpoint answered with something that is not JSON (${response.headers.get('Content-Type') ?? 'no content type'}).`, response.status, url);
    }
  } finally {
    clearTimeout(timeoutId);
    signal.removeEventListener('abort', stop);
  }
}

/**
 * The error for a URL the browser would never fetch, or that would carry a user name or password
 * (a `next_url` in a feed, say): given at once, never retried, and without the URL.
 */
function refusal(url: string): NewsDataError | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url, globalThis.location?.href);
  } catch {
    return undefined; // fetch itself says what is wrong with it
  }
  const problem = whyNotRequested(parsed);
  return problem === undefined ? undefined : new NewsDataError('unsupported', `This URL is not asked: ${problem}.`);
}

async function request(url: string, signal: AbortSignal): Promise<unknown> {
  const refused = refusal(url);
  if (refused) throw refused;
  const { timeout, retries } = getConfig();
  for (let attemptNo = 0; ; attemptNo++) {
    let outcome;
    try {
      outcome = await attempt(url, signal, timeout);
    } catch (error) {
      outcome = { error, retryAfter: null };
    }
    if ('value' in outcome) return outcome.value;
    const delay = retryDelay(attemptNo, outcome.retryAfter);
    if (!retryable(outcome.error) || attemptNo >= retries || delay > MAX_RETRY_DELAY) throw outcome.error;
    await sleep(delay, signal);
  }
}

/** Makes a caller's promise settle early when its own signal aborts. */
function followSignal<T>(promise: Promise<T>, signal: AbortSignal | undefined, onAbort: () => void): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const abort = () => (onAbort(), reject(abortError()));
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/**
 * GETs `url` as JSON. Concurrent callers of one URL share one request; successful answers are
 * reused for a minute (the latest hundred URLs) unless a reader rejects them (`forgetAnswer`).
 * @throws NewsDataError (`network`, `timeout`, `http`, `not-json`, `shape`, `unsupported`) or an AbortError
 */
export function fetchJson(url: string, { signal, fresh = false }: FetchJsonOptions = {}): Promise<unknown> {
  if (signal?.aborted) return Promise.reject(abortError());
  const cached = memory.get(url);
  if (!fresh && cached && cached.expires > Date.now()) return Promise.resolve(cached.value);

  let shared = inFlight.get(url);
  if (!shared) {
    const controller = new AbortController();
    const promise = request(url, controller.signal).then((value) => {
      keepInMemory(url, value);
      return value;
    });
    const entry: InFlight = { promise, controller, callers: 0 };
    promise.finally(() => inFlight.get(url) === entry && inFlight.delete(url)).catch(() => {});
    inFlight.set(url, entry);
    shared = entry;
  }
  const entry = shared;
  entry.callers++;
  let counted = true;
  const release = () => {
    if (!counted) return;
    counted = false;
    entry.callers--;
  };
  const abandon = () => {
    release();
    if (entry.callers === 0 && inFlight.get(url) === entry) {
      inFlight.delete(url);
      entry.controller.abort();
    }
  };
  return followSignal(entry.promise, signal, abandon).finally(release);
}

/**
 * Drops `url`'s cached answer if it is still `answer`: for an answer its reader found unfit, so the
 * next caller asks the endpoint again instead of being handed the same bad data. A newer answer,
 * fetched meanwhile, stays.
 */
export function forgetAnswer(url: string, answer: unknown): void {
  if (memory.get(url)?.value === answer) memory.delete(url);
}

/** Forgets cached answers and pending requests: for tests and for hosts that swap endpoints. */
export function resetClient(): void {
  for (const entry of inFlight.values()) entry.controller.abort();
  inFlight.clear();
  memory.clear();
}

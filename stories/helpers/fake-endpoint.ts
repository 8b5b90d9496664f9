/**
 * Stand-in endpoints for stories that show the data layer's states (loading, error, not found,
 * stale) without a server. While installed, `fetch` to `https://stories.invalid/<name>/…` is
 * answered in the browser the way HTTP would answer (real `Response`s with status and headers,
 * requests that never answer, aborts through the request's signal); every other request goes
 * to the network untouched. The same idea as test/helpers/fake-fetch.ts, routed by endpoint so
 * that several stories on one docs page can each have their own.
 *
 * ```ts
 * const failing = fakeEndpoint('card-fail', { up: false, down: { status: 500 } });
 * export default { beforeEach: [useFakeEndpoints] } satisfies Meta;
 * export const ErrorState: Story = { name: 'Error', args: { endpoint: failing.url, 'article-id': 'court-digital' } };
 * ```
 */
import { render, type TemplateResult } from 'lit';
import { resetClient } from '../../src/data/client.js';
import { toLang } from '../../src/i18n/language.js';
import { demoArticle } from './demo-articles.js';

/**
 * What a fake endpoint answers: a response (JSON, or `body` as it is, e.g. an HTML error page), a
 * request that never answers, or no connection.
 */
export type FakeAnswer =
  | { status?: number; json?: unknown; body?: string; headers?: Record<string, string> }
  | 'hang'
  | 'offline';

export interface FakeEndpoint {
  /** The base URL to give a widget's `endpoint` attribute. */
  readonly url: string;
  /** While true, the endpoint answers with `serve`; otherwise with `down`. */
  up: boolean;
  /** The answer while up, by path (after the endpoint's base) and query; by default the demo articles. */
  serve: (path: string[], query: URLSearchParams) => FakeAnswer;
  /** The answer to every request while the endpoint is down. */
  down: FakeAnswer;
  /** Milliseconds before an answer, so the loading state shows briefly as it does on a real network. */
  latency: number;
}

/** `.invalid` never resolves (RFC 2606): if the stub is not installed, nothing leaves the browser either. */
const ORIGIN = 'https://stories.invalid';
const endpoints = new Map<string, FakeEndpoint>();

/**
 * A fake endpoint at `https://stories.invalid/<name>`. Names are shared by all stories: start them
 * with the element's (`rail-fail`). Defining a name again replaces it, as a hot reload of a
 * stories file does.
 */
export function fakeEndpoint(name: string, options: Partial<Omit<FakeEndpoint, 'url'>> = {}): FakeEndpoint {
  const endpoint: FakeEndpoint = {
    url: `${ORIGIN}/${name}`,
    up: true,
    serve: serveDemoArticles,
    down: { status: 500 },
    latency: 150,
    ...options,
  };
  endpoints.set(name, endpoint);
  return endpoint;
}

/** The native contract's `GET /articles/{id}?lang=…`, from the demo content; 404 for anything else. */
export function serveDemoArticles(path: string[], query: URLSearchParams): FakeAnswer {
  const [collection, id, more] = path;
  const article = collection === 'articles' && id && !more ? demoArticle(id, toLang(query.get('lang')) ?? 'kk') : undefined;
  return article ? { json: article } : { status: 404, json: { error: 'not found' } };
}

const abortError = () => new DOMException('The operation was aborted.', 'AbortError');

function toResponse(answer: Exclude<FakeAnswer, 'hang' | 'offline'>): Response {
  return new Response(answer.body ?? JSON.stringify(answer.json ?? {}), {
    status: answer.status ?? 200,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...answer.headers },
  });
}

let installs = 0;
let realFetch: typeof window.fetch | undefined;

const routedFetch: typeof window.fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  const [name, ...path] = url.pathname.split('/').filter(Boolean);
  const endpoint = url.origin === ORIGIN ? endpoints.get(name ?? '') : undefined;
  if (!endpoint) return realFetch!(input, init);
  const answer = endpoint.up ? endpoint.serve(path, url.searchParams) : endpoint.down;
  const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
  return new Promise<Response>((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    signal?.addEventListener('abort', () => reject(abortError()), { once: true });
    if (answer === 'hang') return;
    setTimeout(() => (answer === 'offline' ? reject(new TypeError('Failed to fetch')) : resolve(toResponse(answer))), endpoint.latency);
  });
};

/**
 * Routes `fetch` through the fake endpoints until the returned function is called: a `beforeEach`
 * whose cleanup Storybook runs when the story goes away. Counted, so stories sharing a page can
 * each install and remove it.
 */
export function useFakeEndpoints(): () => void {
  if (installs++ === 0) {
    realFetch = window.fetch;
    window.fetch = routedFetch;
  }
  let removed = false;
  return () => {
    if (removed) return;
    removed = true;
    if (--installs === 0) {
      window.fetch = realFetch!;
      realFetch = undefined;
    }
  };
}

/**
 * Gives `endpoint` a last-known-good copy, as an earlier visit would have: renders `widget` out of
 * sight with the endpoint up until it loads, then forgets the page's in-memory answers (as a
 * reload does; the kept copy survives) and takes the endpoint down. Call it from a `beforeEach`
 * after `useFakeEndpoints`, with the same `lang` the story shows.
 */
export async function seedLastKnownGood(endpoint: FakeEndpoint, widget: TemplateResult, lang: string): Promise<void> {
  const host = document.createElement('div');
  host.lang = lang;
  host.inert = true;
  // On screen as far as IntersectionObserver is concerned (widgets load near the viewport), and
  // `display` beats Storybook's hiding of everything in <body> while a story is being prepared.
  host.style.cssText = 'display: block; position: fixed; inset: 0 auto auto 0; inline-size: 320px; opacity: 0; pointer-events: none';
  document.body.append(host);
  endpoint.up = true;
  try {
    const loaded = new Promise((resolve, reject) => {
      host.addEventListener('news-load', resolve, { once: true });
      host.addEventListener('news-error', (event) => reject(new Error((event as CustomEvent).detail.message)), { once: true });
      setTimeout(() => reject(new Error(`${endpoint.url}: the seeding load did not finish.`)), 5000);
    });
    render(widget, host);
    await loaded;
  } finally {
    host.remove();
    endpoint.up = false;
    // Would cancel other widgets' requests too: safe here because the story renders alone
    // (its own iframe in docs pages too, see `parameters.docs.story.inline`).
    resetClient();
  }
}

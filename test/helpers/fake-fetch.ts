/**
 * A stand-in for `fetch` that behaves like HTTP for the data layer: real `Response` objects
 * with status, headers and bodies, optional delays, never-answering requests, offline
 * rejections, and aborts through the request's signal.
 */

export type FakeAnswer =
  | Response
  | { status?: number; json?: unknown; body?: string; headers?: Record<string, string>; delay?: number }
  | 'hang'
  | 'offline';

export interface FakeFetch {
  /** Every URL requested, in order. */
  calls: string[];
  /** The signals of those requests, to check cancellation. */
  signals: AbortSignal[];
  restore(): void;
}

const abortError = () => new DOMException('The operation was aborted.', 'AbortError');

function toResponse(answer: Exclude<FakeAnswer, 'hang' | 'offline'>): Response {
  if (answer instanceof Response) return answer;
  const body = answer.body ?? JSON.stringify(answer.json ?? {});
  return new Response(body, {
    status: answer.status ?? 200,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...answer.headers },
  });
}

/** Replaces `window.fetch` until `restore()`; `answer` decides each request's fate by URL. */
export function fakeFetch(answer: (url: URL, callNumber: number) => FakeAnswer): FakeFetch {
  const original = window.fetch;
  const fake: FakeFetch = { calls: [], signals: [], restore: () => (window.fetch = original) };
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const signal = init?.signal ?? new AbortController().signal;
    fake.calls.push(url.href);
    fake.signals.push(signal);
    const outcome = answer(url, fake.calls.length);
    return new Promise<Response>((resolve, reject) => {
      if (signal.aborted) return reject(abortError());
      signal.addEventListener('abort', () => reject(abortError()), { once: true });
      if (outcome === 'hang') return;
      if (outcome === 'offline') return reject(new TypeError('Failed to fetch'));
      const delay = outcome instanceof Response ? 0 : (outcome.delay ?? 0);
      setTimeout(() => resolve(toResponse(outcome)), delay);
    });
  };
  return fake;
}

/** A minimal valid article in the native contract. */
export const sampleArticle = (id = 'court-digital', extra: Record<string, unknown> = {}) => ({
  id,
  lang: 'kk',
  url: `https://example.kz/kk/${id}`,
  title: 'Сандық технология сот саласына жаңа серпін берді',
  excerpt: 'Қазақстандық сотта жүргізілген реформалардың тиімділігі зор…',
  publishedAt: '2026-06-10T09:00:00+05:00',
  author: {
    name: 'Дуйсенова Ақерке',
    role: 'Алматы қаласы қылмыстық істер жөніндегі мамандандырылған ауданаралық сотының хатшысы',
  },
  image: { src: 'https://example.kz/1200.jpg', alt: 'Сот залы', width: 1200, height: 675 },
  category: { id: 'courts', name: 'Сот' },
  readingMinutes: 3,
  translations: { ru: `${id}-ru` },
  ...extra,
});

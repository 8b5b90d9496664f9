/**
 * What must always hold for a widget, however it is configured, checked the way the property
 * tests need it: every problem as a line of text (so fast-check shrinks to the smallest input
 * that shows one), none thrown from here.
 *
 * - No uncaught exception, no unhandled rejection (window `error` and `unhandledrejection`).
 * - No attribute change blocks the main thread for more than 50 ms: timed with `performance.now()`
 *   around the change and the updates it sets off (microtasks only, so nothing else runs in
 *   between), and, where the engine has it (Chromium), any long task while the widget works.
 * - The widget ends loaded, empty or in its error state within its timeout.
 * - Its shadow trees hold nothing made from the data: only the elements its own templates make,
 *   no event-handler attribute, no URL other than http(s).
 */
import { domProblems, everyElement } from '../helpers/shadow-tree.js';

/** The longest one attribute change may hold the main thread (the Long Tasks API's own threshold). */
export const BLOCKING_LIMIT_MS = 50;

/** The elements the widgets' own templates make: any other in a shadow tree came from the data. */
const TEMPLATE_TAGS = new Set(['article', 'div', 'a', 'img', 'p', 'span', 'time', 'br', 'button', 'slot', 'section', 'ul', 'li', 'news-article-card', 'svg', 'path']);

/** Only Chromium reports long tasks; elsewhere the timing of each change is the measure. */
export const hasLongTasks = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes.includes('longtask');

type Updating = Element & { updateComplete?: Promise<unknown> };

/** Collects what went wrong on the page while it watches. */
export class PageWatch {
  readonly problems: string[] = [];
  private readonly longTasks = hasLongTasks ? new PerformanceObserver((list) => this.noteLongTasks(list.getEntries())) : undefined;
  private previousOnError: OnErrorEventHandler = null;
  /** Long tasks that began before this were the test's own (fast-check making the case). */
  private since = 0;

  async start(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    this.since = performance.now();
    // Mocha's own window.onerror would fail the test at once, before fast-check could shrink it.
    this.previousOnError = window.onerror;
    window.onerror = () => true;
    window.addEventListener('error', this.onError);
    window.addEventListener('unhandledrejection', this.onRejection);
    this.longTasks?.observe({ type: 'longtask' });
  }

  stop(): void {
    if (this.longTasks) {
      this.noteLongTasks(this.longTasks.takeRecords());
      this.longTasks.disconnect();
    }
    window.removeEventListener('error', this.onError);
    window.removeEventListener('unhandledrejection', this.onRejection);
    window.onerror = this.previousOnError;
  }

  /** Runs `change` and the updates it sets off in `widget` and the widgets inside it; notes a change that blocks too long. */
  async timed(what: string, widget: Element, change: () => void): Promise<void> {
    const started = performance.now();
    try {
      change();
      await updatesOf(widget);
    } catch (error) {
      this.problems.push(`${what} threw ${String(error)}`);
    }
    const took = performance.now() - started;
    if (took > BLOCKING_LIMIT_MS) this.problems.push(`${what} blocked the main thread for ${took.toFixed(0)} ms`);
  }

  private noteLongTasks(entries: PerformanceEntryList): void {
    for (const entry of entries) if (entry.startTime >= this.since) this.problems.push(`a long task of ${entry.duration.toFixed(0)} ms`);
  }

  private readonly onError = (event: ErrorEvent) => {
    this.problems.push(`uncaught ${String(event.error ?? event.message)}`);
  };

  private readonly onRejection = (event: PromiseRejectionEvent) => {
    event.preventDefault();
    this.problems.push(`unhandled rejection ${String(event.reason)}`);
  };
}

/** Waits for `widget`'s pending update and those of the widgets it renders, in microtasks only. */
async function updatesOf(widget: Element): Promise<void> {
  for (let settled = false; !settled; ) {
    const updating = [widget, ...(widget.shadowRoot ? everyElement(widget.shadowRoot) : [])] as Updating[];
    const done = await Promise.all(updating.map((element) => element.updateComplete ?? true));
    settled = done.every(Boolean);
  }
}

/** What a widget shows: still loading, or the state it ended in. */
export function stateOf(widget: Element): 'loading' | 'loaded' | 'error' | 'empty' | 'skeleton' {
  const tree = everyElement(widget.shadowRoot!);
  if (widget.localName === 'news-article-card' && widget.hasAttribute('skeleton')) return 'skeleton';
  if (tree.some((element) => element.getAttribute('aria-busy') === 'true')) return 'loading';
  if (tree.some((element) => element.getAttribute('role') === 'alert')) return 'error';
  if (tree.some((element) => /\b(link|banner|option|list)\b/.test(element.getAttribute('part') ?? ''))) return 'loaded';
  return 'empty';
}

/**
 * Waits until `widget` stops loading and no request is in flight, for at most `ms`; returns the
 * state it ended in, or a problem.
 */
export async function settle(widget: Element, ms: number, inFlight: () => number): Promise<string> {
  const deadline = performance.now() + ms;
  for (;;) {
    // Twice, a task apart: a load can be about to start (its widget just came near the viewport).
    const state = stateOf(widget);
    if (state !== 'loading' && inFlight() === 0) {
      await new Promise((resolve) => setTimeout(resolve, 30));
      if (stateOf(widget) === state && inFlight() === 0) return state;
    }
    if (performance.now() > deadline) return `still loading after ${ms} ms (${inFlight()} requests in flight)`;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Elements, handlers and URLs in the widget's shadow trees that its templates never make. */
export function markupProblems(widget: Element): string[] {
  const foreign = everyElement(widget.shadowRoot!)
    .filter((element) => !TEMPLATE_TAGS.has(element.localName))
    .map((element) => `a <${element.localName}> in the shadow tree`);
  return [...foreign, ...domProblems(widget)];
}

/** Counts the requests in flight through `window.fetch` (the real one or a stub) until `restore()`. */
export function countRequests(): { inFlight: () => number; restore: () => void } {
  const original = window.fetch;
  let open = 0;
  window.fetch = (...args: Parameters<typeof fetch>) => {
    open++;
    const request = original(...args);
    request.then(
      () => open--,
      () => open--,
    );
    return request;
  };
  return { inFlight: () => open, restore: () => (window.fetch = original) };
}

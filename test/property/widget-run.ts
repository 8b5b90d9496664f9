/**
 * One case of an element property test: a clean page, the network the case chose (the mock
 * endpoint on this origin, or a stubbed fetch answering the case's JSON), the widget mounted and
 * watched until it settles, then taken away; every problem seen, as text.
 */
import fc from 'fast-check';
import { resetPage } from '../helpers/elements.js';
import { fakeFetch } from '../helpers/fake-fetch.js';
import { anyString, anyUrl, mockEndpoint, stubbedEndpoint, type StubbedEndpoint } from './element-inputs.js';
import { PageWatch, countRequests, markupProblems, settle } from './widget-watch.js';

/** The client's timeout in these tests, short so that a case that hangs costs little; no retries. */
export const TIMEOUT_MS = 800;
/** Room on a loaded machine between the timeout and the widget showing its error. */
const SETTLING_MS = 2500;

/** Where a case's requests go, and the `endpoint` attribute that sends them there (none: no endpoint anywhere). */
export type Network = { kind: 'mock'; endpoint?: string } | { kind: 'stub'; endpoint?: string; answers: StubbedEndpoint };

/** The mock endpoint (no other host: nothing may leave the machine), or a stub behind any endpoint at all. */
export const network: fc.Arbitrary<Network> = fc.oneof(
  fc.record({ kind: fc.constant('mock' as const), endpoint: mockEndpoint }, { requiredKeys: ['kind'] }),
  fc.record({ kind: fc.constant('stub' as const), endpoint: fc.oneof(mockEndpoint, anyUrl, anyString), answers: stubbedEndpoint }, { requiredKeys: ['kind', 'answers'] }),
);

/** Which of a stubbed endpoint's answers a URL gets, by its route in the native contract. */
function stubbedBody(url: URL, answers: StubbedEndpoint): string {
  if (url.pathname.endsWith('/mourning')) return answers.mourning;
  if (url.pathname.endsWith('/related') || /\/articles\/?$/.test(url.pathname)) return answers.list;
  if (url.pathname.includes('/articles/')) return answers.article;
  return answers.other;
}

function stubFetch(answers: StubbedEndpoint) {
  return fakeFetch((url) => {
    if (answers.fault !== 'none') return answers.fault;
    const body = stubbedBody(url, answers);
    // A 204 or 304 has no body; a Response refuses one.
    const empty = answers.status === 204;
    return new Response(empty ? null : body, { status: answers.status, headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  });
}

/** A host element the banner's `hide=` may hide, and greying the page may reach: both must be as before once it is gone. */
function hostProbe(): HTMLElement {
  const probe = document.createElement('p');
  probe.className = 'spot_img ad entertainment';
  probe.textContent = 'Жарнама';
  document.body.append(probe);
  return probe;
}

function hostProblems(probe: HTMLElement): string[] {
  const problems: string[] = [];
  if (getComputedStyle(document.documentElement).filter !== 'none') problems.push('the page stayed grey after the widget left');
  if (getComputedStyle(probe).display === 'none') problems.push('a host element stayed hidden after the widget left');
  return problems;
}

export interface WidgetCase {
  tag: string;
  attributes: Record<string, string>;
  properties?: Record<string, unknown>;
  network: Network;
  /** Host `<link rel="alternate" hreflang>`s, for the switcher. */
  alternates?: { hreflang: string; href: string }[];
}

/**
 * Mounts the case's widget, lets `live` change it (a sequence of commands), waits for it to
 * settle and checks it; returns every problem seen.
 */
export async function runWidget(input: WidgetCase, live?: (widget: HTMLElement, watch: PageWatch) => Promise<void>): Promise<string[]> {
  resetPage({ timeout: TIMEOUT_MS, retries: 0 });
  const stub = input.network.kind === 'stub' ? stubFetch(input.network.answers) : undefined;
  const requests = countRequests();
  const watch = new PageWatch();
  const probe = hostProbe();
  const links = (input.alternates ?? []).map(({ hreflang, href }) => Object.assign(document.createElement('link'), { rel: 'alternate', hreflang, href }));
  document.head.append(...links);
  // In the first screen, so the widget comes near the viewport and loads.
  const container = document.createElement('div');
  container.style.cssText = 'position: fixed; inset: 0 auto auto 0; width: 720px; height: 600px; overflow: hidden; background: #fff';
  document.body.append(container);
  await watch.start();
  try {
    const widget = document.createElement(input.tag);
    for (const [name, value] of Object.entries(input.attributes)) widget.setAttribute(name, value);
    if (input.network.endpoint !== undefined) widget.setAttribute('endpoint', input.network.endpoint);
    Object.assign(widget, input.properties);
    await watch.timed('mounting it', widget, () => container.append(widget));
    await live?.(widget, watch);
    const state = await settle(widget, TIMEOUT_MS + SETTLING_MS, requests.inFlight);
    if (state.startsWith('still')) watch.problems.push(state);
    watch.problems.push(...markupProblems(widget));
    await watch.timed('removing it', widget, () => widget.remove());
    watch.problems.push(...hostProblems(probe));
  } finally {
    watch.stop();
    container.remove();
    probe.remove();
    links.forEach((link) => link.remove());
    requests.restore();
    stub?.restore();
  }
  return watch.problems;
}

const isBlocking = (problem: string) => /blocked the main thread|a long task/.test(problem);

/**
 * The problems of a case; one whose only problem was blocking is run once more, and counts only
 * if it blocks again: on a machine shared with other work, their load can stretch any task.
 */
export async function checkWidget(input: WidgetCase, live?: Parameters<typeof runWidget>[1]): Promise<string[]> {
  const problems = await runWidget(input, live);
  return problems.length > 0 && problems.every(isBlocking) ? runWidget(input, live) : problems;
}

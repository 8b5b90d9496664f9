import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fireNewsEvent } from '../events.js';
import { servedData } from '../served-data.js';
import { beforeServerRender } from '../server-render.js';
import { getConfig, resolveEndpoint } from './config.js';
import { isAbort } from './client.js';
import { whenNearViewport } from './near-viewport.js';
import { keptCopy, loadResource, requestId, serve, servedAnswer, type DataSource, type ResourceRequest } from './resource.js';
import { NewsDataError, type Lang } from './types.js';
import { endpointBase, pageBase } from './url.js';

type Host = ReactiveControllerHost & HTMLElement;

/** How long a load runs before its widget's loading frame starts to shimmer: fast loads never do. */
const SLOW_AFTER_MS = 1000;

/** What a data widget shows: nothing asked, waiting, data, or a failure. */
export type ResourceStatus = 'empty' | 'loading' | 'ready' | 'error';

export interface ResourceControllerOptions<T> {
  /**
   * Describes the load the host's current properties ask for, or undefined when they ask for
   * nothing (the empty state). Called before every render; a changed request starts a new load.
   * May throw a `NewsDataError` for a misconfiguration.
   */
  request(): ResourceRequest<T> | undefined;
  /** Whether loaded data counts as empty, e.g. a list without items. */
  isEmpty?(value: T): boolean;
  /** Start loading at once instead of when the host nears the viewport. */
  eager?: boolean;
  /**
   * Show the last-known-good copy at once while the load runs: for data that decides whether
   * anything shows at all, so a page load does not pop it in late.
   */
  keptFirst?: boolean;
}

/**
 * The data side of every data widget: given what the host asks for, it loads it (once the host
 * nears the viewport), exposes loading / ready / empty / error / stale for rendering, fires
 * `news-load` and `news-error`, cancels when the host leaves the page and resumes when it returns.
 */
export class ResourceController<T> implements ReactiveController {
  status: ResourceStatus = 'loading';
  value?: T;
  error?: NewsDataError;
  /** True when `value` is the last-known-good copy, shown because the endpoint failed (`error` says how). */
  stale = false;
  /**
   * True once the running load has taken a second: the loading frame shimmers from then on. Set by
   * a timer rather than a CSS animation delay, because a delayed animation is still made at once
   * for every block of every frame, which was half the style work of a page of loading widgets.
   */
  slow = false;

  private current?: ResourceRequest<T>;
  /** Identifies what is shown or loading; null before the first update. */
  private currentId: string | undefined | null = null;
  private waiting = false;
  private running?: AbortController;
  private stopWatching?: () => void;
  private near = false;

  constructor(
    private readonly host: Host,
    private readonly options: ResourceControllerOptions<T>,
  ) {
    this.near = !!options.eager;
    host.addController(this);
    // On a server: the answer the renderer serves for the request, or the load it is to make.
    beforeServerRender(host, ({ needs, failures }) => {
      this.hostUpdate();
      if (this.status === 'error') failures.push(this.error!);
      else if (this.status === 'loading') needs.push(this.current!);
    });
  }

  hostConnected(): void {
    this.startWaiting();
  }

  hostDisconnected(): void {
    this.stopWatching?.();
    this.stopWatching = undefined;
    if (this.running) {
      // Resume this load if the element comes back.
      this.running.abort();
      this.running = undefined;
      this.waiting = true;
    }
  }

  hostUpdate(): void {
    let request: ResourceRequest<T> | undefined;
    try {
      request = this.options.request();
    } catch (error) {
      if (!(error instanceof NewsDataError)) throw error;
      const id = `misconfigured ${error.message}`;
      if (this.currentId !== id) this.settle(undefined, error, id);
      return;
    }
    const id = request ? requestId(request) : undefined;
    if (id === this.currentId) return;
    const served = request && this.servedAnswer(request, this.currentId === null);
    this.running?.abort();
    this.running = undefined;
    this.current = request;
    this.currentId = id;
    this.error = undefined;
    this.stale = false;
    this.value = served ?? (request && this.options.keptFirst ? keptCopy(request) : undefined);
    this.status = !request ? 'empty' : this.value === undefined ? 'loading' : this.statusOf(this.value);
    this.waiting = !!request && served === undefined;
    this.startWaiting();
    if (served !== undefined) fireNewsEvent(this.host, 'news-load', { data: served, stale: false });
  }

  /**
   * The answer a server rendered the page with: the host's own (read on its first update, and
   * then the page's for any widget asking the same), or another widget's. No endpoint is asked.
   */
  private servedAnswer(request: ResourceRequest<T>, first: boolean): T | undefined {
    const own = first ? servedData(this.host) : undefined;
    if (own?.key === request.key && own.lang === request.source.lang) {
      try {
        serve(request, request.validate ? request.validate(own!.value) : (own!.value as T));
      } catch {
        // Not data this version reads (a server running another one): loaded as usual.
      }
    }
    return servedAnswer(request);
  }

  /** Loads again, bypassing cached answers: the Retry button. */
  retry(): void {
    if (!this.current) return;
    this.running?.abort();
    this.status = 'loading';
    this.error = undefined;
    this.host.requestUpdate();
    this.run(this.current, true);
  }

  /**
   * Loads again in the background, bypassing cached answers, while what is shown stays shown:
   * for data that changes while a page is open. If it fails, the shown data stays, marked stale.
   */
  refresh(): void {
    if (this.current && !this.running && !this.waiting) this.run(this.current, true, true);
  }

  private startWaiting(): void {
    if (!this.waiting || !this.host.isConnected || !this.current) return;
    if (this.near) {
      this.waiting = false;
      this.run(this.current, false);
    } else {
      // Only a host with something to load watches the viewport: a card given its data, or a
      // placeholder, never does, and a page of them costs the observer nothing.
      this.stopWatching ??= whenNearViewport(this.host, () => {
        this.stopWatching = undefined;
        this.near = true;
        this.startWaiting();
      });
    }
  }

  private async run(request: ResourceRequest<T>, fresh: boolean, keepShown = false): Promise<void> {
    const running = new AbortController();
    this.running = running;
    this.slow = false;
    const slowly = keepShown
      ? undefined
      : setTimeout(() => {
          if (this.running !== running) return;
          this.slow = true;
          this.host.requestUpdate();
        }, SLOW_AFTER_MS);
    try {
      const { value, staleBecause } = await loadResource(request, { signal: running.signal, fresh });
      if (running.signal.aborted) return;
      this.settle(value, staleBecause);
    } catch (error) {
      if (running.signal.aborted || isAbort(error)) return;
      this.settle(keepShown ? this.value : undefined, error as NewsDataError);
    } finally {
      clearTimeout(slowly);
      if (this.running === running) this.running = undefined;
    }
  }

  private statusOf(value: T): ResourceStatus {
    return this.options.isEmpty?.(value) ? 'empty' : 'ready';
  }

  private settle(value: T | undefined, error: NewsDataError | undefined, id: string | undefined | null = this.currentId): void {
    this.currentId = id;
    this.value = value;
    this.error = error;
    this.stale = value !== undefined && error !== undefined;
    this.slow = false;
    this.status = value === undefined ? 'error' : this.statusOf(value);
    if (error) {
      const { reason, status, url, message } = error;
      fireNewsEvent(this.host, 'news-error', { reason, status, url, message });
    }
    if (value !== undefined) fireNewsEvent(this.host, 'news-load', { data: value, stale: this.stale });
    this.host.requestUpdate();
  }
}

/**
 * The source a data element reads from, given its own `endpoint` and `adapter` attributes and
 * its language; page-wide defaults fill in what the element leaves out.
 * @throws NewsDataError `unsupported` when no endpoint is set anywhere, or the one set cannot be asked
 */
export function dataSource(endpoint: string | undefined, adapter: string | undefined, lang: Lang): DataSource {
  const base = resolveEndpoint(endpoint);
  if (!base)
    throw new NewsDataError(
      'unsupported',
      'No endpoint is set: give the element an endpoint attribute, add <meta name="news-endpoint">, or call configure({ endpoint }).',
    );
  return { endpoint: endpointBase(base, pageBase()), adapter: adapter?.trim() || getConfig().adapter, lang };
}

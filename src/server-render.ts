import { isServer } from 'lit';
import type { NewsDataError, Lang } from './data/types.js';
import type { ResourceRequest } from './data/resource.js';

/**
 * A widget rendered on a server (`news-widgets/ssr`) gets none of the controller hooks a browser
 * calls (Lit's server renderer calls only `willUpdate` and `render`), and has no page to read its
 * language or storage from. Its controllers do that work here instead, from what the server knows.
 *
 * @module
 */

/**
 * What a server render knows that a browser reads from its page, and what it learns. The answers
 * it has loaded it serves for the render (`serve()` of src/data/resource.ts), as a browser serves
 * the ones its page carries.
 */
export interface ServerRenderContext {
  /** The page's language (its `<html lang>`), for widgets without a `lang` of their own. */
  lang: Lang;
  /** Requests a widget made that have no answer yet: the renderer loads them and renders again. */
  needs: ResourceRequest<unknown>[];
  /** Why a widget cannot load at all (a misconfiguration). */
  failures: NewsDataError[];
}

type Hook = (context: ServerRenderContext) => void;

const hooks = new WeakMap<object, Hook[]>();

/** Has `hook` run before `host` renders on a server; in a browser, nothing. */
export function beforeServerRender(host: object, hook: Hook): void {
  if (isServer) hooks.set(host, [...(hooks.get(host) ?? []), hook]);
}

/** Runs `host`'s hooks: called by the server renderer before the host renders. */
export function prepareServerRender(host: object, context: ServerRenderContext): void {
  for (const hook of hooks.get(host) ?? []) hook(context);
}

import { NewsDataError } from './types.js';
import type { Adapter } from './adapters/adapter.js';
import { nativeAdapter } from './adapters/native.js';

/**
 * Adapters by the name the `adapter` attribute uses. Loaders, so that a source a page never uses
 * can later be split out of the bundle without changing callers.
 */
const adapters = new Map<string, () => Promise<Adapter>>([
  ['native', async () => nativeAdapter],
  ['wordpress', async () => (await import('./adapters/wordpress.js')).wordpressAdapter],
  ['jsonfeed', async () => (await import('./adapters/jsonfeed.js')).jsonFeedAdapter],
]);

/** Makes `name` usable in the `adapter` attribute. */
export function registerAdapter(name: string, load: () => Promise<Adapter>): void {
  adapters.set(name, load);
}

/** @throws NewsDataError `unsupported` for an unknown name */
export async function getAdapter(name: string): Promise<Adapter> {
  const load = adapters.get(name);
  if (!load) throw new NewsDataError('unsupported', `There is no "${name}" adapter; use one of: ${[...adapters.keys()].join(', ')}.`);
  return load();
}

/**
 * How many cases a property test (test/property/) tries: its own bounded count in `npm test`,
 * NEWS_FUZZ times as many in `npm run fuzz`, and a reported counterexample replayed with
 * NEWS_FUZZ_SEED and NEWS_FUZZ_PATH (scripts/fuzz-settings.mjs hands them over from the runner).
 */
import { executeServerCommand } from '@web/test-runner-commands';
import type { Parameters } from 'fast-check';

interface FuzzSettings {
  factor: number;
  seed?: number;
  path?: string;
}

let settings: Promise<FuzzSettings> | undefined;
const fuzzSettings = () => (settings ??= executeServerCommand<FuzzSettings | undefined, undefined>('news-fuzz-settings').then((given) => given ?? { factor: 1 }));

/** fast-check's parameters for a property that tries `runs` cases in `npm test`. */
export async function propertyRuns<T>(runs: number): Promise<Parameters<T>> {
  const { factor, seed, path } = await fuzzSettings();
  const shown = { numRuns: runs * factor, includeErrorInReport: true };
  return seed === undefined ? shown : { ...shown, seed, path };
}

/** A test's timeout for `ms` in `npm test`, scaled like its runs. */
export async function propertyTimeout(ms: number): Promise<number> {
  return ms * (await fuzzSettings()).factor;
}

// How many cases the property tests (test/property/) try, from the environment of the test
// runner, handed to the browser as a server command (test/helpers/property-runs.ts reads it).
// NEWS_FUZZ multiplies every property's own bounded count (1 in `npm test`; `npm run fuzz` sets
// it); NEWS_FUZZ_SEED and NEWS_FUZZ_PATH replay the counterexample a failure reported.

const COMMAND = 'news-fuzz-settings';

/** The settings as the environment gives them; a wrong value is an error, not a silent default. */
export function fuzzSettings(env = process.env) {
  const factor = env.NEWS_FUZZ === undefined || env.NEWS_FUZZ === '' ? 1 : Number(env.NEWS_FUZZ);
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`NEWS_FUZZ=${env.NEWS_FUZZ}: a whole number of 1 or more`);
  const seed = env.NEWS_FUZZ_SEED ? Number(env.NEWS_FUZZ_SEED) : undefined;
  if (seed !== undefined && !Number.isInteger(seed)) throw new Error(`NEWS_FUZZ_SEED=${env.NEWS_FUZZ_SEED}: fast-check's seed, a whole number`);
  return { factor, seed, path: env.NEWS_FUZZ_PATH || undefined };
}

/** A web-test-runner plugin answering the browser's `executeServerCommand('news-fuzz-settings')`. */
export function fuzzSettingsPlugin() {
  const settings = fuzzSettings();
  return {
    name: 'news-fuzz-settings',
    executeCommand: ({ command }) => (command === COMMAND ? settings : undefined),
  };
}

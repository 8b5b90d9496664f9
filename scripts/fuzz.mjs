// `npm run fuzz`: the property tests (test/property/) with many more cases than `npm test` tries,
// NEWS_FUZZ times each property's own count (default 40), in the engines NEWS_BROWSERS names.
// Arguments go on to web-test-runner, e.g. `npm run fuzz -- --files test/property/elements.test.ts`.
import { run } from './lib.mjs';

const DEFAULT_FACTOR = '40';
const args = process.argv.slice(2);
const files = args.includes('--files') ? [] : ['--files', 'test/property/**/*.test.ts'];
const env = { NEWS_FUZZ: process.env.NEWS_FUZZ || DEFAULT_FACTOR };
console.log(`Property tests, ${env.NEWS_FUZZ}× each property's bounded runs`);
process.exit(await run('web-test-runner', [...files, '--concurrency', '1', ...args], { env }));

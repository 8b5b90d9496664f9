// @web/test-runner: browser tests in the system's browsers (`npm run test:browser`, and a step
// of `npm test`), in the engines NEWS_BROWSERS names (default all three). Tests must run in a real
// browser: Chromium lacks Kazakh date data that Node's full ICU has, and the library's own kk
// strings are what is under test.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { createMockEndpoint } from './demo/mock-endpoint.js';
import { fuzzSettingsPlugin } from './scripts/fuzz-settings.mjs';
import { chosenEngines, launchersFor } from './scripts/test-browsers.mjs';

/**
 * Runs a connect-style `(req, res, next)` handler as Koa middleware. When the handler answers,
 * Koa must not answer too (ctx.respond = false); when it calls next(), the request goes on
 * down the server's own chain. The promise settles when the answer is finished, so the
 * middleware above us see a completed request.
 */
function fromNodeHandler(handler) {
  return (ctx, next) =>
    new Promise((resolve, reject) => {
      const answered = () => {
        ctx.respond = false;
        resolve();
      };
      ctx.res.once('finish', answered);
      ctx.res.once('close', answered);
      handler(ctx.req, ctx.res, (error) => {
        ctx.res.off('finish', answered);
        ctx.res.off('close', answered);
        if (error) reject(error);
        else next().then(resolve, reject);
      });
    });
}

// Tests hit a real HTTP endpoint on the test server's own origin: fetch('/api/articles/…').
const mockApi = createMockEndpoint({ base: '/api' });

/**
 * The host pages of test/helpers/host-page.ts, each the HTML its `?html=` holds, at a URL of the
 * test server's own: a host page's policy says 'self', which in Firefox matches nothing in a
 * srcdoc or blob frame.
 */
function hostPages(ctx, next) {
  if (ctx.path !== '/test/host-page.html') return next();
  ctx.type = 'html';
  ctx.body = String(ctx.query.html ?? '');
}

export default {
  files: ['test/**/*.test.ts', '!test/smoke/**'],
  nodeResolve: true,
  plugins: [
    // tsconfig.json carries experimentalDecorators / useDefineForClassFields for Lit.
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    // `hang` mode holds requests open; end them so the server can stop.
    { name: 'close-mock-endpoint', serverStop: () => mockApi.close() },
    // How many cases the property tests try (npm run fuzz: many more).
    fuzzSettingsPlugin(),
  ],
  middleware: [hostPages, fromNodeHandler(mockApi)],
  browsers: launchersFor(chosenEngines()),
  // The machines have 2 cores (Firefox and WebKit run one page at a time whatever this says).
  concurrency: 2,
  // Generous: a cold 2-core CI machine transforms every file with esbuild on first load.
  testsStartTimeout: 120_000,
  testsFinishTimeout: 10 * 60_000,
  testFramework: { config: { timeout: 5000 } },
  // Lit's one-per-page dev-mode notice would repeat for every test file; other logs stay.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
};

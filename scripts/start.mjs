// `npm start`: install dependencies if needed, build dist/ (the demo pages load the real
// bundle), then serve the demo with the mock endpoint. `npm run dev` is the server alone.
import { ROOT, ensureDependencies, run } from './lib.mjs';
import { join } from 'node:path';

await ensureDependencies();
// A separate process: Vite's build sets NODE_ENV=production for the process it runs in,
// which would turn the dev server below into a production one.
if ((await run(process.execPath, ['scripts/build.mjs'])) !== 0) {
  console.error('npm start: the build failed; fix it (or use npm run dev for the server alone).');
  process.exit(1);
}

const { createServer } = await import('vite');
const server = await createServer({ configFile: join(ROOT, 'vite.config.ts') });
await server.listen();
const base = (server.resolvedUrls?.local[0] ?? 'http://localhost:5173/').replace(/\/$/, '');
console.log(`\nnews-widgets demo (Ctrl+C to stop):
  news page:      ${base}/demo/index.html
  partner portal: ${base}/demo/partner.html
  mock endpoint:  ${base}/api/articles/court-digital?lang=kk
`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => server.close().then(() => process.exit(0)));
}

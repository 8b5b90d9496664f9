// Row 1, bytes: gzip (level 9) and brotli (11) sizes of the single-file bundle, of each element
// alone as a page would ship it (one minified module with Lit, built in this run), of the
// per-element modules for bundler users, and of the floor: a bare one-element LitElement bundle
// built with the same settings.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUDGET, sizes } from '../../scripts/build.mjs';
import { elementNames } from '../../scripts/elements.mjs';
import { ROOT } from '../../scripts/lib.mjs';

/** The elements (a folder whose module defines a custom element; src/react/ wraps them for React). */
const elements = () => elementNames().filter((name) => readFileSync(join(ROOT, 'src', name, `${name}.ts`), 'utf8').includes('customElements.define('));

/** A minified self-contained module of `entry` (Lit included), with the settings of dist/news-widgets.js; its sizes. */
async function bundleOf(entry) {
  const { build } = await import('vite');
  const outDir = mkdtempSync(join(tmpdir(), 'news-bench-'));
  try {
    await build({
      configFile: join(ROOT, 'vite.config.ts'),
      mode: 'bundle',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, sourcemap: false, lib: { entry, formats: ['es'], fileName: () => 'bundle.js' } },
    });
    return sizes(join(outDir, 'bundle.js'));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** The per-element module and every chunk it imports (Lit excluded: the bundler user has it). */
function withChunks(name) {
  const dir = join(ROOT, 'dist', 'elements');
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const [, path] of code.matchAll(/(?:from|import)\s*["']\.\/(chunks\/[^"']+|[^"'/]+\.js)["']/g)) {
      visit(file.startsWith('chunks/') && !path.startsWith('chunks/') ? `chunks/${path}` : path);
    }
  };
  visit(`${name}.js`);
  const total = { raw: 0, gzip: 0, brotli: 0, files: seen.size };
  for (const file of seen) {
    const size = sizes(join(dir, file));
    for (const key of ['raw', 'gzip', 'brotli']) total[key] += size[key];
  }
  return total;
}

export async function bytesRow({ log }) {
  log('bytes: building the elements one by one and the floor');
  const standalone = {};
  for (const name of elements()) standalone[name] = await bundleOf(join(ROOT, 'src', name, `${name}.ts`));
  const floor = await bundleOf(join(ROOT, 'bench', 'page', 'floor.js'));
  const bundle = sizes(join(ROOT, 'dist', 'news-widgets.js'));
  const modules = Object.fromEntries(elements().map((name) => [name, withChunks(name)]));
  return { bundle, budget: BUDGET, floor, standalone, modules };
}

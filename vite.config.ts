/**
 * One config, three jobs, chosen by command and mode:
 * - `vite` (serve): the demo pages at /demo/*.html with the mock endpoint at /api.
 * - `vite build` (mode production, or `--mode bundle`): dist/news-widgets.js, one
 *   minified self-contained ES module (Lit included) for a plain <script type="module">.
 * - `vite build --mode elements`: dist/elements/<name>.js, one ES module per element with
 *   the package's dependencies (Lit) left as imports, for bundler users.
 * scripts/build.mjs runs both builds, then the type declarations and the size report.
 * Storybook loads this file too; it keeps the plugins and drops `build`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import { mockEndpoint } from './demo/mock-endpoint.js';
import { elementEntries } from './scripts/elements.mjs';

const root = import.meta.dirname;
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));

// Only what package.json declares stays external: users' bundlers install exactly that.
// Anything else (including helpers the compiler injects) is bundled, so imports always resolve.
const declared = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
const isDeclaredDependency = (id: string) => declared.some((dep) => id === dep || id.startsWith(`${dep}/`));

const shared: UserConfig = {
  root,
  plugins: [mockEndpoint()],
  // No public/ folder is published; nothing to copy.
  publicDir: false,
};

const buildDefaults = {
  target: 'es2021',
  sourcemap: true,
  // scripts/build.mjs reports the bundle's size itself, at gzip level 9 as the project quotes it.
  reportCompressedSize: false,
};

const bundle = (): UserConfig => ({
  ...shared,
  build: {
    ...buildDefaults,
    outDir: 'dist',
    // dist/elements and dist/types come from the other steps of scripts/build.mjs.
    emptyOutDir: false,
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'news-widgets.js' },
    rolldownOptions: {
      output: {
        // One file for one <script> tag, even if src/ grows a dynamic import.
        codeSplitting: false,
        // Vite keeps whitespace and /*#__PURE__*/ in ES libraries for downstream
        // tree-shaking; this file is the end product, so minify it fully.
        minify: true,
        // Lit's @license headers stay (its BSD licence asks for them); they cost ~100 bytes gzipped.
        comments: { annotation: false, legal: true },
      },
    },
  },
});

const elements = (): UserConfig => ({
  ...shared,
  build: {
    ...buildDefaults,
    outDir: 'dist/elements',
    emptyOutDir: true,
    // Bundler users minify their own app; readable output with pure annotations serves them better.
    minify: false,
    lib: { entry: elementEntries(root), formats: ['es'], fileName: (_format, name) => `${name}.js` },
    rolldownOptions: {
      external: isDeclaredDependency,
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});

export default defineConfig(({ command, mode }) => {
  if (command === 'build') return mode === 'elements' ? elements() : bundle();
  return { ...shared, server: { port: 5173 } };
});

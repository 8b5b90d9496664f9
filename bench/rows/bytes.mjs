// Row 1, bytes: gzip (level 9) and brotli (11) sizes of the single-file bundle, of each element
// alone as a page would ship it (one minified module with Lit, built in this run), of the
// per-element modules and the package's entry for bundler users, and of the floor: a bare
// one-element LitElement bundle built with the same settings. Also what the bundle's minified
// bytes are made of, read from its source map.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Buffer } from 'node:buffer';
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

const VLQ_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The numbers of one source-map segment (base64 VLQ). */
function decodeSegment(segment) {
  const numbers = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = VLQ_DIGITS.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      numbers.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = shift = 0;
    }
  }
  return numbers;
}

/** Which part of the library a source file belongs to. */
function partOf(source) {
  if (/node_modules\/(lit|lit-html|lit-element|@lit)\//.test(source)) return 'Lit';
  const path = source.replace(/^.*?\bsrc\//, '');
  if (/\.styles\.ts$|^styles\//.test(path)) return 'styles (CSS of the four elements, shared tokens)';
  if (/^data\/(adapters\/(wordpress|jsonfeed)|plain-text)/.test(path)) return 'WordPress and JSON Feed adapters';
  if (path.startsWith('data/') || path === 'events.ts') return 'data layer (client, cache, kept copies, validation, native adapter)';
  if (path.startsWith('i18n/')) return 'i18n (UI strings, Kazakh dates and time, kk-Latn)';
  const element = /^([a-z-]+)\//.exec(path);
  return element ? `elements: ${element[1]}` : 'other';
}

/**
 * Minified bytes of dist/news-widgets.js by part, from its source map: each generated segment
 * counts for the source it maps to, up to the next segment.
 */
function composition() {
  const file = join(ROOT, 'dist', 'news-widgets.js');
  const lines = readFileSync(file, 'utf8').split('\n');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const parts = {};
  let source = 0;
  map.mappings.split(';').forEach((line, index) => {
    let column = 0;
    const starts = line
      .split(',')
      .filter(Boolean)
      .map((segment) => {
        const [columnDelta, sourceDelta] = decodeSegment(segment);
        column += columnDelta;
        if (sourceDelta !== undefined) source += sourceDelta;
        return { column, source: sourceDelta === undefined ? undefined : source };
      });
    starts.forEach((start, i) => {
      // Columns count UTF-16 units; the file's bytes are UTF-8 (Cyrillic strings take two each).
      const bytes = Buffer.byteLength(lines[index].slice(start.column, starts[i + 1]?.column));
      const part = start.source === undefined ? 'other' : partOf(map.sources[start.source]);
      parts[part] = (parts[part] ?? 0) + bytes;
    });
  });
  return Object.fromEntries(Object.entries(parts).sort(([, a], [, b]) => b - a));
}

export async function bytesRow({ log }) {
  log('bytes: building the elements one by one and the floor');
  const standalone = {};
  for (const name of elements()) standalone[name] = await bundleOf(join(ROOT, 'src', name, `${name}.ts`));
  const floor = await bundleOf(join(ROOT, 'bench', 'page', 'floor.js'));
  const bundle = sizes(join(ROOT, 'dist', 'news-widgets.js'));
  // index: what `import 'news-widgets'` brings a bundler, every element and the API.
  const modules = Object.fromEntries([...elements(), 'index'].map((name) => [name, withChunks(name)]));
  return { bundle, budget: BUDGET, floor, standalone, modules, composition: composition() };
}

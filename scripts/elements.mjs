// Which elements exist: every src/<name>/<name>.ts (the file named like its folder).
// Shared by vite.config.ts (per-element entries) and scripts/build.mjs (export check),
// so adding an element needs no config change.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib.mjs';

/** Element names, e.g. ['article-card', 'related-rail'], sorted. */
export function elementNames(root = ROOT) {
  const src = join(root, 'src');
  return readdirSync(src, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(src, entry.name, `${entry.name}.ts`)))
    .map((entry) => entry.name)
    .sort();
}

/** Vite/Rolldown entry map: { 'article-card': '/abs/src/article-card/article-card.ts', … }. */
export function elementEntries(root = ROOT) {
  return Object.fromEntries(elementNames(root).map((name) => [name, join(root, 'src', name, `${name}.ts`)]));
}

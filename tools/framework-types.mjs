// Typings for frameworks' templates, made from custom-elements.json by the ecosystem's maintained
// generators (wc-toolkit): Vue's GlobalComponents, Svelte's svelteHTML, Solid's JSX and the JSX
// of React, Preact and others. `npm run build` writes them to dist/types/frameworks/, where
// package.json's exports `news-widgets/vue`, `…/svelte`, `…/solid` and `…/jsx` point.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateSolidJsTypes } from 'custom-element-solidjs-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

/** The folder they are written to, and what each export names. */
export const FRAMEWORK_TYPES_DIR = 'dist/types/frameworks';
export const FRAMEWORK_TYPE_FILES = { vue: 'vue.d.ts', svelte: 'svelte.d.ts', solid: 'solid.d.ts', jsx: 'jsx.d.ts' };

/**
 * Writes the four files into `outdir` from `manifest`. Every element, and every type its API names
 * (the `Article` its property takes, its events' details), comes from the package's own types
 * entry, so the files need nothing else.
 */
export function writeFrameworkTypes(manifest, outdir) {
  const common = { outdir, globalTypePath: '../index.js', hideLogs: true };
  const detailed = withDetailTypes(manifest);
  generateVuejsTypes(detailed, { ...common, fileName: FRAMEWORK_TYPE_FILES.vue });
  forVueTemplates(join(outdir, FRAMEWORK_TYPE_FILES.vue));
  generateSvelteTypes(detailed, { ...common, fileName: FRAMEWORK_TYPE_FILES.svelte });
  forSvelte5(join(outdir, FRAMEWORK_TYPE_FILES.svelte));
  generateSolidJsTypes(detailed, { ...common, fileName: FRAMEWORK_TYPE_FILES.solid });
  generateJsxTypes(manifest, { ...common, fileName: FRAMEWORK_TYPE_FILES.jsx });
}

/**
 * The manifest with each event's type as its `detail` type (`CustomEvent<NewsErrorDetail>` ->
 * `NewsErrorDetail`). The manifest says what the schema asks, the type of the event fired; the
 * Vue, Svelte and Solid generators read that field as the detail and wrap it in `CustomEvent<>`
 * themselves (jsx-types reads it as the schema does).
 */
function withDetailTypes(manifest) {
  const copy = JSON.parse(JSON.stringify(manifest));
  for (const declaration of copy.modules.flatMap((module) => module.declarations ?? [])) {
    for (const event of declaration.events ?? []) {
      const detail = /^CustomEvent<(.+)>$/.exec(event.type?.text ?? '')?.[1];
      if (detail) event.type.text = detail;
    }
  }
  return copy;
}

/**
 * Svelte 5's syntax where the Svelte generator (1.2, written for Svelte 4) writes the old one: a
 * property is set as a plain attribute (`article={story}`; `bind:article` does not compile in
 * Svelte 5), and an event is heard with `onnews-load={…}` as well as the legacy `on:news-load`.
 */
function forSvelte5(file) {
  const text = readFileSync(file, 'utf8')
    .replace(/"bind:([\w-]+)"\?:/g, '$1?:')
    .replace(/^( *)"on:([\w-]+)"\?: (.*)$/gm, '$1"on:$2"?: $3\n$1"on$2"?: $3');
  writeFileSync(file, text);
}

/**
 * The names Vue's template checker looks events up by: `@news-load` is the prop `onNewsLoad`. The
 * Vue generator (1.4) writes only `"onnews-load"`, so a template's inline handler got no types.
 */
function forVueTemplates(file) {
  const camel = (name) => name.replace(/(^|-)(\w)/g, (_, __, letter) => letter.toUpperCase());
  const text = readFileSync(file, 'utf8').replace(
    /^( *)"on([a-z][\w-]*)"\?: (.*)$/gm,
    (line, indent, name, type) => `${line}\n${indent}on${camel(name)}?: ${type}`,
  );
  writeFileSync(file, text);
}

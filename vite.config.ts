/**
 * One config, three jobs, chosen by command and mode:
 * - `vite` (serve): the demo pages at /demo/*.html with the mock endpoint at /api.
 * - `vite build` (mode production, or `--mode bundle`): dist/news-widgets.js, one
 *   minified self-contained ES module (Lit included) for a plain <script type="module">.
 * - `vite build --mode elements`: dist/elements/<name>.js, one ES module per element, and
 *   dist/elements/index.js with all of them and the API, with the package's dependencies (Lit)
 *   left as imports, for bundler users.
 * scripts/build.mjs runs both builds, then the type declarations and the size report.
 * Storybook loads this file too; it keeps the plugins and drops `build`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { transform as transformCss } from 'lightningcss';
import ts from 'typescript';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
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

/**
 * Lit templates ship as written, indentation and all. This plugin shrinks them at build time:
 * `css` templates through Lightning CSS (Vite's own CSS minifier), `html` and `svg` templates by
 * dropping the indentation around line breaks (a line break still separates words, since HTML
 * reads any run of whitespace as one space). Line breaks are kept, one per original line, so
 * the code around a template keeps its lines and the source maps stay true without a new map.
 */
function minifyTemplates(): Plugin {
  // An interpolation inside css`` (a shared block of custom properties) becomes a placeholder
  // declaration, which Lightning CSS keeps in place, and comes back after.
  const slot = (index: number) => `--news-slot-${index}:0`;
  const minifyCss = (parts: string[], file: string) => {
    let code = parts.map((part, index) => (index ? `${slot(index - 1)};${part}` : part)).join('');
    // A block of declarations on its own (no rule) is minified inside a rule and unwrapped.
    const declarations = !code.includes('{');
    if (declarations) code = `a{${code}}`;
    let out = transformCss({ filename: file, code: Buffer.from(code), minify: true }).code.toString();
    if (declarations) out = `${out.slice(2, -1)};`;
    const pieces = out.split(/--news-slot-\d+:0;?/);
    if (pieces.length !== parts.length) throw new Error(`${file}: a css\`\` interpolation is not in a declaration list`);
    return pieces;
  };
  const minifyHtml = (parts: string[]) => parts.map((part) => part.replace(/\s*\n\s*/g, (space) => space.replace(/[^\n]/g, '')));

  return {
    name: 'news-minify-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html|svg)`/.test(code)) return undefined;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const edits: { start: number; end: number; text: string }[] = [];
      const visit = (node: ts.Node): void => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && ['css', 'html', 'svg'].includes(node.tag.text)) {
          const literals = ts.isNoSubstitutionTemplateLiteral(node.template)
            ? [node.template]
            : [node.template.head, ...node.template.templateSpans.map((span) => span.literal)];
          // Each literal's text between its delimiters (` or }, and ` or ${).
          const spans = literals.map((literal) => ({
            start: literal.getStart(source) + 1,
            end: literal.end - (ts.isTemplateTail(literal) || ts.isNoSubstitutionTemplateLiteral(literal) ? 1 : 2),
          }));
          const parts = spans.map(({ start, end }) => code.slice(start, end));
          const minified = node.tag.text === 'css' ? minifyCss(parts, id) : minifyHtml(parts);
          spans.forEach(({ start, end }, index) => {
            const lines = parts[index].split('\n').length - minified[index].split('\n').length;
            edits.push({ start, end, text: minified[index] + '\n'.repeat(Math.max(0, lines)) });
          });
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      let out = code;
      for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
      // Lines are unchanged, so the incoming source map still holds.
      return { code: out, map: null };
    },
  };
}

/**
 * Lit's three modules that touch the DOM while they load (lit-html reads `document`,
 * ReactiveElement extends `HTMLElement`, css-tag reads `CSSStyleSheet`) have builds for Node, the
 * same code with those lines guarded. The single file takes those builds, so it also loads where
 * there is no DOM (a worker, a server). Where they import Lit's server DOM shim, the single file
 * gets a stand-in: a bare base class and no registry (a page has its own, so neither is used there).
 */
function domFreeLit(): Plugin {
  const modules = /\/node_modules\/(lit-html\/lit-html|@lit\/reactive-element\/(?:reactive-element|css-tag))\.js$/;
  const shim = '\0news-no-dom-shim';
  const swapped = new Set<string>();
  return {
    name: 'news-dom-free-lit',
    enforce: 'pre',
    resolveId: (source) => (source === '@lit-labs/ssr-dom-shim' ? shim : undefined),
    load(id) {
      if (id === shim) return 'export const HTMLElement = class {};\nexport const customElements = undefined;\n';
      const match = modules.exec(id);
      if (!match) return undefined;
      swapped.add(match[1]);
      return readFileSync(id.replace(/\/([^/]+\.js)$/, '/node/$1'), 'utf8').replace(/\/\/# sourceMappingURL=.*$/m, '');
    },
    buildEnd() {
      if (swapped.size !== 3) throw new Error(`news-dom-free-lit: swapped ${[...swapped].join(', ') || 'nothing'}, expected Lit's three modules (did Lit move them?)`);
    },
  };
}

const buildDefaults = {
  target: 'es2022',
  sourcemap: true,
  // scripts/build.mjs reports the bundle's size itself, at gzip level 9 as the project quotes it.
  reportCompressedSize: false,
};

/** What both builds share: the dev setup plus the template minifier (Storybook keeps Lit's templates as written). */
const built: UserConfig = { ...shared, plugins: [...shared.plugins!, minifyTemplates()] };

const bundle = (): UserConfig => ({
  ...built,
  plugins: [...built.plugins!, domFreeLit()],
  build: {
    ...buildDefaults,
    outDir: 'dist',
    // dist/elements and dist/types come from the other steps of scripts/build.mjs.
    emptyOutDir: false,
    lib: { entry: 'src/bundle.ts', formats: ['es'], fileName: () => 'news-widgets.js' },
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
  ...built,
  build: {
    ...buildDefaults,
    outDir: 'dist/elements',
    emptyOutDir: true,
    // Bundler users minify their own app; readable output with pure annotations serves them better.
    minify: false,
    // index.js is the package's "." for bundlers: the whole API on the same chunks as the elements.
    lib: { entry: { ...elementEntries(root), index: resolve(root, 'src/index.ts') }, formats: ['es'], fileName: (_format, name) => `${name}.js` },
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

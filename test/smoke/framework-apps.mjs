// One minimal app per framework, made from the installed tarball as its README section says: Vue 3
// (vue-tsc), Svelte 5 (svelte-check), Solid (tsc), Preact (tsc) and plain TypeScript (tsc strict,
// moduleResolution bundler). Each app is checked by its framework's own checker, and a copy of it
// with a wrong attribute value (variant="huge") and a property of the wrong type (article={123})
// must fail that checker, for those two reasons. Then each app is built as its framework builds
// it and rendered in the browser: the card shows the article given as a property, and the app
// hears its news-load. Each app's news-load handler is written inline without a type: the
// framework's checker must type its event from the typings (strict would reject an implicit
// any). (React is checked the same way by pack.mjs and consumer-types.mjs.)
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/find-chromium.mjs';

/** What the apps install beside the tarball, at versions the frameworks' current tools agree on. */
export const FRAMEWORK_PACKAGES = [
  'vue@^3.5',
  'vue-tsc@^3',
  '@vitejs/plugin-vue@^6',
  'svelte@^5',
  'svelte-check@^4',
  '@sveltejs/vite-plugin-svelte@^7',
  'solid-js@^1.9',
  'vite-plugin-solid@^2.11',
  'preact@^10',
];

const ARTICLE = (name) => `{ id: '${name}', url: 'https://news.example/kk/${name}', title: '${name} app' }`;

/** The page every app is built into: it records what the app heard in window.heard. */
const INDEX_HTML = (entry) =>
  `<!doctype html><meta charset="utf-8"><div id="app"></div><script>window.heard = []</script><script type="module" src="./${entry}"></script>`;

const STRICT = { strict: true, noEmit: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom', 'dom.iterable'], skipLibCheck: true, types: [] };

const GLOBALS = `declare global { interface Window { heard: string[] } }\nexport {};\n`;

/**
 * Each app: its files (the app, and `wrong` holding the file that must fail), how its checker runs
 * in a folder, and how it is built (`vite`, with a config among the files, or `esbuild` options).
 */
export const APPS = [
  {
    name: 'vue',
    label: 'Vue 3 + vue-tsc',
    files: {
      'env.d.ts': `import type {} from 'news-widgets/vue';\n${GLOBALS}`,
      'tsconfig.json': JSON.stringify({ compilerOptions: { ...STRICT, jsx: 'preserve' }, include: ['*.ts', '*.vue'] }),
      'vite.config.mjs': `import vue from '@vitejs/plugin-vue';
export default { base: './', logLevel: 'error', plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('news-') } } })] };`,
      'index.html': INDEX_HTML('main.ts'),
      'main.ts': `import { createApp } from 'vue';\nimport App from './App.vue';\ncreateApp(App).mount('#app');\n`,
      'App.vue': `<script setup lang="ts">
import 'news-widgets/article-card.js';
import type { Article } from 'news-widgets';
const article: Article = ${ARTICLE('vue')};
// Templates cannot reach window; the handler's event is typed by the template checker.
const hear = (title: string) => window.heard.push(title);
</script>
<template>
  <news-article-card :article="article" variant="compact" @news-load="(event) => hear(event.detail.data.title)"></news-article-card>
</template>
`,
    },
    wrong: { 'App.vue': `<template>\n  <news-article-card variant="huge" :article="123"></news-article-card>\n</template>\n` },
    check: ['vue-tsc', ['--noEmit', '-p', 'tsconfig.json']],
    build: 'vite',
  },
  {
    name: 'svelte',
    label: 'Svelte 5 + svelte-check',
    files: {
      'app.d.ts': `import type { CustomElements } from 'news-widgets/svelte';
declare global {
  namespace svelteHTML {
    interface IntrinsicElements extends CustomElements {}
  }
  interface Window { heard: string[] }
}
export {};
`,
      'tsconfig.json': JSON.stringify({ compilerOptions: { ...STRICT, verbatimModuleSyntax: true }, include: ['*.ts', '*.svelte'] }),
      'vite.config.mjs': `import { svelte } from '@sveltejs/vite-plugin-svelte';\nexport default { base: './', logLevel: 'error', plugins: [svelte()] };`,
      'index.html': INDEX_HTML('main.ts'),
      'main.ts': `import { mount } from 'svelte';\nimport App from './App.svelte';\nmount(App, { target: document.getElementById('app')! });\n`,
      'App.svelte': `<script lang="ts">
  import 'news-widgets/article-card.js';
  import type { Article } from 'news-widgets';
  const article: Article = ${ARTICLE('svelte')};
</script>

<news-article-card {article} variant="compact" onnews-load={(event) => window.heard.push(event.detail.data.title)}></news-article-card>
`,
    },
    wrong: { 'App.svelte': `<script lang="ts"></script>\n\n<news-article-card variant="huge" article={123}></news-article-card>\n` },
    check: ['svelte-check', ['--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'machine']],
    build: 'vite',
  },
  {
    name: 'solid',
    label: 'Solid + tsc',
    files: {
      'env.d.ts': `import type { CustomElements } from 'news-widgets/solid';
declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
${GLOBALS}`,
      'tsconfig.json': JSON.stringify({ compilerOptions: { ...STRICT, jsx: 'preserve', jsxImportSource: 'solid-js' }, include: ['*.ts', '*.tsx'] }),
      'vite.config.mjs': `import solid from 'vite-plugin-solid';\nexport default { base: './', logLevel: 'error', plugins: [solid()] };`,
      'index.html': INDEX_HTML('main.tsx'),
      'main.tsx': `import { render } from 'solid-js/web';
import 'news-widgets/article-card.js';
import type { Article } from 'news-widgets';
const article: Article = ${ARTICLE('solid')};
render(
  () => <news-article-card prop:article={article} variant="compact" on:news-load={(event) => window.heard.push(event.detail.data.title)} />,
  document.getElementById('app')!,
);
`,
    },
    wrong: { 'main.tsx': `export const wrong = <news-article-card variant="huge" prop:article={123} />;\n` },
    check: ['tsc', ['-p', 'tsconfig.json']],
    build: 'vite',
  },
  {
    name: 'preact',
    label: 'Preact + tsc',
    files: {
      'env.d.ts': `import type {} from 'news-widgets/jsx';\n${GLOBALS}`,
      'tsconfig.json': JSON.stringify({ compilerOptions: { ...STRICT, jsx: 'react-jsx', jsxImportSource: 'preact' }, include: ['*.ts', '*.tsx'] }),
      'index.html': INDEX_HTML('main.js'),
      'main.tsx': `import { render } from 'preact';
import 'news-widgets/article-card.js';
import type { Article } from 'news-widgets';
const article: Article = ${ARTICLE('preact')};
render(
  <news-article-card article={article} variant="compact" onnews-load={(event) => window.heard.push(event.detail.data.title)} />,
  document.getElementById('app')!,
);
`,
    },
    wrong: { 'main.tsx': `export const wrong = <news-article-card variant="huge" article={123} />;\n` },
    check: ['tsc', ['-p', 'tsconfig.json']],
    build: { entry: 'main.tsx', jsx: 'automatic', jsxImportSource: 'preact' },
  },
  {
    name: 'typescript',
    label: 'plain TypeScript (strict, moduleResolution bundler) + tsc',
    files: {
      'env.d.ts': GLOBALS,
      'tsconfig.json': JSON.stringify({ compilerOptions: { ...STRICT, skipLibCheck: false }, include: ['*.ts'] }),
      'index.html': INDEX_HTML('main.js'),
      'main.ts': `import 'news-widgets/article-card.js';
import type { Article } from 'news-widgets';
const article: Article = ${ARTICLE('typescript')};
const card = document.createElement('news-article-card');
card.addEventListener('news-load', (event) => window.heard.push(event.detail.data.title));
card.variant = 'compact';
card.article = article;
document.getElementById('app')!.append(card);
`,
    },
    wrong: {
      'main.ts': `import 'news-widgets/article-card.js';
const card = document.createElement('news-article-card');
card.variant = 'huge';
card.article = 123;
`,
    },
    check: ['tsc', ['-p', 'tsconfig.json']],
    build: { entry: 'main.ts' },
  },
];

function write(dir, files) {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

/** Resolves the checker's real script: the .bin entries are links or shell stubs. */
function checkerScript(consumer, bin) {
  const pkgName = { 'vue-tsc': 'vue-tsc', 'svelte-check': 'svelte-check', tsc: 'typescript' }[bin];
  const binField = JSON.parse(spawnSync(process.execPath, ['-p', `JSON.stringify(require('${pkgName}/package.json').bin)`], { cwd: consumer, encoding: 'utf8' }).stdout);
  const script = typeof binField === 'string' ? binField : binField[bin];
  return join(consumer, 'node_modules', pkgName, script);
}

/**
 * Writes every app into `consumer/apps/`, type-checks it and its wrong copy; returns the problems
 * and, per app, how long its checks took.
 */
export function checkFrameworkTypes(consumer, env) {
  const problems = [];
  const timings = {};
  for (const app of APPS) {
    const started = Date.now();
    const dir = join(consumer, 'apps', app.name);
    const wrongDir = join(consumer, 'apps', `${app.name}-wrong`);
    write(dir, app.files);
    const wrongFiles = { ...app.files, ...app.wrong };
    // The wrong copy holds only what must fail, beside the app's configuration.
    for (const name of Object.keys(app.files)) if (/\.(vue|svelte|tsx)$|^main\.ts$/.test(name) && !(name in app.wrong)) delete wrongFiles[name];
    write(wrongDir, wrongFiles);
    const [bin, args] = app.check;
    const script = checkerScript(consumer, bin);
    const run = (cwd) => {
      const result = spawnSync(process.execPath, [script, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
      return { status: result.status, output: `${result.stdout}${result.stderr}` };
    };
    const good = run(dir);
    if (good.status !== 0) problems.push(`${app.label}: the app does not type-check:\n${good.output.slice(0, 3000)}`);
    const wrong = run(wrongDir);
    // The two wrong uses, as the checkers word them (svelte-check escapes the quotes).
    const reasons = [/huge/, /\bnumber\b/].filter((reason) => !reason.test(wrong.output));
    if (wrong.status === 0 || reasons.length)
      problems.push(
        `${app.label}: the wrong file ${wrong.status === 0 ? 'type-checks' : `fails, but not for ${reasons.join(' and ')}`}:\n${wrong.output.slice(0, 3000)}`,
      );
    timings[app.name] = Date.now() - started;
  }
  return { problems, timings };
}

/** Builds each app as its framework does: Vite with the framework's plugin, or esbuild. */
async function buildApp(consumer, app, env) {
  const dir = join(consumer, 'apps', app.name);
  if (app.build === 'vite') {
    const vite = join(consumer, 'node_modules', 'vite', 'bin', 'vite.js');
    const result = spawnSync(process.execPath, [vite, 'build', '--outDir', 'dist', '--emptyOutDir'], { cwd: dir, env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${app.label}: vite build failed:\n${result.stdout}${result.stderr}`);
    return;
  }
  const { build } = await import('esbuild');
  const { entry, ...jsx } = app.build;
  await build({ absWorkingDir: dir, entryPoints: [entry], bundle: true, format: 'esm', outfile: 'dist/main.js', logLevel: 'silent', ...jsx });
  writeFileSync(join(dir, 'dist', 'index.html'), app.files['index.html']);
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** Serves consumer/apps/<name>/dist/ at /<name>/. */
export function serveApps(consumer) {
  const server = createServer((req, res) => {
    const [, name, ...rest] = new URL(req.url ?? '/', 'http://localhost').pathname.split('/');
    const file = normalize(join(consumer, 'apps', name, 'dist', rest.join('/') || 'index.html'));
    const inside = file.startsWith(join(consumer, 'apps')) && existsSync(file);
    res.writeHead(inside ? 200 : 404, { 'Content-Type': TYPES[extname(file)] ?? 'text/plain' });
    res.end(inside ? readFileSync(file) : 'not found');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Builds every app and opens it in Chromium: the card must show the given article's headline as
 * its link, and the app must have heard its news-load. Returns the problems and the build times.
 */
export async function renderFrameworkApps(consumer, env) {
  const problems = [];
  const timings = {};
  for (const app of APPS) {
    const started = Date.now();
    try {
      await buildApp(consumer, app, env);
    } catch (error) {
      problems.push(error.message.slice(0, 3000));
    }
    timings[app.name] = Date.now() - started;
  }
  if (problems.length) return { problems, timings };
  const server = await serveApps(consumer);
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS });
  try {
    for (const app of APPS) {
      const page = await browser.newPage();
      page.on('pageerror', (error) => problems.push(`${app.label}: page error: ${error.message}`));
      await page.goto(`http://127.0.0.1:${server.address().port}/${app.name}/`);
      const title = `${app.name} app`;
      try {
        await page.locator('news-article-card').getByRole('link', { name: title, exact: true }).waitFor({ timeout: 15_000 });
        const heard = await page.evaluate(() => globalThis.heard);
        if (!heard.includes(title)) problems.push(`${app.label}: the app heard ${JSON.stringify(heard)}, not the card's news-load`);
      } catch (error) {
        problems.push(`${app.label}: the card never showed its article: ${error.message.split('\n')[0]}`);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
  return { problems, timings };
}

// The package's types as a TypeScript consumer (strict) meets them: each entry point in a file of
// its own, since a file importing two entries can see types that one alone does not bring (the
// event maps once hid that way), and the README's React example as written. Each file also holds
// wrong uses marked @ts-expect-error, so a check that stopped checking would fail.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Listeners on the document and the window hear every element's events, typed. */
const PAGE_LISTENERS = `
document.addEventListener('news-article-click', (event) => event.detail.id + event.detail.lang);
window.addEventListener('news-error', (event) => event.detail.reason);
document.body.addEventListener('news-language-change', (event) => event.detail.previous);
document.addEventListener('news-load', (event) => event.detail.stale);
// @ts-expect-error: a click's detail has no title
document.addEventListener('news-article-click', (event) => event.detail.title);
`;

/** One file per entry point, importing that entry alone. */
export const ENTRY_FILES = {
  'index.ts': `
import { NewsArticleCard, configure, toKazakhLatin, type Article, type NewsErrorDetail } from 'news-widgets';
configure({ endpoint: 'https://news.example/api' });
const latin: string = toKazakhLatin('Сот');
const card = new NewsArticleCard();
card.addEventListener('news-load', (event) => event.detail.data.title + latin);
const reasons: NewsErrorDetail['reason'][] = [];
card.addEventListener('news-error', (event) => reasons.push(event.detail.reason));
const article: Article = { id: '7', url: 'https://news.example/kk/7', title: 'T' };
card.article = article;
// @ts-expect-error: not a variant
card.variant = 'huge';
${PAGE_LISTENERS}`,
  'article-card.ts': `
import 'news-widgets/article-card.js';
const card = document.createElement('news-article-card');
card.variant = 'hero';
card.addEventListener('news-load', (event) => event.detail.data.title);
card.addEventListener('news-article-click', (event) => {
  if (event.cancelable) event.preventDefault();
  return event.detail.lang.length + (event.detail.position ?? 0);
});
// @ts-expect-error: a card loads one article, not a list
card.addEventListener('news-load', (event) => event.detail.data.length);
// @ts-expect-error: not a variant
card.variant = 'huge';
${PAGE_LISTENERS}`,
  'related-rail.ts': `
import 'news-widgets/related-rail.js';
const rail = document.createElement('news-related-rail');
rail.layout = 'grid';
rail.limit = 3;
rail.addEventListener('news-load', (event) => event.detail.data.map((story) => story.title));
// @ts-expect-error: not a layout
rail.layout = 'carousel';
// @ts-expect-error: limit is a number
rail.limit = '3';
${PAGE_LISTENERS}`,
  'mourning-banner.ts': `
import 'news-widgets/mourning-banner.js';
const banner = document.createElement('news-mourning-banner');
banner.addEventListener('news-load', (event) => event.detail.data.map((day) => day.date));
// @ts-expect-error: a banner loads days, not an article
banner.addEventListener('news-load', (event) => event.detail.data.title);
${PAGE_LISTENERS}`,
  'language-switcher.ts': `
import 'news-widgets/language-switcher.js';
const switcher = document.createElement('news-language-switcher');
switcher.variant = 'menu';
switcher.addEventListener('news-language-change', (event) => event.detail.lang + event.detail.previous);
// @ts-expect-error: not a variant
switcher.variant = 'huge';
${PAGE_LISTENERS}`,
  'react.tsx': `
import { NewsArticleCard, NewsLanguageSwitcher, NewsMourningBanner, NewsRelatedRail } from 'news-widgets/react';

export const app = (
  <>
    <NewsArticleCard
      variant="hero"
      onNewsLoad={(event) => event.detail.data.title}
      onNewsError={(event) => event.detail.reason}
      onNewsArticleClick={(event) => event.detail.lang + (event.detail.position ?? 0)}
    />
    <NewsRelatedRail limit={3} onNewsLoad={(event) => event.detail.data.length} />
    <NewsMourningBanner onNewsLoad={(event) => event.detail.data.map((day) => day.date)} />
    {/* @ts-expect-error: not a variant */}
    <NewsArticleCard variant="huge" />
    {/* @ts-expect-error: limit is a number */}
    <NewsRelatedRail limit="3" />
    {/* @ts-expect-error: the switcher fires no news-load */}
    <NewsLanguageSwitcher onNewsLoad={() => 0} />
    <NewsLanguageSwitcher onNewsLanguageChange={(event) => event.detail.previous.length} />
  </>
);
`,
};

/** The README's React example (the tsx block under "## In React"), as a partner would paste it. */
export function readmeReactExample(root) {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('In React'));
  const code = section && /```tsx\n([\s\S]*?)```/.exec(section)?.[1];
  if (!code) throw new Error('README.md has no tsx block under "## In React"');
  return code;
}

/**
 * Type-checks each file alone under `tsc --strict` in both module resolutions a consumer may use;
 * returns the problems. `tsc(args, cwd)` runs the compiler and throws with its output on failure.
 */
export function checkConsumerTypes(dir, files, tsc) {
  const problems = [];
  for (const [file, source] of Object.entries(files)) writeFileSync(join(dir, file), source);
  const check = (label, names, options) => {
    const compilerOptions = {
      strict: true,
      noEmit: true,
      target: 'es2021',
      jsx: 'react-jsx',
      lib: ['es2022', 'dom', 'dom.iterable'],
      types: [],
      ...options,
    };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: names }));
    try {
      tsc(['-p', 'tsconfig.json'], dir);
    } catch (error) {
      problems.push(`types of ${label}: ${error.message}`);
    }
  };
  const names = Object.keys(files);
  // The package's declaration files themselves, checked once (skipLibCheck off) ...
  check('all files together', names, { module: 'esnext', moduleResolution: 'bundler' });
  // ... and what each entry alone brings, in both resolutions (skipLibCheck, as most apps have it).
  for (const [module, moduleResolution] of [
    ['node16', 'node16'],
    ['esnext', 'bundler'],
  ]) {
    for (const file of names) check(`${file} alone (moduleResolution ${moduleResolution})`, [file], { module, moduleResolution, skipLibCheck: true });
  }
  if (!problems.length)
    console.log(
      `ok: ${names.length} files, each importing one entry alone, compile strict (moduleResolution node16 and bundler), and their wrong values do not`,
    );
  return problems;
}

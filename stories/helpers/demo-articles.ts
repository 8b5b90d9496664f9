/// <reference types="vite/client" />
/**
 * The demo site's content (demo/data/articles, the seed page's stories) as story data: a story
 * in the language a widget shows, the way the native endpoint picks a translation.
 */
import type { Article, Lang } from '../../src/data/types.js';

const files = import.meta.glob<Article>('../../demo/data/articles/*.json', { eager: true, import: 'default' });
const byId = new Map(Object.values(files).map((article) => [article.id, article]));

/** A story's versions share ids through `translations`; one key names them all. */
const storyKey = (article: Article) =>
  [article.id, ...Object.values(article.translations ?? {})].filter((id): id is string => !!id).sort()[0];

const representatives = new Map<string, Article>();
for (const article of byId.values()) {
  const key = storyKey(article);
  if (!representatives.has(key) || article.lang === 'kk') representatives.set(key, article);
}

/** One id per demo story: its Kazakh version where there is one, since that is the site's first language. */
export const DEMO_STORIES: string[] = [...representatives.values()].map((article) => article.id).sort();

/** Languages that satisfy a request, best first: a widget transliterates Kazakh itself for kk-Latn. */
const acceptable = (lang: Lang): string[] => (lang === 'kk-Latn' ? ['kk-Latn', 'kk'] : [lang]);

/**
 * Stored image paths (/demo/data/images/…, served by Storybook's staticDirs) made absolute
 * against this document, so they load wherever Storybook is hosted and whichever endpoint
 * (real or fake) hands the article out.
 */
function withLocalImages(article: Article): Article {
  if (!article.image) return article;
  const local = (path: string) => (path.startsWith('/demo/') ? new URL(path.slice(1), document.baseURI).href : path);
  const { src, srcset } = article.image;
  return {
    ...article,
    image: { ...article.image, src: local(src), srcset: srcset?.replace(/\/demo\/\S+/g, local) },
  };
}

const shown = new Map<string, Article>();

/**
 * Demo story `id` in `lang` (its own version when it has no translation), or undefined for an
 * unknown id. The same object comes back for the same question, so re-renders change nothing.
 */
export function demoArticle(id: string | undefined, lang: Lang): Article | undefined {
  const article = id ? byId.get(id) : undefined;
  if (!article) return undefined;
  const key = `${id} ${lang}`;
  if (!shown.has(key)) {
    const version =
      acceptable(lang)
        .map((wanted) => (article.lang === wanted ? article : byId.get(article.translations?.[wanted] ?? '')))
        .find(Boolean) ?? article;
    shown.set(key, withLocalImages(version));
  }
  return shown.get(key);
}

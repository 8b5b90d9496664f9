import { toLang } from '../i18n/language.js';
import type { DataSource, ResourceRequest } from './resource.js';
import type { Article, Lang } from './types.js';
import { toArticleList } from './validate.js';

/**
 * Lists of stories as a reader should see them: each story once, in the reader's language when
 * it has that version, never the article the list belongs to (in any of its languages).
 * Versions of one story are linked by `translations`, directly or through another version, so a
 * link written on one side only still pairs them.
 */

/** Which stories a list shows. */
export interface StoryListQuery {
  /** Stories related to this article; with `category` or `tag` it is only left out of the list. */
  articleId?: string;
  category?: string;
  tag?: string;
  /** At most this many stories, after pairing. */
  limit: number;
}

/** How many stories a list shows unless told otherwise. */
export const DEFAULT_STORIES = 6;
/** The most stories a list shows, whatever its `limit`. */
export const MAX_STORIES = 24;

/**
 * The number of stories a `limit` asks for, as DESIGN.md reads it: a non-number (or 0) is the
 * default, anything larger than `MAX_STORIES` is that, so no attribute can make a list build, ask
 * for or render thousands of stories.
 */
export function storyLimit(limit: unknown): number {
  const asked = Math.round(Number(limit));
  if (Number.isNaN(asked) || asked === 0) return DEFAULT_STORIES;
  return Math.min(MAX_STORIES, Math.max(1, asked));
}

/**
 * How many to ask the endpoint for so that `limit` stories remain: a bilingual site may list
 * every story twice, and the article's own versions may come back too.
 */
const askFor = (limit: number) => limit * 2 + 2;

/** Languages a reader of `lang` reads, best first: Kazakh Latin is made from Cyrillic Kazakh in the browser. */
const readable = (lang: Lang): Lang[] => (lang === 'kk-Latn' ? ['kk-Latn', 'kk'] : [lang]);

/**
 * `articles` (in the endpoint's order of relevance) with each story once, at the place of its
 * first version: the version in `lang` when there is one, else the first listed, whose own `lang`
 * says which. A version without `lang` counts as written in the language asked for. The story of
 * `exclude` is left out entirely.
 */
export function oneVersionPerStory(
  articles: readonly Article[],
  lang: Lang,
  { exclude, limit = Infinity }: { exclude?: string; limit?: number } = {},
): Article[] {
  const link = new Map<string, string>();
  // A loop, not recursion: a list whose versions link one to the next runs as long as the list.
  const story = (id: string): string => {
    let root = id;
    for (let next = link.get(root); next !== undefined; next = link.get(root)) root = next;
    // Every id on the way now points straight at the story, so the next walk is one step.
    for (let at = id; at !== root; ) {
      const next = link.get(at)!;
      link.set(at, root);
      at = next;
    }
    return root;
  };
  for (const { id, translations } of articles) {
    for (const other of Object.values(translations ?? {})) {
      const [a, b] = [story(id), story(other!)];
      if (a !== b) link.set(a, b);
    }
  }

  const excluded = exclude === undefined ? undefined : story(exclude);
  const versions = new Map<string, Article[]>();
  for (const article of articles) {
    const key = story(article.id);
    if (key === excluded) continue;
    const known = versions.get(key);
    if (known) known.push(article);
    else versions.set(key, [article]);
  }

  const wanted = readable(lang);
  const rank = (article: Article) => {
    const place = wanted.indexOf(toLang(article.lang) ?? lang);
    return place < 0 ? wanted.length : place;
  };
  return [...versions.values()]
    .slice(0, limit)
    .map((each) => each.reduce((best, version) => (rank(version) < rank(best) ? version : best)));
}

/**
 * The load behind a story list: related to `articleId`, or by `category` / `tag`; paired and
 * limited, so the kept last-known-good copy and `news-load` carry exactly what is shown.
 * Undefined when the query names no source.
 */
export function storyListRequest(source: DataSource, query: StoryListQuery): ResourceRequest<Article[]> | undefined {
  const { articleId, category, tag, limit } = query;
  if (!articleId && !category && !tag) return undefined;
  const pick = (articles: Article[]) => oneVersionPerStory(articles, source.lang, { exclude: articleId, limit });
  return {
    source,
    key: `stories ${JSON.stringify(query)}`,
    read: async (adapter, context) =>
      pick(
        category || tag
          ? await adapter.articles({ category, tag, limit: askFor(limit) }, context)
          : await adapter.related(articleId!, askFor(limit), context),
      ),
    validate: (kept) => toArticleList({ items: kept }),
  };
}

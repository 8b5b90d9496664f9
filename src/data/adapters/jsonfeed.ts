import { unsupported, type Adapter, type AdapterContext } from './adapter.js';
import { plainText, readingMinutes, shorten } from '../plain-text.js';
import { safeUrl } from '../url.js';
import { asObject as object, firstItems, toArticleList } from '../validate.js';
import { NewsDataError, type Article, type Lang } from '../types.js';

/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1; 1.0 feeds read too). `endpoint` is the feed's
 * URL; a `{lang}` in it is replaced by the reader's language, for sites with one feed per
 * language. Items are read page by page through `next_url`, only as far as a widget needs.
 */

type Json = Record<string, unknown>;

const VERSION = /^https:\/\/jsonfeed\.org\/version\/1(\.1)?$/;
/** A feed whose `next_url` chain goes on longer than this is read no further. */
const MAX_PAGES = 10;
/** Longest title made from a title-less item's text, and longest excerpt. */
const TITLE_LENGTH = 120;
const EXCERPT_LENGTH = 300;

/** `{lang}` in the feed URL (percent-encoded once it went through `URL`) as the reader's language. */
const feedUrl = ({ endpoint, lang }: AdapterContext) => endpoint.replace(/\{lang\}|%7Blang%7D/gi, lang);

/** A plain-text field (JSON Feed's titles, summaries and names are text, never HTML), whitespace collapsed. */
const plain = (value: unknown) => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '');

/** The primary language of a tag: `kk-KZ` and `kk-Latn` are both Kazakh. */
const primary = (tag: unknown) => (typeof tag === 'string' ? tag.split(/[-_]/)[0].toLowerCase() : undefined);

/** Author names of an item, else of the feed (1.1 `authors`, or 1.0 `author`). */
function authorName(item: Json, feed: Json): string | undefined {
  const authors = [item.authors, item.author, feed.authors, feed.author]
    .map((value) => (Array.isArray(value) ? value : value ? [value] : []))
    .find((list) => list.length);
  const names = (authors ?? []).map((author) => plain(object(author)?.name)).filter(Boolean);
  return names.length ? names.join(', ') : undefined;
}

/** An item in the native contract's shape (validated by the caller). */
function fromItem(item: Json, feed: Json): Json {
  const text = plain(item.content_text) || plainText(item.content_html);
  const summary = plain(item.summary) || shorten(text, EXCERPT_LENGTH);
  const name = authorName(item, feed);
  return {
    id: item.id,
    lang: item.language ?? feed.language,
    url: item.url ?? item.external_url,
    // Titles are optional in JSON Feed (microblog posts); a card needs a headline.
    title: plain(item.title) || shorten(summary, TITLE_LENGTH),
    excerpt: summary,
    publishedAt: item.date_published,
    author: name && { name },
    image: typeof item.image === 'string' ? { src: item.image } : undefined,
    tags: item.tags,
    readingMinutes: readingMinutes(text),
  };
}

/** True for the raw item whose `id` is `id` (JSON Feed ids are strings; numbers are read as their text). */
const hasId = (item: unknown, id: string) => {
  const raw = object(item)?.id;
  return (typeof raw === 'string' || typeof raw === 'number') && String(raw).trim() === id;
};

/**
 * One page of a feed: its valid items (only the item `only` when given), and the next page's URL
 * if any. Items are cut to the first hundred before their HTML is read, however many the page has.
 */
async function readPage(url: string, context: AdapterContext, only?: string) {
  const feed = object(await context.fetchJson(url));
  if (!feed || typeof feed.version !== 'string' || !VERSION.test(feed.version) || !Array.isArray(feed.items))
    throw new NewsDataError('shape', 'The response is not a JSON Feed: it needs "version" https://jsonfeed.org/version/1.1 and "items".', undefined, url);
  const wanted = only === undefined ? feed.items : feed.items.filter((item) => hasId(item, only));
  const items = firstItems(wanted).map((item) => object(item) && fromItem(item as Json, feed));
  return { articles: toArticleList({ items }, url), next: safeUrl(feed.next_url, url) };
}

/**
 * Reads pages until `enough(itemsSoFar)` says stop or the feed ends. A later page that fails
 * ends the walk with what was read, since the first page already gave the reader something.
 */
async function readFeed(context: AdapterContext, enough: (articles: Article[]) => boolean, only?: string): Promise<Article[]> {
  const seen = new Set<string>();
  const articles: Article[] = [];
  for (let url: string | undefined = feedUrl(context); url && !seen.has(url) && seen.size < MAX_PAGES; ) {
    seen.add(url);
    let page;
    try {
      page = await readPage(url, context, only);
    } catch (error) {
      if (seen.size === 1) throw error;
      break;
    }
    articles.push(...page.articles);
    if (enough(articles)) break;
    url = page.next;
  }
  return articles;
}

/** Items in the reader's language when the feed has some, else all of them. */
function inLanguage(articles: Article[], lang: Lang): Article[] {
  const own = articles.filter((article) => !article.lang || primary(article.lang) === primary(lang));
  return own.length ? own : articles;
}

const hasTag = (article: Article, tag: string) =>
  article.tags?.some((each) => each.toLowerCase() === tag.toLowerCase()) ?? false;

/** Reads a JSON Feed; categories are tags, since JSON Feed has only tags. */
export const jsonFeedAdapter: Adapter = {
  async article(id, context) {
    const articles = await readFeed(context, (read) => read.length > 0, id);
    const found = articles.find((article) => article.id === id);
    if (!found) throw new NewsDataError('http', `The feed has no item "${id}".`, 404, feedUrl(context));
    return found;
  },

  async related(id, limit, context) {
    const articles = await readFeed(context, (read) => read.some((article) => article.id === id) && read.length > limit);
    const article = articles.find((each) => each.id === id);
    const shares = (other: Article) => article?.tags?.some((tag) => hasTag(other, tag)) ?? false;
    const others = inLanguage(articles, context.lang).filter((other) => other.id !== id);
    return [...others.filter(shares), ...others.filter((other) => !shares(other))].slice(0, limit);
  },

  async articles({ category, tag, limit }, context) {
    const wanted = (article: Article) => [category, tag].every((name) => !name || hasTag(article, name));
    const articles = await readFeed(context, (read) => read.filter(wanted).length >= limit);
    return inLanguage(articles.filter(wanted), context.lang).slice(0, limit);
  },

  async mourning() {
    throw unsupported('mourning days', 'JSON Feed');
  },
};

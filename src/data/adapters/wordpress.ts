import { endpointUrl, unsupported, withParams, type Adapter, type AdapterContext, type Params } from './adapter.js';
import { plainText, readingMinutes } from '../plain-text.js';
import { asObject as object, firstItems, toArticle, toArticleList } from '../validate.js';
import { NewsDataError, type Lang } from '../types.js';

/**
 * The WordPress REST API (v2), as WordPress answers it out of the box, cross-origin included.
 * `endpoint` is the API root: `https://site/wp-json`, or `https://site/?rest_route=` on a site
 * without pretty permalinks. Polylang's REST fields (`lang`, `translations`, the `lang`
 * parameter) are used when the site has them, so stories pair across languages.
 */

/** Choices for one WordPress site; register the configured adapter under a name of your own. */
export interface WordPressOptions {
  /**
   * Route of a related-posts plugin that answers with post objects, `{id}` standing for the
   * article's id (e.g. `yarpp/v1/related/{id}`); it gets `limit` and `_embed`. By default,
   * related stories are the newest posts sharing the article's categories.
   */
  relatedRoute?: string;
  /**
   * A post meta key, registered with `show_in_rest`, that holds the author's position for the
   * signature line. By default the position is the author's biographical info (user description).
   */
  authorRoleMeta?: string;
}

type Json = Record<string, unknown>;

const array = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
/** `{ rendered }` fields (title, excerpt, content) as plain text. */
const rendered = (value: unknown) => plainText(object(value)?.rendered);

/** Polylang's language slugs are plain languages; Kazakh Latin is made from Kazakh in the browser. */
const siteLang = (lang: Lang) => (lang === 'kk-Latn' ? 'kk' : lang);

/** A route's URL: on the path of `…/wp-json`, or in the `rest_route` parameter of a site without pretty permalinks. */
function routeUrl(endpoint: string, route: string, params: Params): string {
  const url = new URL(endpoint);
  const base = url.searchParams.get('rest_route');
  if (base === null) return endpointUrl(endpoint, route, params);
  url.searchParams.set('rest_route', `${base.replace(/\/+$/, '')}/${route}`);
  return withParams(url, params);
}

/** The relations a card shows, and nothing else, so WordPress embeds no comments or parents. */
const EMBED = 'author,wp:featuredmedia,wp:term';

/** WordPress's `date_gmt` is UTC without a zone designator. */
const utc = (value: unknown) =>
  typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/.test(value) ? `${value}Z` : undefined;

/** WordPress ends an excerpt it cut from the content with ` […]`; a teaser reads better with `…`. */
const excerpt = (value: unknown) =>
  rendered(value).replace(/([.!?…])?\s*\[(…|\.\.\.)\]$/, (_, end: string | undefined) => end ?? '…');

/** The featured image, with a `srcset` of the sizes WordPress made in the original's proportions. */
function featuredImage(media: Json | undefined) {
  if (!media || media.media_type !== 'image') return undefined;
  const details = object(media.media_details);
  const width = Number(details?.width);
  const height = Number(details?.height);
  const sizes = Object.values(object(details?.sizes) ?? {})
    .map(object)
    .filter((size): size is Json => !!size && Math.abs(Number(size.width) / Number(size.height) / (width / height) - 1) < 0.02)
    .sort((a, b) => Number(a.width) - Number(b.width));
  const srcset = [...new Map(sizes.map((size) => [size.width, `${size.source_url} ${size.width}w`])).values()].join(', ');
  return { src: media.source_url, alt: media.alt_text, width, height, srcset: srcset || undefined };
}

/** A post object in the native contract's shape (validated by the caller). */
function fromPost(post: Json, { authorRoleMeta }: WordPressOptions): Json {
  const embedded = object(post._embedded);
  const author = object(array(embedded?.author)[0]);
  const terms = array(embedded?.['wp:term']).flatMap(array).map(object);
  const category = terms.find((term) => term?.taxonomy === 'category');
  const words = rendered(post.content);
  const role = authorRoleMeta ? plainText(object(post.meta)?.[authorRoleMeta]) : '';
  return {
    id: post.id,
    lang: post.lang,
    url: post.link,
    title: rendered(post.title),
    excerpt: excerpt(post.excerpt),
    publishedAt: utc(post.date_gmt),
    author: author && { name: plainText(author.name), role: role || plainText(author.description) },
    image: featuredImage(object(array(embedded?.['wp:featuredmedia'])[0])),
    category: category && { id: category.id, name: plainText(category.name), url: category.link },
    tags: terms.filter((term) => term?.taxonomy === 'post_tag').map((term) => plainText(term!.name)),
    readingMinutes: readingMinutes(words),
    translations: post.translations,
  };
}

/**
 * Turns WordPress's own error answer (`{ code, message, data: { status } }`) into an error that
 * says what happened; other failures pass through.
 */
function explain(error: unknown): unknown {
  if (!(error instanceof NewsDataError) || error.reason !== 'http') return error;
  const { status, url, body } = error;
  const { code, message } = object(body) ?? {};
  const wordpress = typeof code === 'string';
  const said = wordpress ? `WordPress answered ${status} ${code}: ${plainText(message)}` : error.message;
  // No such route, or the site's own 404 page instead of the API's JSON: the endpoint is wrong.
  if (code === 'rest_no_route' || (status === 404 && !wordpress))
    return new NewsDataError('unsupported', `${said} The endpoint should be the REST API root, e.g. https://site/wp-json.`, status, url, body);
  if (status === 401 || status === 403)
    return new NewsDataError('http', `${said} The post is not public, or a security plugin closes the REST API to visitors.`, status, url, body);
  return wordpress ? new NewsDataError('http', said, status, url, body) : error;
}

/** WordPress refuses (400) a page of more than 100 posts. */
const perPage = (limit: number) => Math.min(100, Math.max(1, limit));

/** True for the 400 a Polylang site gives for a language it does not have. */
const unknownLanguage = (error: unknown) =>
  error instanceof NewsDataError &&
  error.status === 400 &&
  object(object(object(error.body)?.data)?.params)?.lang !== undefined;

/**
 * Makes a WordPress adapter. The `wordpress` adapter is `createWordPressAdapter()`; a site with a
 * related-posts plugin or a position field registers its own:
 * `registerAdapter('our-site', async () => createWordPressAdapter({ authorRoleMeta: 'position' }))`.
 */
export function createWordPressAdapter(options: WordPressOptions = {}): Adapter {
  const fields = ['id', 'link', 'title', 'excerpt', 'content', 'date_gmt', 'categories', 'lang', 'translations'];
  if (options.authorRoleMeta) fields.push(`meta.${options.authorRoleMeta}`);
  // Without _links, WordPress drops _embedded even when _embed asks for it.
  const shape = { _fields: [...fields, '_links', '_embedded'].join(','), _embed: EMBED };

  const get = async (url: string, { fetchJson }: AdapterContext) => {
    try {
      return await fetchJson(url);
    } catch (error) {
      throw explain(error);
    }
  };

  /** A list of posts, in the reader's language when the site knows it, else in every language. */
  const list = async (path: string, params: Params, context: AdapterContext, lang?: string): Promise<unknown[]> => {
    const url = (lang?: string) => routeUrl(context.endpoint, path, { ...params, ...shape, lang });
    let body: unknown;
    try {
      body = await get(url(lang), context);
    } catch (error) {
      if (!lang || !unknownLanguage(error)) throw error;
      body = await get(url(), context);
    }
    if (!Array.isArray(body)) throw new NewsDataError('shape', 'WordPress answered a list route with something that is not a list.', undefined, url());
    return body;
  };

  /**
   * The post `id` (or slug) in the reader's language, following Polylang's `translations`. The
   * post itself is asked without `lang`, so every language's widgets share one request.
   */
  const post = async (id: string, context: AdapterContext, follow = true): Promise<Json> => {
    let found: unknown;
    if (/^\d+$/.test(id)) found = await get(routeUrl(context.endpoint, `wp/v2/posts/${id}`, shape), context);
    else [found] = await list('wp/v2/posts', { slug: id }, context);
    const raw = object(found);
    if (!raw) throw new NewsDataError('http', `WordPress has no published post "${id}".`, 404);
    const wanted = siteLang(context.lang);
    const translation = follow && raw.lang !== wanted && object(raw.translations)?.[wanted];
    return translation ? post(String(translation), context, false) : raw;
  };

  /** Posts of a list route in the reader's language, as valid articles. */
  const articles = async (path: string, params: Params, context: AdapterContext) => {
    const posts = await list(path, params, context, siteLang(context.lang));
    const items = firstItems(posts).map((each) => object(each) && fromPost(each as Json, options));
    return toArticleList({ items }, context.endpoint);
  };

  /** A category or tag by id or slug, as the id of its version in the reader's language. */
  const term = async (taxonomy: string, idOrSlug: string, context: AdapterContext) => {
    const by = /^\d+$/.test(idOrSlug) ? { include: idOrSlug } : { slug: idOrSlug };
    const url = routeUrl(context.endpoint, `wp/v2/${taxonomy}`, { ...by, _fields: 'id,lang,translations' });
    const found = array(await get(url, context)).map(object);
    const wanted = siteLang(context.lang);
    const chosen = found.find((each) => each?.lang === wanted) ?? found[0];
    const id = object(chosen?.translations)?.[wanted] ?? chosen?.id;
    return id === undefined ? undefined : String(id);
  };

  return {
    async article(id, context) {
      return toArticle(fromPost(await post(id, context), options), context.endpoint);
    },

    async related(id, limit, context) {
      const article = await post(id, context);
      const story = [...new Set([article.id, ...Object.values(object(article.translations) ?? {})])].join(',');
      if (options.relatedRoute) return articles(options.relatedRoute.replace('{id}', String(article.id)), { limit }, context);
      const categories = array(article.categories).join(',');
      return articles('wp/v2/posts', { categories, exclude: story, per_page: perPage(limit) }, context);
    },

    async articles({ category, tag, limit }, context) {
      const categories = category ? await term('categories', category, context) : '';
      const tags = tag ? await term('tags', tag, context) : '';
      // A category or tag the site does not have lists nothing, rather than everything.
      if (categories === undefined || tags === undefined) return [];
      return articles('wp/v2/posts', { categories, tags, per_page: perPage(limit) }, context);
    },

    async mourning() {
      throw unsupported('mourning days', 'WordPress');
    },
  };
}

/** The `wordpress` adapter: WordPress as it comes, positions from the authors' biographical info. */
export const wordpressAdapter = createWordPressAdapter();

/**
 * The shapes the elements render, whatever endpoint or adapter they came from.
 * Field names follow the native endpoint contract (v1) in DESIGN.md.
 */

/** A language a widget can show: Kazakh (Cyrillic), Russian, English, Kazakh in the 2021 Latin alphabet. */
export type Lang = 'kk' | 'ru' | 'en' | 'kk-Latn';

/**
 * The name of a way to read an endpoint: the built-in `native`, `wordpress` and `jsonfeed`, or one
 * a page gave `registerAdapter()` (`string & {}` keeps any name valid while editors still offer
 * the three).
 */
export type AdapterName = 'native' | 'wordpress' | 'jsonfeed' | (string & {});

/** Every language the library knows, in the order a switcher lists them by default. */
export const LANGUAGES: readonly Lang[] = ['kk', 'ru', 'en', 'kk-Latn'];

export interface ArticleImage {
  src: string;
  alt?: string;
  width?: number;
  height?: number;
  srcset?: string;
}

export interface ArticleAuthor {
  name: string;
  /** Position shown under the name, like the seed page's signature line. */
  role?: string;
}

export interface ArticleCategory {
  id?: string;
  name: string;
  url?: string;
}

/** One story in one language. Only `id`, `url` and `title` are guaranteed. */
export interface Article {
  id: string;
  /** The language this version is written in; may differ from the one asked for. */
  lang?: string;
  url: string;
  title: string;
  excerpt?: string;
  /** ISO 8601 instant. */
  publishedAt?: string;
  author?: ArticleAuthor;
  image?: ArticleImage;
  category?: ArticleCategory;
  tags?: string[];
  readingMinutes?: number;
  /** Ids of the same story in other languages, keyed by language. */
  translations?: Partial<Record<string, string>>;
}

/** A day (or span of days) of national mourning, in Kazakhstan's calendar. */
export interface MourningDay {
  /** First day, `YYYY-MM-DD`. */
  date: string;
  /** Last day, inclusive, `YYYY-MM-DD`. */
  endDate?: string;
  /** Repeat the same span every year. */
  recurring?: boolean;
  title: string;
  message?: string;
  grayscale?: boolean;
  url?: string;
}

/** Why a load failed; the `reason` of a `news-error` event. */
export type NewsErrorReason = 'network' | 'timeout' | 'http' | 'not-json' | 'shape' | 'unsupported';

/** A failure of the data layer, explained well enough to show and to report. */
export class NewsDataError extends Error {
  constructor(
    readonly reason: NewsErrorReason,
    message: string,
    readonly status?: number,
    readonly url?: string,
    /** The endpoint's own error answer, parsed, when it sent JSON: lets an adapter explain the failure. */
    readonly body?: unknown,
  ) {
    super(message);
    this.name = 'NewsDataError';
  }
}

/** `detail` of `news-error`. */
export interface NewsErrorDetail {
  reason: NewsErrorReason;
  status?: number;
  url?: string;
  message: string;
}

/** `detail` of `news-load`. */
export interface NewsLoadDetail<T = unknown> {
  data: T;
  /** True when the data is a last-known-good copy shown because the endpoint failed. */
  stale?: boolean;
}

/** `detail` of a card's `news-load`: its article. */
export type NewsArticleLoadDetail = NewsLoadDetail<Article>;

/** `detail` of a rail's `news-load`: the stories it shows. */
export type NewsStoriesLoadDetail = NewsLoadDetail<Article[]>;

/** `detail` of a mourning banner's `news-load`: the schedule's days. */
export type NewsMourningLoadDetail = NewsLoadDetail<MourningDay[]>;

/** `detail` of `news-article-click`. */
export interface NewsArticleClickDetail {
  id: string;
  url: string;
  /** The story's language: its own when the endpoint says, else the card's. */
  lang: string;
  /** 0-based position within a rail. */
  position?: number;
}

/** `detail` of `news-language-change` (cancelable). */
export interface NewsLanguageChangeDetail {
  lang: string;
  previous: string;
}

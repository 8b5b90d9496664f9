import { isCalendarDay, isShowableInstant } from '../i18n/dates.js';
import { safeSrcset, safeUrl } from './url.js';
import { NewsDataError } from './types.js';
import type { Article, ArticleAuthor, ArticleCategory, ArticleImage, MourningDay } from './types.js';

/**
 * Turns untrusted JSON into the shapes the elements render. Required fields that are missing or
 * unsafe make the whole value invalid (a `shape` error); optional fields of the wrong type or
 * with unsafe URLs are dropped so the rest still renders, as the contract asks.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `value` when it is a JSON object (not an array or null), else undefined: for reading untrusted JSON. */
export const asObject = (value: unknown): Json | undefined => (isObject(value) ? value : undefined);

/** A non-empty, trimmed string, or undefined. */
const text = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
};

/** Ids may arrive as numbers (WordPress) or strings (native). */
const identifier = (value: unknown): string | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? String(value) : text(value);

/** `value` when it is a number from `min` to `max`, else undefined: past those it is a mistake or an attack, not a measure. */
const within = (value: unknown, min: number, max: number): number | undefined =>
  typeof value === 'number' && value >= min && value <= max ? value : undefined;

/** The largest image side in pixels: JPEG and PNG, in practice, stop at 65,535. */
const MAX_IMAGE_SIDE = 65_535;
/** No news story takes ten hours to read. */
const MAX_READING_MINUTES = 600;

/** The calendar date an ISO 8601 string starts with: year (4 digits, or 6 with a sign), month, day. */
const ISO_DATE = /^([+-]\d{6}|\d{4})-(\d\d)-(\d\d)/;

/** True when `iso` starts with no date, or with one that exists. */
const realDate = (iso: string) => {
  const date = ISO_DATE.exec(iso);
  return !date || isCalendarDay(Number(date[1]), Number(date[2]), Number(date[3]));
};

/** An instant a card can show (a real date, years 1–9999), else undefined: the card shows no date. */
const isoInstant = (value: unknown): string | undefined => {
  const iso = text(value);
  return iso !== undefined && realDate(iso) && isShowableInstant(Date.parse(iso)) ? iso : undefined;
};

function image(value: unknown, base?: string): ArticleImage | undefined {
  if (!isObject(value)) return undefined;
  const src = safeUrl(value.src, base);
  if (!src) return undefined;
  return {
    src,
    alt: typeof value.alt === 'string' ? value.alt.trim() : undefined,
    width: within(value.width, 1, MAX_IMAGE_SIDE),
    height: within(value.height, 1, MAX_IMAGE_SIDE),
    srcset: safeSrcset(value.srcset, base),
  };
}

function author(value: unknown): ArticleAuthor | undefined {
  if (!isObject(value)) return undefined;
  const name = text(value.name);
  return name ? { name, role: text(value.role) } : undefined;
}

function category(value: unknown, base?: string): ArticleCategory | undefined {
  if (!isObject(value)) return undefined;
  const name = text(value.name);
  return name ? { name, id: identifier(value.id), url: safeUrl(value.url, base) } : undefined;
}

function translations(value: unknown): Article['translations'] {
  if (!isObject(value)) return undefined;
  const entries = Object.entries(value)
    .map(([lang, id]) => [lang, identifier(id)] as const)
    .filter((entry): entry is readonly [string, string] => entry[1] !== undefined);
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/**
 * The article `value` holds, or why it is not one (a sentence for developers). Each field is
 * read once: URLs are parsed to be checked, and a page of cards checks many.
 */
function readArticle(value: unknown, base?: string): Article | string {
  if (!isObject(value)) return 'an article must be a JSON object';
  const id = identifier(value.id);
  if (id === undefined) return 'the article has no "id"';
  const title = text(value.title);
  if (title === undefined) return `article "${id}" has no "title"`;
  const url = safeUrl(value.url, base);
  if (url === undefined) return `article "${id}" has no "url" with http: or https:`;
  const tags = Array.isArray(value.tags) ? value.tags.map(text).filter((tag) => tag !== undefined) : [];
  const minutes = within(value.readingMinutes, 0, MAX_READING_MINUTES);
  return {
    id,
    lang: text(value.lang),
    url,
    title,
    excerpt: text(value.excerpt),
    publishedAt: isoInstant(value.publishedAt),
    author: author(value.author),
    image: image(value.image, base),
    category: category(value.category, base),
    tags: tags.length ? tags : undefined,
    readingMinutes: minutes ? Math.max(1, Math.round(minutes)) : undefined,
    translations: translations(value.translations),
  };
}

/**
 * At most this many entries of a list are read: twice the most a list asks for, and WordPress's
 * largest page. An endpoint that sends thousands then costs no more than a hundred.
 */
export const MAX_LIST_ITEMS = 100;

/** The entries of a list that are read, for adapters to cut before converting them. */
export const firstItems = (items: readonly unknown[]): unknown[] => items.slice(0, MAX_LIST_ITEMS);

const shapeError = (problem: string) => new NewsDataError('shape', `The response does not fit the contract: ${problem}.`);

/**
 * Validates one article. `base` resolves relative URLs (the endpoint's own address, so links
 * work on a partner's page too).
 * @throws NewsDataError with reason `shape`
 */
export function toArticle(value: unknown, base?: string): Article {
  const article = readArticle(value, base);
  if (typeof article === 'string') throw shapeError(article);
  return article;
}

/**
 * Validates `{ items: [...] }`, its first `MAX_LIST_ITEMS`. Invalid items are dropped (the valid ones still show); a list
 * whose every item is invalid is a shape error, since showing "nothing" would hide the fault.
 * @throws NewsDataError with reason `shape`
 */
export function toArticleList(value: unknown, base?: string): Article[] {
  if (!isObject(value) || !Array.isArray(value.items)) throw shapeError('a list must be { "items": [...] }');
  const read = firstItems(value.items).map((item) => readArticle(item, base));
  const articles = read.filter((article) => typeof article !== 'string');
  if (read.length > 0 && articles.length === 0) throw shapeError(read[0] as string);
  return articles;
}

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const calendarDay = (value: unknown): string | undefined => {
  const day = text(value);
  return day !== undefined && DAY.test(day) && Number(day.slice(0, 4)) >= 1 && realDate(day) ? day : undefined;
};

function mourningDay(value: unknown, base?: string): MourningDay | undefined {
  if (!isObject(value)) return undefined;
  const date = calendarDay(value.date);
  const title = text(value.title);
  if (!date || !title) return undefined;
  const endDate = calendarDay(value.endDate);
  return {
    date,
    endDate: endDate !== undefined && endDate >= date ? endDate : undefined,
    recurring: value.recurring === true || undefined,
    title,
    message: text(value.message),
    grayscale: value.grayscale === true || undefined,
    url: safeUrl(value.url, base),
  };
}

/**
 * Validates `{ days: [...] }`; malformed days are dropped, since a wrong banner is worse than none.
 * @throws NewsDataError with reason `shape`
 */
export function toMourningDays(value: unknown, base?: string): MourningDay[] {
  if (!isObject(value) || !Array.isArray(value.days))
    throw shapeError('a schedule must be { "days": [...] }');
  return value.days.map((day) => mourningDay(day, base)).filter((day) => day !== undefined);
}

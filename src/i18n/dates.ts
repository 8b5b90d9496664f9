/**
 * Publication dates as a news reader expects them: relative within the last day,
 * otherwise the calendar date in Kazakhstan, whatever the reader's own zone.
 *
 * Browsers have no Kazakh date data (Chromium prints `2023 M06 12` and answers
 * RelativeTimeFormat('kk') in English), so Kazakh comes from the tables here;
 * Russian and English come from Intl, which knows them well.
 *
 * @module
 */
import type { Lang } from '../data/types.js';
import { toKazakhLatin } from './kk-latn.js';
import { toKazakhstanDate, type CalendarDate } from './kazakhstan-time.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// Nominative month names, as Kazakh news sites write a date: "10 маусым".
const KK_MONTHS = [
  'қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым',
  'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан',
];

const JUST_NOW: Record<'kk' | 'ru' | 'en', string> = {
  kk: 'жаңа ғана',
  ru: 'только что',
  en: 'just now',
};

/**
 * True when `instant` (epoch milliseconds) falls on a date a reader can be shown: years 1 to 9999
 * in Kazakhstan. JavaScript dates reach year 275760 either way, where formatting breaks (or reads
 * `NaN`), and Intl prints years before 1 as positive ones.
 */
export function isShowableInstant(instant: number): boolean {
  const { year } = toKazakhstanDate(instant);
  return year >= 1 && year <= 9999;
}

/** True when `day` exists in `month` (1–12) of `year`: 2026-02-30 does not, though some engines parse it into March. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(new Date(0).setUTCFullYear(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * How `iso` (an ISO 8601 instant) reads in `lang` at `now`, or `undefined` when it is
 * not a date or not one a reader can be shown (see {@link isShowableInstant}).
 * - Less than a minute ago, or up to a day ahead (a server clock running fast):
 *   `жаңа ғана` / `только что` / `just now`.
 * - Less than 24 hours ago: `5 минут бұрын`, `3 сағат бұрын` / `3 часа назад` / `3 hours ago`.
 * - Otherwise its calendar date in Kazakhstan: `2026 ж. 10 маусым` / `10 июня 2026 г.` /
 *   `10 June 2026`, without the year when it is the current year in Kazakhstan.
 *
 * `kk-Latn` is the Kazakh wording transliterated: `2026 j. 10 mausym`.
 */
export function formatPublished(iso: string, lang: Lang, now: number | Date = Date.now()): string | undefined {
  const instant = Date.parse(iso);
  const nowMs = typeof now === 'number' ? now : now.getTime();
  if (!isShowableInstant(instant) || !isShowableInstant(nowMs)) return undefined;
  if (lang === 'kk-Latn') return toKazakhLatin(format(instant, 'kk', nowMs));
  return format(instant, lang === 'ru' || lang === 'en' ? lang : 'kk', nowMs);
}

/**
 * A calendar date (`YYYY-MM-DD`, as schedules write it) as day and month, the way a dated
 * headline reads: `12 маусым` / `12 июня` / `12 June` / `12 mausym`.
 */
export function formatDayMonth(date: string, lang: Lang): string {
  const [year, month, day] = date.split('-').map(Number);
  const text = calendarDate({ year, month, day }, lang, false);
  return lang === 'kk-Latn' ? toKazakhLatin(text) : text;
}

function format(instant: number, lang: 'kk' | 'ru' | 'en', now: number): string {
  const ago = now - instant;
  if (ago < MINUTE && ago > -DAY) return JUST_NOW[lang];
  if (ago > 0 && ago < DAY) {
    const inMinutes = ago < HOUR;
    const value = Math.floor(ago / (inMinutes ? MINUTE : HOUR));
    if (lang === 'kk') return `${value} ${inMinutes ? 'минут' : 'сағат'} бұрын`;
    return relativeFormat(lang).format(-value, inMinutes ? 'minute' : 'hour');
  }
  const date = toKazakhstanDate(instant);
  return calendarDate(date, lang, date.year !== toKazakhstanDate(now).year);
}

/** Kazakh (in Cyrillic, also for `kk-Latn`) from our table, Russian and English from Intl. */
function calendarDate(date: CalendarDate, lang: Lang, withYear: boolean): string {
  if (lang !== 'ru' && lang !== 'en') {
    const dayMonth = `${date.day} ${KK_MONTHS[date.month - 1]}`;
    return withYear ? `${date.year} ж. ${dayMonth}` : dayMonth;
  }
  // The Kazakhstan calendar date at noon UTC, formatted in UTC, reads as that date.
  const noon = new Date(0).setUTCFullYear(date.year, date.month - 1, date.day) + 12 * HOUR;
  return dateFormat(lang, withYear).format(noon);
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

// Formatters are costly to build and a rail formats many dates: keep one of each.
function relativeFormat(lang: 'ru' | 'en'): Intl.RelativeTimeFormat {
  let formatter = relativeFormats.get(lang);
  if (!formatter) relativeFormats.set(lang, (formatter = new Intl.RelativeTimeFormat(lang)));
  return formatter;
}

function dateFormat(lang: 'ru' | 'en', withYear: boolean): Intl.DateTimeFormat {
  const key = lang + withYear;
  let formatter = dateFormats.get(key);
  if (!formatter) {
    // en-GB puts the day first, as the contract asks: "10 June 2026".
    formatter = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ru', {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'long',
      ...(withYear ? { year: 'numeric' } : {}),
    });
    dateFormats.set(key, formatter);
  }
  return formatter;
}

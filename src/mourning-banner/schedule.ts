import type { MourningDay } from '../data/types.js';
import { kazakhstanMidnight } from '../i18n/kazakhstan-time.js';

/**
 * Which mourning day is in force on a date. Pure: the date is given (the calendar date in
 * Kazakhstan, or at the element's own offset, from `toKazakhstanDateString`), so the answer is
 * the same for every reader whatever their clock zone. Days are whole calendar days, so the
 * answer can only change at a midnight: the next boundary is always `nextKazakhstanMidnight`.
 *
 * @module
 */

/** The part of a mourning day that decides when it is in force. */
export type MourningSpan = Pick<MourningDay, 'date' | 'endDate' | 'recurring'>;

/**
 * The first of `days` in force on `today` (`YYYY-MM-DD`): from its `date` to its `endDate`
 * (or `date`), both included. A `recurring` day repeats that span every year from the year of
 * its `date`, a span across New Year included; a recurring 29 February comes in leap years only.
 */
export function dayInForce<T extends MourningSpan>(days: readonly T[], today: string): T | undefined {
  return days.find((day) => covers(day, today));
}

function covers({ date, endDate = date, recurring }: MourningSpan, today: string): boolean {
  if (!recurring) return date <= today && today <= endDate;
  const first = Number(date.slice(0, 4));
  // 1 for a span across New Year (31 Dec – 2 Jan), else 0.
  const crossing = Number(endDate.slice(0, 4)) - first;
  const year = Number(today.slice(0, 4));
  // This year's copy of the span, or last year's when it runs across New Year into today.
  return [year - 1, year].some(
    (start) => start >= first && `${start}${date.slice(4)}` <= today && today <= `${start + crossing}${endDate.slice(4)}`,
  );
}

/**
 * Why `date` … `endDate` is not a span of real calendar days, in one phrase for developers;
 * undefined when it is one.
 */
export function spanProblem(date: string, endDate?: string): string | undefined {
  const invalid = (name: string, value: string) => `${name}="${value}" is not a calendar date (YYYY-MM-DD)`;
  if (Number.isNaN(kazakhstanMidnight(date))) return invalid('date', date);
  if (endDate === undefined) return undefined;
  if (Number.isNaN(kazakhstanMidnight(endDate))) return invalid('end-date', endDate);
  return endDate < date ? `end-date="${endDate}" is before date="${date}"` : undefined;
}

/**
 * A UTC offset written like `+05:00`, `-0330`, `+3` or `UTC+6`, as minutes east of UTC;
 * undefined for anything else.
 */
export function parseUtcOffset(text: string): number | undefined {
  const match = /^(?:UTC|GMT)?([+-])(\d{1,2})(?::?([0-5]\d))?$/i.exec(text.trim());
  if (!match) return undefined;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  if (minutes > 14 * 60) return undefined;
  return match[1] === '-' ? -minutes : minutes;
}

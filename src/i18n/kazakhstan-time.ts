/**
 * Kazakhstan's civil time as a fixed-offset rule, independent of the reader's clock
 * zone and of the browser's time-zone database (which may be older than the 2024
 * change, or absent). A mourning day, "today" and the absolute dates on cards are all
 * calendar dates in this time.
 *
 * @module
 */

const MINUTE = 60_000;

/** 2024-03-01 00:00 at UTC+6: from this instant on, Kazakhstan keeps UTC+5. */
const SINGLE_ZONE_SWITCH = Date.UTC(2024, 1, 29, 18);

/**
 * Minutes east of UTC: either fixed (`300` for UTC+5, `-240` for UTC-4) or a rule
 * giving the offset in force at an epoch-millisecond instant.
 * Every function here takes one as its last argument, defaulting to Kazakhstan's rule,
 * so an element with its own `time-zone-offset` passes that number instead.
 */
export type UtcOffset = number | ((epochMs: number) => number);

/** A calendar date; `month` is 1–12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const toMs = (instant: number | Date): number =>
  typeof instant === 'number' ? instant : instant.getTime();

/**
 * Minutes east of UTC in force at `instant`: 360 (UTC+6) before
 * 2024-02-29T18:00:00Z, 300 (UTC+5) from then on — or the given `offset` instead.
 */
export function kazakhstanOffsetMinutes(instant: number | Date, offset?: UtcOffset): number {
  const ms = toMs(instant);
  if (offset === undefined) return ms < SINGLE_ZONE_SWITCH ? 360 : 300;
  return typeof offset === 'number' ? offset : offset(ms);
}

/** The calendar date that a wall clock in Kazakhstan (or at `offset`) shows at `instant`. */
export function toKazakhstanDate(instant: number | Date, offset?: UtcOffset): CalendarDate {
  const ms = toMs(instant);
  // Shifting by the offset makes the UTC fields read as the local wall clock.
  const wall = new Date(ms + kazakhstanOffsetMinutes(ms, offset) * MINUTE);
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

/** {@link toKazakhstanDate} as `YYYY-MM-DD`, the form mourning-day schedules use. */
export function toKazakhstanDateString(instant: number | Date, offset?: UtcOffset): string {
  const { year, month, day } = toKazakhstanDate(instant, offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/**
 * Epoch milliseconds of 00:00 on `date` (`YYYY-MM-DD`) in Kazakhstan (or at `offset`);
 * `NaN` when `date` is not a real calendar date. Around the 2024 switch the offset of
 * midnight itself is used: 2024-03-01 00:00 is UTC+5, i.e. 2024-02-29T19:00:00Z.
 */
export function kazakhstanMidnight(date: string, offset?: UtcOffset): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return NaN;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(wallClock(year, month, day));
  // The Date API rolls 2026-02-30 over to March; such a date does not exist.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return NaN;
  return midnight(year, month, day, offset);
}

/**
 * Epoch milliseconds of the first midnight in Kazakhstan (or at `offset`) after
 * `instant`: when "today" ends, so a banner can appear or disappear without a reload.
 * `NaN` for an invalid instant.
 */
export function nextKazakhstanMidnight(instant: number | Date, offset?: UtcOffset): number {
  const { year, month, day } = toKazakhstanDate(instant, offset);
  return midnight(year, month, day + 1, offset);
}

/** A wall-clock date as if it were UTC; overflowing days roll into the next month. */
function wallClock(year: number, month: number, day: number): number {
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  return new Date(0).setUTCFullYear(year, month - 1, day);
}

function midnight(year: number, month: number, day: number, offset?: UtcOffset): number {
  const wall = wallClock(year, month, day);
  // Guess with the offset at the wall time, then correct with the offset at the guess:
  // exact for any rule whose changes are more than a day apart.
  const guess = wall - kazakhstanOffsetMinutes(wall, offset) * MINUTE;
  return wall - kazakhstanOffsetMinutes(guess, offset) * MINUTE;
}

import { expect } from '@open-wc/testing';
import type { Lang } from '../../src/data/types.js';
import { formatDayMonth, formatPublished } from '../../src/i18n/dates.js';
import { withoutLocalZone } from './local-zone.js';

/** 12 June 2026, 10:00 in Kazakhstan. */
const NOW = Date.parse('2026-06-12T10:00:00+05:00');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const ago = (ms: number) => new Date(NOW - ms).toISOString();

/** formatPublished in kk, ru, en, kk-Latn. */
const inEvery = (iso: string, now: number | Date = NOW) =>
  (['kk', 'ru', 'en', 'kk-Latn'] as Lang[]).map((lang) => formatPublished(iso, lang, now));

describe('formatPublished: relative within a day', () => {
  it('says "just now" under a minute', () => {
    const justNow = ['жаңа ғана', 'только что', 'just now', 'jaña ğana'];
    expect(inEvery(ago(0))).to.deep.equal(justNow);
    expect(inEvery(ago(59_999))).to.deep.equal(justNow);
  });

  it('says "just now" for a date slightly in the future (a fast server clock)', () => {
    const justNow = ['жаңа ғана', 'только что', 'just now', 'jaña ğana'];
    expect(inEvery(ago(-5 * MINUTE))).to.deep.equal(justNow);
    expect(inEvery(ago(-23 * HOUR))).to.deep.equal(justNow);
  });

  it('counts minutes under an hour', () => {
    expect(inEvery(ago(MINUTE))).to.deep.equal(['1 минут бұрын', '1 минуту назад', '1 minute ago', '1 minut būryn']);
    expect(inEvery(ago(5 * MINUTE + 59_000))).to.deep.equal([
      '5 минут бұрын', '5 минут назад', '5 minutes ago', '5 minut būryn',
    ]);
    expect(inEvery(ago(HOUR - 1))).to.deep.equal(['59 минут бұрын', '59 минут назад', '59 minutes ago', '59 minut būryn']);
  });

  it('counts hours under a day', () => {
    expect(inEvery(ago(HOUR))).to.deep.equal(['1 сағат бұрын', '1 час назад', '1 hour ago', '1 sağat būryn']);
    expect(inEvery(ago(3 * HOUR + 59 * MINUTE))).to.deep.equal([
      '3 сағат бұрын', '3 часа назад', '3 hours ago', '3 sağat būryn',
    ]);
    expect(inEvery(ago(24 * HOUR - 1))).to.deep.equal([
      '23 сағат бұрын', '23 часа назад', '23 hours ago', '23 sağat būryn',
    ]);
  });

  it('accepts `now` as a Date', () => {
    expect(formatPublished(ago(3 * HOUR), 'ru', new Date(NOW))).to.equal('3 часа назад');
  });
});

describe('formatPublished: absolute from a day on', () => {
  it('gives the date without the year within the current year', () => {
    expect(inEvery('2026-06-10T09:00:00+05:00')).to.deep.equal(['10 маусым', '10 июня', '10 June', '10 mausym']);
    expect(inEvery(ago(24 * HOUR))).to.deep.equal(['11 маусым', '11 июня', '11 June', '11 mausym']);
  });

  it('gives the year for another year', () => {
    expect(inEvery('2025-06-10T09:00:00+05:00')).to.deep.equal([
      '2025 ж. 10 маусым', '10 июня 2025 г.', '10 June 2025', '2025 j. 10 mausym',
    ]);
  });

  it('gives the date for a day or more in the future', () => {
    expect(inEvery('2026-06-20T09:00:00+05:00')).to.deep.equal(['20 маусым', '20 июня', '20 June', '20 mausym']);
  });

  it('names every month in Kazakh', () => {
    const months = [
      'қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым',
      'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан',
    ];
    months.forEach((month, i) => {
      const iso = `2025-${String(i + 1).padStart(2, '0')}-15T12:00:00+05:00`;
      expect(formatPublished(iso, 'kk', NOW)).to.equal(`2025 ж. 15 ${month}`);
    });
  });

  it('uses the calendar date in Kazakhstan, not in UTC', () => {
    // 19:30Z on 9 June is 00:30 on 10 June in Kazakhstan.
    expect(inEvery('2026-06-09T19:30:00Z')).to.deep.equal(['10 маусым', '10 июня', '10 June', '10 mausym']);
    expect(inEvery('2026-06-10T18:59:00Z')).to.deep.equal(['10 маусым', '10 июня', '10 June', '10 mausym']);
    // New Year's Eve in UTC is already 1 January, of the current year, in Kazakhstan.
    expect(inEvery('2025-12-31T19:30:00Z')).to.deep.equal(['1 қаңтар', '1 января', '1 January', '1 qañtar']);
  });

  it('uses UTC+6 for dates before March 2024', () => {
    // 18:30Z is 00:30 the next day at UTC+6 (it would still be 23:30 at UTC+5).
    expect(formatPublished('2023-06-09T18:30:00Z', 'kk', NOW)).to.equal('2023 ж. 10 маусым');
    expect(formatPublished('2023-06-09T18:30:00Z', 'ru', NOW)).to.equal('10 июня 2023 г.');
  });

  it('decides "current year" in Kazakhstan too', () => {
    // UTC still says 2025, Kazakhstan already says 2026: a 2025 date needs its year.
    const newYearNight = Date.parse('2025-12-31T20:00:00Z');
    expect(formatPublished('2025-06-10T09:00:00+05:00', 'en', newYearNight)).to.equal('10 June 2025');
    expect(formatPublished('2026-01-05T09:00:00+05:00', 'en', newYearNight)).to.equal('5 January');
  });

  it('gives the same answer for a reader in any time zone', () => {
    const [kk, ru, en] = withoutLocalZone(() => inEvery('2026-06-09T19:30:00Z'));
    expect([kk, ru, en]).to.deep.equal(['10 маусым', '10 июня', '10 June']);
  });

  it('reads a date-only string as that date', () => {
    expect(formatPublished('2025-06-10', 'kk', NOW)).to.equal('2025 ж. 10 маусым');
  });
});

describe('formatPublished: bad input', () => {
  it('is undefined for something that is not a date', () => {
    for (const bad of ['', 'yesterday', '2026-13-45T00:00:00Z', 'NaN']) {
      expect(formatPublished(bad, 'kk', NOW), bad).to.equal(undefined);
    }
  });

  it('is undefined, never a throw or NaN, for a date at the edge of the JavaScript range or outside years 1–9999', () => {
    for (const edge of ['+275760-09-13T00:00:00Z', '-271821-04-20T00:00:00Z', '0000-01-01', '0000-12-31T17:59:59Z', '9999-12-31T19:00:00Z', '+010000-01-01T00:00:00Z']) {
      expect(inEvery(edge), edge).to.deep.equal([undefined, undefined, undefined, undefined]);
    }
  });

  it('still shows the first and last days of years 1 and 9999 in Kazakhstan', () => {
    expect(inEvery('0001-01-01T00:00:00+06:00')).to.deep.equal(['1 ж. 1 қаңтар', '1 января 1 г.', '1 January 1', '1 j. 1 qañtar']);
    expect(inEvery('9999-12-31T18:59:59Z')).to.deep.equal(['9999 ж. 31 желтоқсан', '31 декабря 9999 г.', '31 December 9999', '9999 j. 31 jeltoqsan']);
  });

  it('is undefined when `now` is not a time', () => {
    expect(formatPublished('2026-06-10T09:00:00+05:00', 'en', new Date('nonsense'))).to.equal(undefined);
  });

  it('falls back to Kazakh for a language it does not know', () => {
    expect(formatPublished('2026-06-10T09:00:00+05:00', 'de' as Lang, NOW)).to.equal('10 маусым');
  });
});

/**
 * Runs `read` as in a browser without Kazakh date data, as Chromium is: Intl asked for Kazakh
 * answers in English. (Firefox and WebKit have Kazakh data of their own, not in the house style.)
 */
function withoutKazakhDateData<T>(read: () => T): T {
  const { DateTimeFormat, RelativeTimeFormat } = Intl;
  const english = (locales: unknown) => (String(locales).startsWith('kk') ? 'en' : locales);
  const standIn = <C extends new (locales?: never, options?: never) => object>(real: C) =>
    new Proxy(real, { construct: (target, [locales, options]) => new target(english(locales) as never, options) });
  Object.assign(Intl, { DateTimeFormat: standIn(DateTimeFormat), RelativeTimeFormat: standIn(RelativeTimeFormat) });
  try {
    return read();
  } finally {
    Object.assign(Intl, { DateTimeFormat, RelativeTimeFormat });
  }
}

describe("Kazakh dates are the library's own, whatever Kazakh date data the browser has", () => {
  const june10 = Date.UTC(2026, 5, 10, 12);

  it('names the month in Kazakh with no Kazakh data in Intl, and the same with it', () => {
    const browserless = withoutKazakhDateData(() => ({
      browser: new Intl.DateTimeFormat('kk', { timeZone: 'UTC', dateStyle: 'long' }).format(june10),
      ours: formatPublished(new Date(june10).toISOString(), 'kk', NOW),
    }));
    expect(browserless.browser).to.not.include('маусым');
    expect(browserless.ours).to.include('маусым');
    expect(formatPublished(new Date(june10).toISOString(), 'kk', NOW)).to.equal(browserless.ours);
  });

  it('says бұрын with no Kazakh data in Intl, and the same with it', () => {
    const browserless = withoutKazakhDateData(() => ({
      browser: new Intl.RelativeTimeFormat('kk').format(-3, 'hour'),
      ours: formatPublished(ago(3 * HOUR), 'kk', NOW),
    }));
    expect(browserless.browser).to.not.include('бұрын');
    expect(browserless.ours).to.equal('3 сағат бұрын');
    expect(formatPublished(ago(3 * HOUR), 'kk', NOW)).to.equal(browserless.ours);
  });
});

describe('formatDayMonth', () => {
  it('reads a calendar date as day and month in every language, whatever the reader\'s zone', () => {
    const read = (date: string) =>
      withoutLocalZone(() => (['kk', 'ru', 'en', 'kk-Latn'] as Lang[]).map((lang) => formatDayMonth(date, lang)));
    expect(read('2023-06-12')).to.deep.equal(['12 маусым', '12 июня', '12 June', '12 mausym']);
    expect(read('2026-01-01')).to.deep.equal(['1 қаңтар', '1 января', '1 January', '1 qañtar']);
    expect(read('2024-02-29')).to.deep.equal(['29 ақпан', '29 февраля', '29 February', '29 aqpan']);
  });
});

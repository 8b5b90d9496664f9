import { expect } from '@open-wc/testing';
import {
  kazakhstanMidnight,
  kazakhstanOffsetMinutes,
  nextKazakhstanMidnight,
  toKazakhstanDate,
  toKazakhstanDateString,
} from '../../src/i18n/kazakhstan-time.js';
import { withoutLocalZone } from './local-zone.js';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

describe('kazakhstanOffsetMinutes', () => {
  it('is UTC+6 up to the last millisecond before the switch and UTC+5 from 2024-02-29T18:00:00Z', () => {
    expect(kazakhstanOffsetMinutes(at('2024-02-29T17:59:59.999Z'))).to.equal(360);
    expect(kazakhstanOffsetMinutes(at('2024-02-29T18:00:00Z'))).to.equal(300);
  });

  it('is UTC+6 long before and UTC+5 long after the switch', () => {
    expect(kazakhstanOffsetMinutes(at('2016-06-12T12:00:00Z'))).to.equal(360);
    expect(kazakhstanOffsetMinutes(at('2026-06-12T12:00:00Z'))).to.equal(300);
  });

  it('accepts a Date as well as epoch milliseconds', () => {
    expect(kazakhstanOffsetMinutes(new Date('2024-02-29T17:59:59Z'))).to.equal(360);
    expect(kazakhstanOffsetMinutes(new Date('2024-02-29T18:00:00Z'))).to.equal(300);
  });

  it('gives a fixed offset or a rule instead of Kazakhstan time when asked', () => {
    expect(kazakhstanOffsetMinutes(at('2020-01-01T00:00:00Z'), 180)).to.equal(180);
    expect(kazakhstanOffsetMinutes(at('2020-01-01T00:00:00Z'), -240)).to.equal(-240);
    expect(kazakhstanOffsetMinutes(at('2020-01-01T00:00:00Z'), () => 420)).to.equal(420);
  });
});

describe('toKazakhstanDate / toKazakhstanDateString', () => {
  it('keeps 2024-02-29 through the switch: 23:59:59 at +6, then 23:00 again at +5', () => {
    expect(toKazakhstanDate(at('2024-02-29T17:59:59Z'))).to.deep.equal({ year: 2024, month: 2, day: 29 });
    expect(toKazakhstanDate(at('2024-02-29T18:00:00Z'))).to.deep.equal({ year: 2024, month: 2, day: 29 });
    expect(toKazakhstanDateString(at('2024-02-29T18:59:59Z'))).to.equal('2024-02-29');
    expect(toKazakhstanDateString(at('2024-02-29T19:00:00Z'))).to.equal('2024-03-01');
  });

  it('turns the date at 18:00Z before the switch and at 19:00Z after it', () => {
    expect(toKazakhstanDateString(at('2023-06-11T17:59:59Z'))).to.equal('2023-06-11');
    expect(toKazakhstanDateString(at('2023-06-11T18:00:00Z'))).to.equal('2023-06-12');
    expect(toKazakhstanDateString(at('2026-06-11T18:59:59Z'))).to.equal('2026-06-11');
    expect(toKazakhstanDateString(at('2026-06-11T19:00:00Z'))).to.equal('2026-06-12');
  });

  it('crosses the year in Kazakhstan before it does in UTC', () => {
    expect(toKazakhstanDate(at('2025-12-31T19:30:00Z'))).to.deep.equal({ year: 2026, month: 1, day: 1 });
  });

  it('pads months and days to two digits', () => {
    expect(toKazakhstanDateString(at('2026-01-05T12:00:00Z'))).to.equal('2026-01-05');
  });

  it('uses the given offset instead', () => {
    // 2026-06-11T22:30Z is 12 June in Kazakhstan, still 11 June at UTC-4, already 12 June at UTC+3.
    expect(toKazakhstanDateString(at('2026-06-11T22:30:00Z'), -240)).to.equal('2026-06-11');
    expect(toKazakhstanDateString(at('2026-06-11T20:30:00Z'), 180)).to.equal('2026-06-11');
    expect(toKazakhstanDateString(at('2026-06-11T21:00:00Z'), 180)).to.equal('2026-06-12');
  });

  it('gives the same answer for a reader in any time zone', () => {
    const date = withoutLocalZone(() => toKazakhstanDateString(at('2026-06-11T19:00:00Z')));
    expect(date).to.equal('2026-06-12');
  });
});

describe('kazakhstanMidnight', () => {
  it('puts 2024-03-01 00:00 at UTC+5, one hour after the switch instant', () => {
    expect(iso(kazakhstanMidnight('2024-03-01'))).to.equal('2024-02-29T19:00:00.000Z');
  });

  it('puts the midnights before the switch at UTC+6', () => {
    expect(iso(kazakhstanMidnight('2024-02-29'))).to.equal('2024-02-28T18:00:00.000Z');
    expect(iso(kazakhstanMidnight('2016-06-12'))).to.equal('2016-06-11T18:00:00.000Z');
  });

  it('puts the midnights after the switch at UTC+5', () => {
    expect(iso(kazakhstanMidnight('2024-03-02'))).to.equal('2024-03-01T19:00:00.000Z');
    expect(iso(kazakhstanMidnight('2026-06-12'))).to.equal('2026-06-11T19:00:00.000Z');
  });

  it('is the first instant of that Kazakhstan date', () => {
    const midnight = kazakhstanMidnight('2026-06-12');
    expect(toKazakhstanDateString(midnight)).to.equal('2026-06-12');
    expect(toKazakhstanDateString(midnight - 1)).to.equal('2026-06-11');
  });

  it('uses a fixed offset when given one', () => {
    expect(iso(kazakhstanMidnight('2026-06-12', 180))).to.equal('2026-06-11T21:00:00.000Z');
    expect(iso(kazakhstanMidnight('2026-06-12', -240))).to.equal('2026-06-12T04:00:00.000Z');
    expect(iso(kazakhstanMidnight('2026-06-12', 0))).to.equal('2026-06-12T00:00:00.000Z');
  });

  it('follows a rule whose offset changes between the wall-clock guess and the real midnight', () => {
    // +6 until 2026-06-11T20:00Z, +5 after: 12 June 00:00 is 18:00Z at +6, not 19:00Z.
    const east = (ms: number) => (ms < Date.UTC(2026, 5, 11, 20) ? 360 : 300);
    expect(iso(kazakhstanMidnight('2026-06-12', east))).to.equal('2026-06-11T18:00:00.000Z');
    // -5 until 2026-03-09T02:00Z, -4 after: 9 March 00:00 is 04:00Z at -4, not 05:00Z.
    const west = (ms: number) => (ms < Date.UTC(2026, 2, 9, 2) ? -300 : -240);
    expect(iso(kazakhstanMidnight('2026-03-09', west))).to.equal('2026-03-09T04:00:00.000Z');
    expect(iso(nextKazakhstanMidnight(Date.UTC(2026, 2, 8, 12), west))).to.equal('2026-03-09T04:00:00.000Z');
  });

  it('is NaN for something that is not a calendar date', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '2026-6-12', '12.06.2026', '2026-06-12T00:00', '']) {
      expect(kazakhstanMidnight(bad), bad).to.satisfy(Number.isNaN);
    }
  });

  it('gives the same answer for a reader in any time zone', () => {
    expect(withoutLocalZone(() => kazakhstanMidnight('2024-03-01'))).to.equal(at('2024-02-29T19:00:00Z'));
  });
});

describe('nextKazakhstanMidnight', () => {
  it('ends 2024-02-29 at 19:00Z, whichever side of the switch it is asked from', () => {
    expect(iso(nextKazakhstanMidnight(at('2024-02-29T17:59:59Z')))).to.equal('2024-02-29T19:00:00.000Z');
    expect(iso(nextKazakhstanMidnight(at('2024-02-29T18:00:00Z')))).to.equal('2024-02-29T19:00:00.000Z');
  });

  it('is the midnight that starts the next day, strictly after the instant', () => {
    expect(iso(nextKazakhstanMidnight(at('2026-06-11T18:59:59.999Z')))).to.equal('2026-06-11T19:00:00.000Z');
    expect(iso(nextKazakhstanMidnight(at('2026-06-11T19:00:00Z')))).to.equal('2026-06-12T19:00:00.000Z');
    expect(iso(nextKazakhstanMidnight(new Date('2026-06-12T10:00:00+05:00')))).to.equal('2026-06-12T19:00:00.000Z');
  });

  it('rolls over months and years', () => {
    expect(iso(nextKazakhstanMidnight(at('2026-06-30T12:00:00Z')))).to.equal('2026-06-30T19:00:00.000Z');
    expect(iso(nextKazakhstanMidnight(at('2026-12-31T12:00:00Z')))).to.equal('2026-12-31T19:00:00.000Z');
    expect(toKazakhstanDateString(nextKazakhstanMidnight(at('2026-12-31T12:00:00Z')))).to.equal('2027-01-01');
  });

  it('uses a fixed offset when given one', () => {
    expect(iso(nextKazakhstanMidnight(at('2026-06-11T20:00:00Z'), 180))).to.equal('2026-06-11T21:00:00.000Z');
    expect(iso(nextKazakhstanMidnight(at('2026-06-11T20:00:00Z'), -240))).to.equal('2026-06-12T04:00:00.000Z');
  });

  it('is NaN for an invalid instant', () => {
    expect(nextKazakhstanMidnight(new Date('nonsense'))).to.satisfy(Number.isNaN);
  });
});

import { expect } from '@open-wc/testing';
import { dayInForce, parseUtcOffset, spanProblem, type MourningSpan } from '../../src/mourning-banner/schedule.js';

const on = (days: MourningSpan[], today: string) => dayInForce(days, today);

describe('dayInForce', () => {
  it('finds a single day on its date only', () => {
    const day = { date: '2026-06-12' };
    expect(on([day], '2026-06-12')).to.equal(day);
    expect(on([day], '2026-06-11')).to.be.undefined;
    expect(on([day], '2026-06-13')).to.be.undefined;
    expect(on([day], '2027-06-12')).to.be.undefined;
  });

  it('covers a span from its first to its last day, both included', () => {
    const span = { date: '2022-01-10', endDate: '2022-01-12' };
    expect(['2022-01-09', '2022-01-10', '2022-01-11', '2022-01-12', '2022-01-13'].map((d) => !!on([span], d))).to.deep.equal([
      false, true, true, true, false,
    ]);
  });

  it('repeats a recurring day every year from its first year, never before', () => {
    const day = { date: '2020-06-12', recurring: true };
    expect(on([day], '2020-06-12')).to.equal(day);
    expect(on([day], '2031-06-12')).to.equal(day);
    expect(on([day], '2031-06-13')).to.be.undefined;
    expect(on([day], '2019-06-12')).to.be.undefined;
  });

  it('repeats a recurring span across New Year', () => {
    const span = { date: '2019-12-31', endDate: '2020-01-02', recurring: true };
    for (const today of ['2025-12-31', '2026-01-01', '2026-01-02']) expect(on([span], today), today).to.equal(span);
    for (const today of ['2025-12-30', '2026-01-03', '2019-01-01']) expect(on([span], today), today).to.be.undefined;
  });

  it('brings a recurring 29 February in leap years only', () => {
    const day = { date: '2024-02-29', recurring: true };
    expect(on([day], '2028-02-29')).to.equal(day);
    expect(on([day], '2027-02-28')).to.be.undefined;
    expect(on([day], '2027-03-01')).to.be.undefined;
  });

  it('takes the first day in force when several are', () => {
    const [first, second] = [{ date: '2026-06-11', endDate: '2026-06-13' }, { date: '2026-06-12' }];
    expect(on([first, second], '2026-06-12')).to.equal(first);
    expect(on([], '2026-06-12')).to.be.undefined;
  });
});

describe('spanProblem', () => {
  it('accepts real calendar days in order', () => {
    expect(spanProblem('2026-06-12')).to.be.undefined;
    expect(spanProblem('2026-06-12', '2026-06-12')).to.be.undefined;
    expect(spanProblem('2024-02-29', '2024-03-02')).to.be.undefined;
  });

  it('names what is wrong', () => {
    expect(spanProblem('12.06.2026')).to.contain('date="12.06.2026"');
    expect(spanProblem('2026-02-30')).to.contain('date="2026-02-30"');
    expect(spanProblem('2026-06-12', 'soon')).to.contain('end-date="soon"');
    expect(spanProblem('2026-06-12', '2026-06-11')).to.contain('before');
  });
});

describe('parseUtcOffset', () => {
  it('reads signed hours, with or without minutes and a UTC prefix', () => {
    expect(['+05:00', '+5', '-04:00', '+0530', 'UTC+6', 'gmt-3', '+00:00'].map(parseUtcOffset)).to.deep.equal([
      300, 300, -240, 330, 360, -180, 0,
    ]);
  });

  it('refuses anything else', () => {
    for (const text of ['5', '+5:7', '+15:00', '+05:60', 'Asia/Almaty', '', '+05:00x']) {
      expect(parseUtcOffset(text), text).to.be.undefined;
    }
  });
});

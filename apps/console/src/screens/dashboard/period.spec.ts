import { describe, expect, it } from 'vitest';
import { datesOf, daysIn, defaultPeriod, periodFromParams, periodProblemOf } from './period';

// 2026-12-01 07:30 in Beijing, still 30 November in UTC.
const NOW = new Date('2026-11-30T23:30:00Z');

describe(defaultPeriod.name, () => {
  it('is the last 30 Beijing days, today included', () => {
    expect(defaultPeriod(NOW)).toEqual({ from: '2026-11-02', to: '2026-12-01' });
    expect(daysIn(defaultPeriod(NOW))).toBe(30);
  });
});

describe(periodFromParams.name, () => {
  it('takes the period kept in the address', () => {
    expect(periodFromParams(new URLSearchParams('from=2026-01-01&to=2026-01-31'), NOW)).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
    });
  });

  it.each([
    '',
    'from=2026-01-31&to=2026-01-01',
    'from=2026-02-30&to=2026-03-01',
    'from=2024-01-01&to=2025-01-01',
    'from=yesterday&to=2026-01-01',
  ])('falls back to the last 30 days for "%s"', (query) => {
    expect(periodFromParams(new URLSearchParams(query), NOW)).toEqual({ from: '2026-11-02', to: '2026-12-01' });
  });
});

describe(periodProblemOf.name, () => {
  it('takes up to 366 days, a leap year whole', () => {
    expect(periodProblemOf({ from: '2024-01-01', to: '2024-12-31' })).toBeNull();
    expect(periodProblemOf({ from: '2026-03-01', to: '2026-03-01' })).toBeNull();
  });

  it('says in Chinese what is wrong', () => {
    expect(periodProblemOf({ from: '2024-01-01', to: '2025-01-01' })).toBe('统计期间最长 366 天，请缩短后再查看。');
    expect(periodProblemOf({ from: '2026-03-02', to: '2026-03-01' })).toBe('结束日期不能早于开始日期。');
  });
});

describe(datesOf.name, () => {
  it('lists every day across a month end', () => {
    expect(datesOf({ from: '2026-02-27', to: '2026-03-02' })).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
  });
});

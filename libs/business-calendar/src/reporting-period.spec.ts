import { describe, expect, it } from '@jest/globals';
import { reportingPeriodOf, shanghaiDayOf } from './reporting-period.js';

// 2026-11-23 07:30 in Shanghai.
const NOW = new Date('2026-11-22T23:30:00Z');

describe(reportingPeriodOf.name, () => {
  it('defaults to the last 30 Asia/Shanghai days, today included', () => {
    expect(reportingPeriodOf({}, NOW)).toEqual({
      ok: true,
      period: {
        from: '2026-10-25',
        to: '2026-11-23',
        startsAt: new Date('2026-10-24T16:00:00Z'),
        endsBefore: new Date('2026-11-23T16:00:00Z'),
      },
    });
  });

  it('bounds the days given by midnight in Shanghai, the last day included', () => {
    const answer = reportingPeriodOf({ from: '2026-03-01', to: '2026-03-01' }, NOW);
    expect(answer).toMatchObject({
      ok: true,
      period: { startsAt: new Date('2026-02-28T16:00:00Z'), endsBefore: new Date('2026-03-01T16:00:00Z') },
    });
  });

  it('ends a period with only a start today, and starts one with only an end 29 days before it', () => {
    expect(reportingPeriodOf({ from: '2026-11-01' }, NOW)).toMatchObject({
      ok: true,
      period: { from: '2026-11-01', to: '2026-11-23' },
    });
    expect(reportingPeriodOf({ to: '2026-03-01' }, NOW)).toMatchObject({
      ok: true,
      period: { from: '2026-01-31', to: '2026-03-01' },
    });
  });

  it('takes 366 days (a leap year) and refuses 367, naming from', () => {
    expect(reportingPeriodOf({ from: '2024-01-01', to: '2024-12-31' }, NOW)).toMatchObject({ ok: true });
    expect(reportingPeriodOf({ from: '2024-01-01', to: '2025-01-01' }, NOW)).toEqual({
      ok: false,
      problem: {
        field: 'from',
        code: 'PERIOD.TOO_LONG',
        message: 'the period 2024-01-01 to 2025-01-01 spans 367 days; at most 366',
      },
    });
  });

  it('refuses a period that ends before it starts, naming to, including a start after today with no end', () => {
    expect(reportingPeriodOf({ from: '2026-03-02', to: '2026-03-01' }, NOW)).toMatchObject({
      ok: false,
      problem: { field: 'to', code: 'PERIOD.ENDS_BEFORE_START', message: 'to (2026-03-01) must not be before from (2026-03-02)' },
    });
    expect(reportingPeriodOf({ from: '2026-11-24' }, NOW)).toMatchObject({
      ok: false,
      problem: { field: 'to', code: 'PERIOD.ENDS_BEFORE_START', message: 'to (2026-11-23, today by default) must not be before from (2026-11-24)' },
    });
  });
});

describe(shanghaiDayOf.name, () => {
  it('turns the day at 16:00 UTC', () => {
    expect(shanghaiDayOf(new Date('2026-11-22T15:59:59.999Z'))).toBe('2026-11-22');
    expect(shanghaiDayOf(new Date('2026-11-22T16:00:00Z'))).toBe('2026-11-23');
  });
});

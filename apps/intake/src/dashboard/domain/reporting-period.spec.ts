import { describe, expect, it } from '@jest/globals';
import { reportingPeriodOf, shanghaiDay } from './reporting-period.js';

describe(reportingPeriodOf.name, () => {
  const sut = reportingPeriodOf;
  const today = '2026-12-10';

  it('covers whole Asia/Shanghai days, both ends included', () => {
    expect(sut({ from: '2026-12-01', to: '2026-12-03' }, today)).toEqual({
      ok: true,
      period: {
        from: '2026-12-01',
        to: '2026-12-03',
        start: new Date('2026-11-30T16:00:00Z'),
        end: new Date('2026-12-03T16:00:00Z'),
      },
    });
  });

  it('covers the last 30 days up to today by default, and 30 days up to `to` when only `to` is given', () => {
    expect(sut({}, today)).toMatchObject({ ok: true, period: { from: '2026-11-11', to: '2026-12-10' } });
    expect(sut({ to: '2026-03-01' }, today)).toMatchObject({
      ok: true,
      period: { from: '2026-01-31', to: '2026-03-01' },
    });
    expect(sut({ from: '2026-12-01' }, today)).toMatchObject({
      ok: true,
      period: { from: '2026-12-01', to: '2026-12-10' },
    });
  });

  it('takes a single day', () => {
    expect(sut({ from: today, to: today }, today)).toMatchObject({
      ok: true,
      period: { start: new Date('2026-12-09T16:00:00Z'), end: new Date('2026-12-10T16:00:00Z') },
    });
  });

  it('refuses a `to` before `from`, naming `to`', () => {
    expect(sut({ from: '2026-12-02', to: '2026-12-01' }, today)).toEqual({
      ok: false,
      field: 'to',
      reason: 'to (2026-12-01) must not be before from (2026-12-02)',
    });
    expect(sut({ from: '2026-12-11' }, today)).toMatchObject({
      ok: false,
      field: 'to',
      reason: expect.stringContaining('today by default'),
    });
  });

  it('takes a leap year whole (366 days) and refuses a day more, naming `from`', () => {
    expect(sut({ from: '2028-01-01', to: '2028-12-31' }, today)).toMatchObject({ ok: true });
    expect(sut({ from: '2027-12-31', to: '2028-12-31' }, today)).toEqual({
      ok: false,
      field: 'from',
      reason: 'from 2027-12-31 to 2028-12-31 spans 367 days; one request covers at most 366',
    });
  });
});

describe(shanghaiDay.name, () => {
  it.each([
    ['2026-12-09T15:59:59.999Z', '2026-12-09'],
    ['2026-12-09T16:00:00.000Z', '2026-12-10'],
  ])('dates %s (UTC) as %s in Asia/Shanghai', (instant, day) => {
    expect(shanghaiDay(new Date(instant))).toBe(day);
  });
});

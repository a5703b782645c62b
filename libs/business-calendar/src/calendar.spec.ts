import { describe, expect, it } from '@jest/globals';
import { addWorkingDays, DEFAULT_CALENDAR, isWorkingDay } from './calendar.js';
import { dueAfter } from './duration.js';
import { isOverdue, pauseClock, resumeClock, startClock } from './pausable-clock.js';

const at = (local: string) => new Date(`${local}+08:00`);

describe(isWorkingDay.name, () => {
  it.each([
    ['an ordinary Monday', '2026-11-23T10:00:00', true],
    ['a Saturday', '2026-11-28T10:00:00', false],
    ['National Day on a Thursday', '2026-10-01T10:00:00', false],
    ['a make-up Saturday after National Day (调休)', '2026-10-10T10:00:00', true],
    ['a make-up Sunday before National Day', '2026-09-20T10:00:00', true],
    ['Spring Festival eve week, Monday', '2026-02-16T10:00:00', false],
  ])('%s', (_, local, expected) => {
    expect(isWorkingDay(DEFAULT_CALENDAR, at(local))).toBe(expected);
  });

  it('judges the date in Beijing time, not UTC', () => {
    // 2026-11-27 23:30 UTC is already Saturday 07:30 in Beijing.
    expect(isWorkingDay(DEFAULT_CALENDAR, new Date('2026-11-27T23:30:00Z'))).toBe(false);
  });
});

describe(addWorkingDays.name, () => {
  it.each([
    ['Monday + 1', '2026-11-23T10:00:00', 1, '2026-11-24T10:00:00'],
    ['Friday + 1 skips the weekend', '2026-11-27T16:00:00', 1, '2026-11-30T16:00:00'],
    ['Saturday + 1 is due when Monday ends', '2026-11-28T09:00:00', 1, '2026-12-01T00:00:00'],
    ['a request during the National Day holidays + 1 is due when the first working day ends', '2026-10-03T15:00:00', 1, '2026-10-09T00:00:00'],
    ['the day before National Day + 1 skips the holidays', '2026-09-30T10:00:00', 1, '2026-10-08T10:00:00'],
    ['Friday 9 Oct + 1 is the make-up Saturday', '2026-10-09T10:00:00', 1, '2026-10-10T10:00:00'],
    ['+5 for the caller feedback rule', '2026-11-23T10:00:00', 5, '2026-11-30T10:00:00'],
  ])('%s', (_, start, days, due) => {
    expect(addWorkingDays(DEFAULT_CALENDAR, at(start), days)).toEqual(at(due));
  });
});

describe(dueAfter.name, () => {
  it.each([
    ['PT1H', '2026-11-23T10:00:00', '2026-11-23T11:00:00'],
    ['PT30M', '2026-11-23T10:00:00', '2026-11-23T10:30:00'],
    ['P7D', '2026-09-30T10:00:00', '2026-10-07T10:00:00'],
    ['P1WD', '2026-11-27T10:00:00', '2026-11-30T10:00:00'],
  ])('%s from %s', (duration, start, due) => {
    expect(dueAfter(DEFAULT_CALENDAR, at(start), duration)).toEqual(at(due));
  });

  it('rejects a duration it cannot read', () => {
    expect(() => dueAfter(DEFAULT_CALENDAR, new Date(), '1 day')).toThrow(/not a clock duration/);
  });
});

describe('pausable clock', () => {
  const started = at('2026-11-23T10:00:00');
  const clock = startClock(started, at('2026-11-23T11:00:00'));

  it('moves the due instant by the time spent paused', () => {
    const paused = pauseClock(clock, at('2026-11-23T10:20:00'), 'waiting for the applicant’s labour contract');
    expect(isOverdue(paused, at('2026-11-23T12:00:00'))).toBe(false);
    const resumed = resumeClock(paused, at('2026-11-23T10:50:00'));
    expect(resumed.dueAt).toEqual(at('2026-11-23T11:30:00'));
    expect(resumed.pausedMs).toBe(30 * 60 * 1000);
    expect(isOverdue(resumed, at('2026-11-23T11:29:59'))).toBe(false);
    expect(isOverdue(resumed, at('2026-11-23T11:30:00'))).toBe(true);
  });

  it('refuses to pause twice or resume a running clock', () => {
    const paused = pauseClock(clock, started, 'materials');
    expect(() => pauseClock(paused, started, 'again')).toThrow(expect.objectContaining({ code: 'CLOCK.ALREADY_PAUSED' }));
    expect(() => resumeClock(clock, started)).toThrow(expect.objectContaining({ code: 'CLOCK.NOT_PAUSED' }));
  });
});

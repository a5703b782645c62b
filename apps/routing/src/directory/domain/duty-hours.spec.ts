import { describe, expect, it } from '@jest/globals';
import { ALWAYS_ON_DUTY, isOnDuty, OFFICE_HOURS, shanghaiLocalTime } from './duty-hours.js';

describe(isOnDuty.name, () => {
  it.each([
    ['Wednesday 08:29', '2025-03-12T08:29:00+08:00', false],
    ['Wednesday 08:30', '2025-03-12T08:30:00+08:00', true],
    ['Wednesday 17:29', '2025-03-12T17:29:00+08:00', true],
    ['Wednesday 17:30', '2025-03-12T17:30:00+08:00', false],
    ['Saturday 10:00', '2025-03-15T10:00:00+08:00', false],
    // 01:00 UTC on Monday is 09:00 in Shanghai: the local day and hour decide, not UTC's.
    ['Monday 09:00 Shanghai, given in UTC', '2025-03-10T01:00:00Z', true],
    ['Friday 23:00 UTC, Saturday 07:00 in Shanghai', '2025-03-14T23:00:00Z', false],
  ])('office hours at %s: %s', (_when, instant, onDuty) => {
    expect(isOnDuty(OFFICE_HOURS, new Date(instant))).toBe(onDuty);
  });

  it('keeps a round-the-clock desk on duty at any hour', () => {
    expect(isOnDuty(ALWAYS_ON_DUTY, new Date('2025-03-16T03:17:00+08:00'))).toBe(true);
    expect(isOnDuty(ALWAYS_ON_DUTY, new Date('2025-03-16T23:59:00+08:00'))).toBe(true);
  });

  it('reads the Shanghai weekday and time of an instant', () => {
    expect(shanghaiLocalTime(new Date('2025-03-15T16:05:00Z'))).toEqual({ weekday: 7, time: '00:05' });
  });
});

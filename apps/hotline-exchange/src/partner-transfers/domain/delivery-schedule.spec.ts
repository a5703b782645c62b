import { describe, expect, it } from '@jest/globals';
import { alertDue, backoffDelayMs } from './delivery-schedule.js';

const policy = { backoffBaseMs: 1_000, backoffMaxMs: 300_000 };
const lowest = () => 0;
const highest = () => 0.999_999;

describe(backoffDelayMs.name, () => {
  it('waits between half the base and the base after the first failure', () => {
    expect(backoffDelayMs(1, policy, lowest)).toBe(500);
    expect(backoffDelayMs(1, policy, highest)).toBe(1_000);
  });

  it('doubles its bounds with every further failure', () => {
    const bounds = [1, 2, 3, 4].map((failures) => [backoffDelayMs(failures, policy, lowest), backoffDelayMs(failures, policy, highest)]);
    expect(bounds).toEqual([
      [500, 1_000],
      [1_000, 2_000],
      [2_000, 4_000],
      [4_000, 8_000],
    ]);
  });

  it('never waits less than after the failure before, whatever the jitter, until the maximum', () => {
    for (let failures = 1; failures < 9; failures += 1) {
      expect(backoffDelayMs(failures + 1, policy, lowest)).toBeGreaterThanOrEqual(backoffDelayMs(failures, policy, highest));
    }
  });

  it('stays within half the maximum and the maximum once it is reached, even after absurdly many failures', () => {
    for (const failures of [10, 50, 2_000]) {
      expect(backoffDelayMs(failures, policy, lowest)).toBe(150_000);
      expect(backoffDelayMs(failures, policy, highest)).toBe(300_000);
    }
  });

  it('spreads retries of transfers that failed together, always within the bounds', () => {
    const delays = Array.from({ length: 200 }, () => backoffDelayMs(3, policy, Math.random));
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(2_000);
    expect(Math.max(...delays)).toBeLessThanOrEqual(4_000);
    expect(new Set(delays).size).toBeGreaterThan(50);
  });

  it('keeps within the bounds when the random source misbehaves', () => {
    expect(backoffDelayMs(1, policy, () => 7)).toBe(1_000);
    expect(backoffDelayMs(1, policy, () => -1)).toBe(500);
  });
});

describe(alertDue.name, () => {
  const repeatMs = 300_000;
  const now = new Date('2026-11-24T03:10:00.000Z');
  const before = (ms: number) => new Date(now.getTime() - ms);

  it('raises the alert at the first failure', () => {
    expect(alertDue(null, now, repeatMs)).toBe(true);
  });

  it('does not raise it again within the repeat interval, however often delivery fails', () => {
    expect(alertDue(before(0), now, repeatMs)).toBe(false);
    expect(alertDue(before(repeatMs - 1), now, repeatMs)).toBe(false);
  });

  it('raises it again once the repeat interval has passed', () => {
    expect(alertDue(before(repeatMs), now, repeatMs)).toBe(true);
    expect(alertDue(before(3 * repeatMs), now, repeatMs)).toBe(true);
  });
});

import { describe, expect, it } from '@jest/globals';
import { retryAfterSeconds } from './failure-throttle.js';

const now = new Date('2026-11-23T02:00:00.000Z');
const throttle = { limit: 3, windowSeconds: 300 };
const secondsAgo = (...seconds: number[]) => seconds.map((s) => new Date(now.getTime() - s * 1000));

describe(retryAfterSeconds.name, () => {
  it('lets a key id try while it has fewer failures than the limit in the window', () => {
    expect(retryAfterSeconds([], throttle, now)).toBeNull();
    expect(retryAfterSeconds(secondsAgo(10, 20), throttle, now)).toBeNull();
  });

  it('forgets failures older than the window', () => {
    expect(retryAfterSeconds(secondsAgo(10, 20, 300), throttle, now)).toBeNull();
  });

  it('makes it wait until the oldest of the last `limit` failures leaves the window', () => {
    expect(retryAfterSeconds(secondsAgo(20, 10, 100), throttle, now)).toBe(200);
    expect(retryAfterSeconds(secondsAgo(1, 2, 3, 250), throttle, now)).toBe(297);
  });

  it('never answers less than a second', () => {
    expect(retryAfterSeconds(secondsAgo(299.9, 299.95, 299.99), throttle, now)).toBe(1);
  });
});

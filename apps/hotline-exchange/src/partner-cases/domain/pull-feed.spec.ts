import { describe, expect, it } from '@jest/globals';
import { FEED_SETTLE_MS, nextUpdatedSince } from './pull-feed.js';

const t = (second: number) => new Date(Date.UTC(2026, 10, 23, 2, 0, second));

describe(nextUpdatedSince.name, () => {
  it('continues a full page from its last item', () => {
    expect(nextUpdatedSince(t(0), [{ updatedAt: t(10) }, { updatedAt: t(20) }], 2, t(60))).toEqual(t(20));
  });

  it('after the last page, starts the next poll a settle time before now, so late commits are not skipped', () => {
    expect(nextUpdatedSince(t(0), [{ updatedAt: t(10) }], 2, t(60))).toEqual(new Date(t(60).getTime() - FEED_SETTLE_MS));
  });

  it('never moves back before where this poll started', () => {
    expect(nextUpdatedSince(t(58), [], 2, t(60))).toEqual(t(58));
  });
});

import { describe, expect, it } from '@jest/globals';
import { asksForGuide, byScore, RANKING_BOOSTS, regionCoverOf, scoreOf, type RankingFactors } from './ranking.js';

const factors = (overrides: Partial<RankingFactors> = {}): RankingFactors => ({
  textRank: 0.2,
  sameCategory: false,
  regionCover: 0,
  kind: 'service-guide',
  guideAsked: false,
  ...overrides,
});

describe(regionCoverOf.name, () => {
  it('is the longest prefix covering the caller’s region', () => {
    expect(regionCoverOf(['44', '440605'], '440605011')).toBe(6);
    expect(regionCoverOf(['4406'], '440605')).toBe(4);
  });

  it('is 0 for an entry that applies everywhere or an unknown caller region, null for another region', () => {
    expect(regionCoverOf([], '440605')).toBe(0);
    expect(regionCoverOf(['52'], null)).toBe(0);
    expect(regionCoverOf(['52'], '440605')).toBeNull();
  });
});

describe(scoreOf.name, () => {
  it('ranks county over city over province over everywhere, all else equal', () => {
    const scores = [6, 4, 2, 0].map((regionCover) => scoreOf(factors({ regionCover })));
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(scores[0]).toBeGreaterThan(scores[1]!);
    expect(scores[2]).toBeGreaterThan(scores[3]!);
  });

  it('raises the chosen category', () => {
    expect(scoreOf(factors({ sameCategory: true }))).toBeCloseTo(0.2 * (1 + RANKING_BOOSTS.sameCategory));
  });

  it('raises service guides only when the question asks how or where to apply', () => {
    expect(scoreOf(factors({ guideAsked: true }))).toBeGreaterThan(scoreOf(factors({ kind: 'faq', guideAsked: true })));
    expect(scoreOf(factors())).toBeLessThan(scoreOf(factors({ kind: 'faq' })));
  });

  it('multiplies text relevance, so no boost lifts an entry that does not match', () => {
    expect(scoreOf(factors({ textRank: 0, sameCategory: true, regionCover: 6, guideAsked: true }))).toBe(0);
  });
});

describe(asksForGuide.name, () => {
  it('sees questions about applying', () => {
    expect(asksForGuide('申请法律援助需要带什么材料')).toBe(true);
    expect(asksForGuide('老板不发工资')).toBe(false);
  });
});

describe(byScore.name, () => {
  it('orders by score, then the latest publication, then id', () => {
    const at = (day: string) => new Date(`2026-0${day}T00:00:00Z`);
    const hits = [
      { id: 'b', score: 0.1, publishedAt: at('1-01') },
      { id: 'c', score: 0.3, publishedAt: at('1-01') },
      { id: 'a', score: 0.1, publishedAt: at('1-01') },
      { id: 'd', score: 0.1, publishedAt: at('2-01') },
    ];
    expect(hits.sort(byScore).map((hit) => hit.id)).toEqual(['c', 'd', 'a', 'b']);
  });
});

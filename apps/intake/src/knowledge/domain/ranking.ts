import type { KnowledgeKind } from './knowledge-entry.js';

/**
 * How a hit's text relevance (PostgreSQL `ts_rank` over its title and question, the title
 * weighing most; a floor for entries that matched in the answer only) is raised by what the
 * agent knows about the caller. Boosts add up and multiply the text
 * relevance, so an entry that matches the words poorly is not lifted above one that matches well
 * merely for being local.
 */
export const RANKING_BOOSTS = {
  /** The entry's legal category is the one the agent chose for the call. */
  sameCategory: 0.5,
  /**
   * The entry is written for the caller's region, by how closely: a county (or finer) entry says
   * which local body to go to, a province entry less, a nationwide one nothing local.
   */
  region: { county: 0.45, city: 0.3, province: 0.15 },
  /** Reviewed opinions and common answers are what an agent reads out; guides when the caller asks how to apply. */
  kind: { 'lawyer-opinion': 0.1, faq: 0.1, 'service-guide': 0 } satisfies Record<KnowledgeKind, number>,
  /** The question asks where or how to apply: service guides first. */
  guideAsked: 0.4,
} as const;

/** Words that ask where or how to apply (办事), for which a service guide is the answer. */
const GUIDE_WORDS = ['申请', '材料', '哪里', '去哪', '流程', '手续', '办理', '需要带', '带什么', '怎么办理', '窗口'];

export function asksForGuide(text: string): boolean {
  return GUIDE_WORDS.some((word) => text.includes(word));
}

/**
 * How closely an entry's regions cover the caller's region: the length of the longest of its
 * region prefixes the caller's code starts with (2 province, 4 city, 6 county, 9 township);
 * 0 for an entry that applies everywhere (no regions) or when the caller's region is unknown;
 * null when the entry applies elsewhere only.
 */
export function regionCoverOf(entryRegions: readonly string[], callerRegion: string | null): number | null {
  if (entryRegions.length === 0 || callerRegion === null) return 0;
  const covering = entryRegions.filter((prefix) => callerRegion.startsWith(prefix));
  return covering.length === 0 ? null : Math.max(...covering.map((prefix) => prefix.length));
}

export function regionBoostOf(cover: number): number {
  if (cover >= 6) return RANKING_BOOSTS.region.county;
  if (cover >= 4) return RANKING_BOOSTS.region.city;
  if (cover >= 2) return RANKING_BOOSTS.region.province;
  return 0;
}

export interface RankingFactors {
  /** The text relevance of the entry for the query (`KnowledgeRepository.search`). */
  textRank: number;
  /** The entry's category is the one asked for. */
  sameCategory: boolean;
  /** See `regionCoverOf`. */
  regionCover: number;
  kind: KnowledgeKind;
  /** See `asksForGuide`. */
  guideAsked: boolean;
}

/** A hit's score: text relevance times one plus the boosts that apply. */
export function scoreOf(factors: RankingFactors): number {
  const boost =
    (factors.sameCategory ? RANKING_BOOSTS.sameCategory : 0) +
    regionBoostOf(factors.regionCover) +
    RANKING_BOOSTS.kind[factors.kind] +
    (factors.guideAsked && factors.kind === 'service-guide' ? RANKING_BOOSTS.guideAsked : 0);
  return factors.textRank * (1 + boost);
}

/** Hits best first: by score, then the more recently published, then by id for a stable order. */
export function byScore<T extends { score: number; publishedAt: Date | null; id: string }>(a: T, b: T): number {
  return (
    b.score - a.score || (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0) || a.id.localeCompare(b.id)
  );
}

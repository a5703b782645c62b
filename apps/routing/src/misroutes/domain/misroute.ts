import type { LegalCategory, RejectionReason } from '@legal-hotline/contracts';

/**
 * Rejections that say the routing table sent the ticket to the wrong body ("not ours, try X");
 * counted so that the directory can be corrected. The other reasons (duplicate, conflict of
 * interest, insufficient information) are about the ticket, not the routing.
 */
export const MISROUTE_REASONS = ['not-our-jurisdiction', 'not-our-category'] as const satisfies readonly RejectionReason[];
export type MisrouteReason = (typeof MISROUTE_REASONS)[number];

/** One misroute seen: the key it is counted under, and what to keep of it. */
export interface MisrouteSighting {
  legalCategory: LegalCategory;
  /** County-level region: the first 6 digits of the region routing keyed the decision on. */
  regionCode: string;
  agencyId: string;
  reason: MisrouteReason;
  note: string | null;
  ticketId: string;
  seenAt: Date;
}

export function isMisrouteReason(reason: RejectionReason): reason is MisrouteReason {
  return (MISROUTE_REASONS as readonly string[]).includes(reason);
}

/** The sighting a rejection makes, or null when its reason is not a misroute. */
export function misrouteOf(rejection: {
  reason: RejectionReason;
  note: string | null;
  agencyId: string;
  ticketId: string;
  legalCategory: LegalCategory;
  /** 6, 9 or 12 digits. */
  routedOnRegionCode: string;
  rejectedAt: Date;
}): MisrouteSighting | null {
  if (!isMisrouteReason(rejection.reason)) return null;
  return {
    legalCategory: rejection.legalCategory,
    regionCode: rejection.routedOnRegionCode.slice(0, 6),
    agencyId: rejection.agencyId,
    reason: rejection.reason,
    note: rejection.note,
    ticketId: rejection.ticketId,
    seenAt: rejection.rejectedAt,
  };
}

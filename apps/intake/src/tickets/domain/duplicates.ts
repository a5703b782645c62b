import type { LegalCategory, TicketStatus } from '@legal-hotline/contracts';
import type { CallerFingerprint } from './ticket.js';
import { isClosedOrMerged } from './ticket-status-machine.js';

/** How far apart two openings may be for the tickets to be suggested as duplicates. */
export const DUPLICATE_WINDOW_DAYS = 30;
const DUPLICATE_WINDOW_MS = DUPLICATE_WINDOW_DAYS * 86_400_000;

/** What the duplicate rule looks at in a ticket. */
export interface DuplicateCandidate {
  id: string;
  ticketNumber: string;
  status: TicketStatus;
  openedAt: Date;
  legalCategory: LegalCategory;
  regionCode: string;
  callerFingerprint: CallerFingerprint | null;
  /** The id of the platform responsible for it. */
  ownerOrganisationId: string;
  /** Ids of the organisations watching it. */
  watcherOrganisationIds: readonly string[];
}

/**
 * Another ticket that may be the same request, for the agent to merge or leave: its id and
 * number only, so the hint says no more than that the caller has called before.
 */
export interface PossibleDuplicate {
  id: string;
  ticketNumber: string;
}

/** The county-level area (first 6 digits) of a region code, the level a duplicate must share. */
export function countyOf(regionCode: string): string {
  return regionCode.slice(0, 6);
}

/** Same caller: the same phone number, or the same ID number when both tickets have one. */
export function isSameCaller(a: CallerFingerprint, b: CallerFingerprint): boolean {
  return a.phoneHash === b.phoneHash || (a.idNumberHash !== null && a.idNumberHash === b.idNumberHash);
}

/**
 * The candidates that may duplicate `ticket`: the same caller with the same legal category in
 * the same county-level area, opened within {@link DUPLICATE_WINDOW_DAYS} days of it, and still
 * open (a closed or merged ticket is not worth merging into). Newest first.
 *
 * Shown only to agents, and only tickets their organisation `viewer` is responsible for or watches:
 * a hint about anyone else's ticket would confirm to a stranger that a phone number has called
 * (PIPL). `viewer` null (not an agent) sees none.
 */
export function possibleDuplicatesOf(
  ticket: Pick<DuplicateCandidate, 'id' | 'openedAt' | 'legalCategory' | 'regionCode' | 'callerFingerprint'>,
  candidates: readonly DuplicateCandidate[],
  viewer: string | null,
): PossibleDuplicate[] {
  const fingerprint = ticket.callerFingerprint;
  if (!fingerprint || viewer === null) return [];
  return candidates
    .filter(
      (other) =>
        other.id !== ticket.id &&
        other.callerFingerprint !== null &&
        isSameCaller(fingerprint, other.callerFingerprint) &&
        other.legalCategory === ticket.legalCategory &&
        countyOf(other.regionCode) === countyOf(ticket.regionCode) &&
        Math.abs(other.openedAt.getTime() - ticket.openedAt.getTime()) <= DUPLICATE_WINDOW_MS &&
        !isClosedOrMerged(other.status) &&
        (other.ownerOrganisationId === viewer || other.watcherOrganisationIds.includes(viewer)),
    )
    .sort((a, b) => b.openedAt.getTime() - a.openedAt.getTime() || b.id.localeCompare(a.id))
    .map(({ id, ticketNumber }) => ({ id, ticketNumber }));
}

import type { Principal } from '@legal-hotline/auth';
import { isWellFormedRegionCode, regionCovers, regionPrefixOf } from '@legal-hotline/regions';
import { seatRegionOf } from '../../directory/domain/agency.js';

/** allowed, or refused as another body's (403 ACCESS.OTHER_BODY) or outside the area (403 ACCESS.OUTSIDE_AREA). */
export type ClockAccess = 'allowed' | 'other-body' | 'outside-area';

/** What the rules read from a verified principal. */
export type ClockReader = Pick<Principal, 'roles' | 'organisation' | 'area'>;

function supervises(reader: ClockReader, agencyId: string): boolean {
  const seat = seatRegionOf(agencyId);
  return reader.roles.has('supervisor') && reader.area !== null && seat !== null && regionCovers(reader.area, seat);
}

/**
 * Who pauses and resumes an acceptance clock (督办): a supervisor whose area covers the seat of
 * the body the assignment went to. Any other supervisor is outside the area.
 */
export function clockAdjustAccess(reader: ClockReader, agencyId: string): ClockAccess {
  return supervises(reader, agencyId) ? 'allowed' : 'outside-area';
}

/** Who reads an acceptance clock: such a supervisor, and the staff of the body itself (its deadline). */
export function clockReadAccess(reader: ClockReader, agencyId: string): ClockAccess {
  if (supervises(reader, agencyId)) return 'allowed';
  if (reader.roles.has('office-staff') && reader.organisation?.id === agencyId) return 'allowed';
  return reader.roles.has('supervisor') ? 'outside-area' : 'other-body';
}

/**
 * The region-code prefix of the bodies in a supervisor's lists ("440600" → "4406"): a body is
 * listed when its seat starts with it. Null when the account names no well-formed area: such an
 * account is refused the lists rather than shown everything.
 */
export function supervisedSeatPrefixOf(area: string | null): string | null {
  return area !== null && isWellFormedRegionCode(area) ? regionPrefixOf(area) : null;
}

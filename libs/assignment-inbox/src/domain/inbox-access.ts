import type { Principal } from '@legal-hotline/auth';
import { isWellFormedRegionCode, regionCovers } from '@legal-hotline/regions';

/**
 * The answer to "may this person do this with that body's assignments": allowed, or refused
 * because the body is another one (403 ACCESS.OTHER_BODY) or lies outside the supervised area
 * (403 ACCESS.OUTSIDE_AREA).
 */
export type InboxAccess = 'allowed' | 'other-body' | 'outside-area';

/** What the rules read from a verified principal. */
export type InboxReader = Pick<Principal, 'roles' | 'organisation' | 'area'>;

/**
 * The seat region of a receiving body, the part of its id after the type
 * ("legal-aid-centre:440605" → "440605"); null when the id has no such part.
 */
export function seatRegionOf(agencyId: string): string | null {
  const separator = agencyId.indexOf(':');
  const region = separator < 0 ? '' : agencyId.slice(separator + 1);
  return isWellFormedRegionCode(region) ? region : null;
}

function staffOf(reader: InboxReader, agencyId: string): boolean {
  return reader.roles.has('office-staff') && reader.organisation?.id === agencyId;
}

/**
 * Who may list a body's inbox: its own staff (their token names the body), and a supervisor
 * (督办) whose area covers the body's seat. A person who is neither is refused for the reason
 * that fits their role: a supervisor is outside the area, anyone else is at another body.
 */
export function inboxReadAccess(reader: InboxReader, agencyId: string): InboxAccess {
  if (staffOf(reader, agencyId)) return 'allowed';
  const seat = seatRegionOf(agencyId);
  if (reader.roles.has('supervisor') && reader.area !== null && seat !== null && regionCovers(reader.area, seat)) return 'allowed';
  return reader.roles.has('supervisor') && !reader.roles.has('office-staff') ? 'outside-area' : 'other-body';
}

/**
 * Who may open one assignment, or accept, reject, start or complete it: only the staff of the
 * body it was routed to. Once a body accepts, it serves the caller and may see more of them
 * than anyone else, so even supervisors read assignments through the inbox lists instead.
 */
export function assignmentAccess(reader: InboxReader, agencyId: string): InboxAccess {
  return staffOf(reader, agencyId) ? 'allowed' : 'other-body';
}

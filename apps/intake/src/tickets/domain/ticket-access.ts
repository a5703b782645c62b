import type { Principal } from '@legal-hotline/auth';
import { isWellFormedRegionCode, regionPrefixOf } from '@legal-hotline/regions';
import type { Ticket } from './ticket.js';

// Who may read which ticket. Each role reads through the organisation, body or area its token
// names, and a person with several roles sees what any of them shows:
// - agents and leads: tickets their organisation is responsible for (the ones it received first
//   (首问), and partners' forwards it answers) or watches (referral, a transfer, 110 on a
//   dangerous matter);
// - office staff: tickets handed to their body at any time, whatever the body decided, and
//   tickets their body was referred to (a referral exists to let a body see the ticket);
// - supervisors: tickets whose region lies in their area.

/** What a person may read, in a form the store can filter on; a null part grants nothing. */
export interface TicketScope {
  /** Tickets this organisation is responsible for (see `Ticket.responsible`). */
  ownedBy: string | null;
  /** Tickets this organisation or body watches. */
  watchedBy: string | null;
  /** Tickets that have (had) a hand-off to this body. */
  handedTo: string | null;
  /** Tickets whose region code starts with these digits ("44" Guangdong, "4406" Foshan). */
  regionPrefix: string | null;
}

export type ScopedTicket = Pick<Ticket, 'responsible' | 'watchers' | 'hops' | 'regionCode'>;

export function isAgent(principal: Pick<Principal, 'roles'>): boolean {
  return principal.roles.has('hotline-agent') || principal.roles.has('owner-lead');
}

export function ticketScopeOf(principal: Principal): TicketScope {
  const organisationId = principal.organisation?.id ?? null;
  const area = principal.area;
  const agent = isAgent(principal);
  const staff = principal.roles.has('office-staff');
  return {
    ownedBy: agent ? organisationId : null,
    watchedBy: agent || staff ? organisationId : null,
    handedTo: staff ? organisationId : null,
    regionPrefix: principal.roles.has('supervisor') && area !== null && isWellFormedRegionCode(area) ? regionPrefixOf(area) : null,
  };
}

/** A supervisor's area alone, for what only supervisors read (alerts, the access trail). */
export function areaScopeOf(principal: Principal): TicketScope {
  return { ownedBy: null, watchedBy: null, handedTo: null, regionPrefix: ticketScopeOf(principal).regionPrefix };
}

/**
 * What a search by the caller's phone may find: only tickets the person's organisation is
 * responsible for, and only for agents and leads, who read those callers in full anyway.
 * Everyone else sees callers masked, and a search would confirm what the mask hides: `null`,
 * refused.
 */
export function phoneSearchScopeOf(principal: Principal): TicketScope | null {
  if (!isAgent(principal)) return null;
  return { ownedBy: principal.organisation?.id ?? null, watchedBy: null, handedTo: null, regionPrefix: null };
}

export function isEmptyScope(scope: TicketScope): boolean {
  return scope.ownedBy === null && scope.watchedBy === null && scope.handedTo === null && scope.regionPrefix === null;
}

export function inScope(scope: TicketScope, ticket: ScopedTicket): boolean {
  const { ownedBy, watchedBy, handedTo, regionPrefix } = scope;
  return (
    (ownedBy !== null && ticket.responsible.organisationId === ownedBy) ||
    (watchedBy !== null && ticket.watchers.some((w) => w.organisationId === watchedBy)) ||
    (handedTo !== null && ticket.hops.some((hop) => hop.agencyId === handedTo)) ||
    (regionPrefix !== null && ticket.regionCode.startsWith(regionPrefix))
  );
}

export function canSeeTicket(principal: Principal, ticket: ScopedTicket): boolean {
  return inScope(ticketScopeOf(principal), ticket);
}

/**
 * Why an existing ticket is refused: `outside-area` for someone who reads only as a supervisor,
 * `other-body` for everyone else (it belongs to another organisation or body).
 */
export function refusalOf(principal: Pick<Principal, 'roles'>): 'outside-area' | 'other-body' {
  return principal.roles.has('supervisor') && !isAgent(principal) && !principal.roles.has('office-staff') ? 'outside-area' : 'other-body';
}

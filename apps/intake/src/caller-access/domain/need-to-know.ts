import type { Principal } from '@legal-hotline/auth';
import { CALLER_ACCESS_PURPOSES, type CallerAccessPurpose, type CallerField } from '../../tickets/domain/caller-access-record.js';
import type { Caller, Ticket } from '../../tickets/domain/ticket.js';
import { canSeeTicket, isAgent } from '../../tickets/domain/ticket-access.js';

// The caller's full name, phone and ID number on a need-to-know basis (PIPL): only those who
// must call and serve the caller read them, each read with a purpose and written to a trail.

export type CallerDetailPurpose = Exclude<CallerAccessPurpose, 'search'>;

/**
 * Why someone reads the caller in full: call-back 回电, follow-up-call 回访, service-delivery
 * (the accepting body serves the caller), legal-aid-review 法律援助审查, mediation 调解. `search`
 * is what a search by phone records, never a reason to read.
 */
export const CALLER_DETAIL_PURPOSES: readonly CallerDetailPurpose[] = CALLER_ACCESS_PURPOSES.filter(
  (purpose): purpose is CallerDetailPurpose => purpose !== 'search',
);

export type CallerDetailsDecision =
  | { outcome: 'granted'; fields: CallerField[] }
  /** The person may not even see the ticket. */
  | { outcome: 'not-visible' }
  /** The person sees the ticket (masked) but has no need to reach the caller. */
  | { outcome: 'not-entitled' };

export type NeedToKnowTicket = Pick<Ticket, 'responsible' | 'watchers' | 'hops' | 'regionCode'> & { caller: Pick<Caller, 'idNumber'> };

/**
 * Who reads the caller in full: agents and leads of the responsible platform (they call back
 * and run the follow-up call, for their own tickets and for partners' forwards they answer), and staff of a body that accepted a hand-off of the ticket
 * and has not since rejected it or had it withdrawn (it serves the caller). Watchers, bodies
 * still deciding or that refused, and supervisors see masked values only.
 */
export function callerDetailsDecision(principal: Principal, ticket: NeedToKnowTicket): CallerDetailsDecision {
  const organisationId = principal.organisation?.id;
  const owner = organisationId !== undefined && isAgent(principal) && ticket.responsible.organisationId === organisationId;
  const servingBody =
    organisationId !== undefined &&
    principal.roles.has('office-staff') &&
    ticket.hops.some((hop) => hop.agencyId === organisationId && hop.outcome === 'accepted');
  if (owner || servingBody) return { outcome: 'granted', fields: ['name', 'phone', ...(ticket.caller.idNumber === null ? [] : ['idNumber' as const])] };
  return canSeeTicket(principal, ticket) ? { outcome: 'not-entitled' } : { outcome: 'not-visible' };
}

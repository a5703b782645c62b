import type { Principal } from '@legal-hotline/auth';
import type { Caller, Ticket } from '../../tickets/domain/ticket.js';
import { canSeeTicket, isAgent } from '../../tickets/domain/ticket-access.js';

// The caller's full name, phone and ID number on a need-to-know basis (PIPL): only those who
// must call and serve the caller read them, each read with a purpose and written to a trail.

/**
 * Why someone reads the caller in full: call-back 回电, follow-up-call 回访, service-delivery
 * (the accepting body serves the caller), legal-aid-review 法律援助审查, mediation 调解.
 */
export const CALLER_DETAIL_PURPOSES = ['call-back', 'follow-up-call', 'service-delivery', 'legal-aid-review', 'mediation'] as const;
export type CallerDetailPurpose = (typeof CALLER_DETAIL_PURPOSES)[number];

export type CallerField = 'name' | 'phone' | 'idNumber';

export type CallerDetailsDecision =
  | { outcome: 'granted'; fields: CallerField[] }
  /** The person may not even see the ticket. */
  | { outcome: 'not-visible' }
  /** The person sees the ticket (masked) but has no need to reach the caller. */
  | { outcome: 'not-entitled' };

export type NeedToKnowTicket = Pick<Ticket, 'firstContact' | 'watchers' | 'hops' | 'regionCode'> & { caller: Pick<Caller, 'idNumber'> };

/**
 * Who reads the caller in full: agents and leads of the first-contact organisation (they call
 * back and run the follow-up call), and staff of a body that accepted a hand-off of the ticket
 * and has not since rejected it or had it withdrawn (it serves the caller). Watchers, bodies
 * still deciding or that refused, and supervisors see masked values only.
 */
export function callerDetailsDecision(principal: Principal, ticket: NeedToKnowTicket): CallerDetailsDecision {
  const organisationId = principal.organisation?.id;
  const owner = organisationId !== undefined && isAgent(principal) && ticket.firstContact.organisationId === organisationId;
  const servingBody =
    organisationId !== undefined &&
    principal.roles.has('office-staff') &&
    ticket.hops.some((hop) => hop.agencyId === organisationId && hop.outcome === 'accepted');
  if (owner || servingBody) return { outcome: 'granted', fields: ['name', 'phone', ...(ticket.caller.idNumber === null ? [] : ['idNumber' as const])] };
  return canSeeTicket(principal, ticket) ? { outcome: 'not-entitled' } : { outcome: 'not-visible' };
}

/** One read of unmasked caller data: who, which ticket, when, which fields, why. */
export interface CallerAccessRecord {
  id: string;
  ticketId: string;
  accessorSubject: string;
  accessorName: string;
  accessorOrganisationId: string;
  accessorOrganisationName: string;
  fields: CallerField[];
  purpose: CallerDetailPurpose;
  accessedAt: Date;
  correlationId: string;
}

export function callerAccessRecordOf(
  principal: Principal & { organisation: NonNullable<Principal['organisation']> },
  ticketId: string,
  fields: CallerField[],
  purpose: CallerDetailPurpose,
  context: { id: string; now: Date; correlationId: string },
): CallerAccessRecord {
  return {
    id: context.id,
    ticketId,
    accessorSubject: principal.subject,
    accessorName: principal.name,
    accessorOrganisationId: principal.organisation.id,
    accessorOrganisationName: principal.organisation.name,
    fields,
    purpose,
    accessedAt: context.now,
    correlationId: context.correlationId,
  };
}

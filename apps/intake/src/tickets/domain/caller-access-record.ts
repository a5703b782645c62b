import type { Principal } from '@legal-hotline/auth';

// The access trail of the caller's personal data (PIPL): every time a person reaches a caller's
// data, who, which ticket, which fields, why and when, written in the transaction of the read.

/**
 * Why a person reached a caller's data: call-back 回电, follow-up-call 回访, service-delivery
 * (the accepting body serves the caller), legal-aid-review 法律援助审查, mediation 调解 (reads of
 * the caller in full), and search (tickets found by the caller's phone number).
 */
export const CALLER_ACCESS_PURPOSES = [
  'call-back',
  'follow-up-call',
  'service-delivery',
  'legal-aid-review',
  'mediation',
  'search',
] as const;
export type CallerAccessPurpose = (typeof CALLER_ACCESS_PURPOSES)[number];

export type CallerField = 'name' | 'phone' | 'idNumber';

/** One access to a caller's data: who, which ticket, when, which fields, why. */
export interface CallerAccessRecord {
  id: string;
  ticketId: string;
  accessorSubject: string;
  accessorName: string;
  accessorOrganisationId: string;
  accessorOrganisationName: string;
  /** The fields shown in full; for a search, the field searched by. */
  fields: CallerField[];
  purpose: CallerAccessPurpose;
  accessedAt: Date;
  correlationId: string;
}

export function callerAccessRecordOf(
  principal: Principal & { organisation: NonNullable<Principal['organisation']> },
  ticketId: string,
  fields: CallerField[],
  purpose: CallerAccessPurpose,
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

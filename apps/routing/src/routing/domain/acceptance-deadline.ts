import type { TicketFlags } from '@legal-hotline/contracts';

/**
 * How long a receiving body has to accept or reject an assignment. Provincial 12348 rules
 * (e.g. Shandong 2017) ask for urgent transfers within 1 hour and others within 1 working day;
 * migrant-worker wage claims ride the green channel (Legal Aid Law Art. 42(3)) and count as
 * urgent. Until the business calendar (holidays, 调休) exists, a working day is taken as 24 hours.
 */
export type AcceptanceRule =
  'acceptance.urgent-1h' | 'acceptance.wage-claim-green-channel-1h' | 'acceptance.standard-24h';

export interface AcceptanceDeadline {
  dueAt: Date;
  rule: AcceptanceRule;
}

const HOUR_MS = 60 * 60 * 1000;

/** When the assignment requested at `requestedAt` must be accepted or rejected, and by which rule. */
export function acceptanceDeadline(
  requestedAt: Date,
  flags: Pick<TicketFlags, 'urgent' | 'migrantWorkerWageClaim'>,
): AcceptanceDeadline {
  const after = (hours: number) => new Date(requestedAt.getTime() + hours * HOUR_MS);
  if (flags.urgent) return { dueAt: after(1), rule: 'acceptance.urgent-1h' };
  if (flags.migrantWorkerWageClaim) return { dueAt: after(1), rule: 'acceptance.wage-claim-green-channel-1h' };
  return { dueAt: after(24), rule: 'acceptance.standard-24h' };
}

import type { TicketStatus } from '@legal-hotline/contracts';
import { TicketError } from './ticket-error.js';

/**
 * Everything that can move a ticket's status. To add one (reopen, close after the follow-up
 * call, merge), add it here and give it a row in {@link TICKET_TRANSITIONS}: the table's type
 * makes the compiler insist on the row.
 */
export type TicketHappening =
  | 'assignment-requested'
  | 'assignment-received'
  | 'assignment-accepted'
  | 'assignment-rejected'
  | 'routing-failed';

export interface TicketTransition {
  /** Statuses in which the happening is allowed; anywhere else it is a conflict. */
  readonly from: readonly TicketStatus[];
  /** The status afterwards; `null` keeps the status (a technical receipt changes nothing). */
  readonly to: TicketStatus | null;
}

/** Statuses in which the first-contact owner holds the ticket and nobody else is asked to take it. */
const WITH_OWNER = ['received', 'routed', 'reopened', 'returned-to-owner'] as const satisfies readonly TicketStatus[];

/**
 * The status machine, one row per happening. A hand-off completes only when the receiver
 * accepts or rejects it (DOMAIN.md §2); a rejection or a failed routing bounces the ticket back
 * to its first-contact owner.
 */
export const TICKET_TRANSITIONS: { readonly [H in TicketHappening]: TicketTransition } = {
  'assignment-requested': { from: WITH_OWNER, to: 'awaiting-acceptance' },
  'assignment-received': { from: ['awaiting-acceptance', 'accepted'], to: null },
  'assignment-accepted': { from: ['awaiting-acceptance'], to: 'accepted' },
  'assignment-rejected': { from: ['awaiting-acceptance'], to: 'returned-to-owner' },
  'routing-failed': { from: WITH_OWNER, to: 'returned-to-owner' },
};

/** The status after `happening`, or a `TICKET.INVALID_TRANSITION` conflict if it is not allowed now. */
export function statusAfter(status: TicketStatus, happening: TicketHappening): TicketStatus {
  const transition = TICKET_TRANSITIONS[happening];
  if (!transition.from.includes(status)) {
    throw new TicketError(
      'TICKET.INVALID_TRANSITION',
      'conflict',
      `${happening} is not allowed while the ticket is ${status} (allowed in: ${transition.from.join(', ')})`,
    );
  }
  return transition.to ?? status;
}

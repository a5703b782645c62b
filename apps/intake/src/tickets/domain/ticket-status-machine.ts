import { TICKET_STATUSES, type TicketStatus } from '@legal-hotline/contracts';
import { TicketError } from './ticket-error.js';

/**
 * Everything that can move a ticket's status, or has to be allowed in it. To add one, add it
 * here and give it a row in {@link TICKET_TRANSITIONS}: the table's type makes the compiler
 * insist on the row.
 */
export type TicketHappening =
  // Reported by routing and the receiving bodies.
  | 'assignment-requested'
  | 'assignment-received'
  | 'assignment-accepted'
  | 'assignment-rejected'
  | 'assignment-started'
  | 'assignment-completed'
  | 'assignment-completed-after-answer'
  | 'assignment-overdue'
  | 'acceptance-clock-changed'
  | 'assignment-withdrawn-for-re-routing'
  | 'assignment-withdrawn-for-good'
  | 'news-after-the-fact'
  | 'routing-failed'
  | 'routing-returned-to-owner'
  | 'partner-transfer-reported'
  | 'partner-transfer-returned'
  // Commands of the first-contact owner (and, for referrals and merges, of other agents).
  | 'caller-answered'
  | 'caller-answered-nobody-at-work'
  | 'follow-up-recorded'
  | 'follow-up-dissatisfied'
  | 'closed-by-owner'
  | 'reopened-by-owner'
  | 'transferred-out'
  // The hotline desk (坐席): a consultation, guidance request or complaint answered there.
  | 'resolved-at-desk'
  | 'closed-at-desk'
  | 'follow-up-on-desk-resolution'
  | 'follow-up-reopens-desk-resolution'
  | 'dispatch-requested'
  | 'referred'
  | 'merged'
  | 'merge-undone'
  | 'duplicate-merged-in'
  | 'duplicate-merge-undone';

/** The status a ticket had before its merge, as {@link statusAfter} is told when the merge is undone. */
export const STATUS_BEFORE_MERGE = 'status-before-merge';

export interface TicketTransition {
  /** Statuses in which the happening is allowed; anywhere else it is a conflict. */
  readonly from: readonly TicketStatus[];
  /**
   * The status afterwards; `null` keeps the status (a technical receipt, a note in the
   * timeline); {@link STATUS_BEFORE_MERGE} restores the status the ticket had when it was merged.
   */
  readonly to: TicketStatus | null | typeof STATUS_BEFORE_MERGE;
}

/** Statuses in which the first-contact owner holds the ticket and no body is asked to take it. */
const WITH_OWNER = ['received', 'routed', 'reopened', 'returned-to-owner'] as const satisfies readonly TicketStatus[];

/**
 * Statuses in which a ticket kept at the desk waits for the desk: held there from the opening,
 * reopened after its answer, or back from a partner hotline that did not take it.
 */
export const AT_DESK = ['at-desk', 'reopened', 'returned-to-owner'] as const satisfies readonly TicketStatus[];

/** Statuses in which a body was asked and has not finished: the hand-off is under way or accepted. */
export const WITH_BODY = ['awaiting-acceptance', 'accepted', 'in-progress', 'answered'] as const satisfies readonly TicketStatus[];

/** Coarse `closed`: the ticket is done (closed) or lives on in another one (merged). */
const CLOSED = ['closed', 'merged'] as const satisfies readonly TicketStatus[];

/** Every status but the coarse-closed ones. */
export const OPEN_STATUSES: readonly TicketStatus[] = TICKET_STATUSES.filter((s) => !(CLOSED as readonly TicketStatus[]).includes(s));

const ANY = TICKET_STATUSES;

/**
 * The status machine, one row per happening. A hand-off completes only when the receiver
 * accepts or rejects it (DOMAIN.md §2). A rejection or an overdue withdrawal sends the ticket
 * back to routing (`routed`), which tries the next body; only routing's giving up returns it to
 * the first-contact owner. The owner answers the caller, calls back (回访) and is the only one
 * who closes; a dissatisfied caller reopens the ticket.
 *
 * `answered` means the caller was answered while a body still works on the ticket; the answer
 * stays on record through the body's later steps (the status follows the body), and once the
 * body completes, or when nobody holds the ticket, the follow-up call is due.
 */
export const TICKET_TRANSITIONS: { readonly [H in TicketHappening]: TicketTransition } = {
  // A newer request replaces a request still awaiting acceptance: the rejection or withdrawal
  // that freed the ticket travels on another partition and may arrive later (see the domain).
  'assignment-requested': { from: [...WITH_OWNER, 'awaiting-acceptance', 'answered'], to: 'awaiting-acceptance' },
  'assignment-received': { from: ['awaiting-acceptance', 'accepted', 'answered'], to: null },
  'assignment-accepted': { from: ['awaiting-acceptance', 'answered'], to: 'accepted' },
  'assignment-rejected': { from: ['awaiting-acceptance', 'answered'], to: 'routed' },
  'assignment-started': { from: ['accepted', 'answered'], to: 'in-progress' },
  // The body's work is done but the caller was not answered yet: the owner answers next.
  'assignment-completed': { from: ['accepted', 'in-progress'], to: 'in-progress' },
  'assignment-completed-after-answer': { from: ['accepted', 'in-progress', 'answered'], to: 'follow-up-due' },
  // WITH_BODY rather than awaiting-acceptance alone: routing may decide before it hears of the
  // acceptance, and its news must not be dead-lettered for arriving late.
  'assignment-overdue': { from: WITH_BODY, to: null },
  'acceptance-clock-changed': { from: WITH_BODY, to: null },
  // Overdue: routing takes the assignment back and tries the next body.
  'assignment-withdrawn-for-re-routing': { from: WITH_BODY, to: 'routed' },
  // Withdrawn because the ticket was closed or merged, but it is open again (the merge was
  // undone): routing does not try again, so the owner decides.
  'assignment-withdrawn-for-good': { from: WITH_BODY, to: 'returned-to-owner' },
  // Late news about a replaced or completed assignment, or news on a closed or merged ticket:
  // recorded, and the ticket's status stays (routing withdraws what is still open).
  'news-after-the-fact': { from: ANY, to: null },
  'routing-failed': { from: WITH_OWNER, to: 'returned-to-owner' },
  // awaiting-acceptance: routing gave up after a rejection intake has not heard of yet.
  'routing-returned-to-owner': { from: [...WITH_OWNER, 'awaiting-acceptance', 'answered'], to: 'returned-to-owner' },
  'partner-transfer-reported': { from: ANY, to: null },
  // The partner rejected a transfer or let its acceptance deadline pass, and no other transfer is
  // with a partner: the owner decides again (another partner, routing, or the caller's answer).
  'partner-transfer-returned': { from: ['transferred-out'], to: 'returned-to-owner' },

  // Not while routing is still choosing a body (received, routed): that takes seconds.
  'caller-answered': { from: WITH_BODY, to: 'answered' },
  'caller-answered-nobody-at-work': {
    from: ['accepted', 'in-progress', 'returned-to-owner', 'reopened', 'transferred-out', 'follow-up-due'],
    to: 'follow-up-due',
  },
  'follow-up-recorded': { from: ['follow-up-due'], to: null },
  'follow-up-dissatisfied': { from: ['follow-up-due'], to: 'reopened' },
  'closed-by-owner': { from: ['follow-up-due'], to: 'closed' },
  'reopened-by-owner': { from: ['follow-up-due', 'closed', 'transferred-out'], to: 'reopened' },
  // at-desk: a question that is not the legal service's goes to the partner hotline it belongs to.
  'transferred-out': { from: ['at-desk', 'returned-to-owner', 'reopened'], to: 'transferred-out' },
  // The desk answers and closes in one step (即时办结); the domain checks the ticket is a desk ticket.
  'resolved-at-desk': { from: AT_DESK, to: null },
  'closed-at-desk': { from: AT_DESK, to: 'closed' },
  // The follow-up call on a ticket closed at the desk: recorded on the closed ticket, or, when the
  // caller is dissatisfied or the matter unresolved, the ticket is reopened for the desk.
  'follow-up-on-desk-resolution': { from: ['closed'], to: null },
  'follow-up-reopens-desk-resolution': { from: ['closed'], to: 'reopened' },
  // Turned into a work order, the ticket starts routing as if just received (a closed one is
  // reopened first, in the same step).
  'dispatch-requested': { from: AT_DESK, to: 'received' },
  referred: { from: ANY, to: null },
  merged: { from: OPEN_STATUSES, to: 'merged' },
  'merge-undone': { from: ['merged'], to: STATUS_BEFORE_MERGE },
  'duplicate-merged-in': { from: OPEN_STATUSES, to: null },
  'duplicate-merge-undone': { from: ANY, to: null },
};

/**
 * The status after `happening`, or a `TICKET.INVALID_TRANSITION` conflict naming both statuses
 * if it is not allowed now. `statusBeforeMerge` is the status to restore when a merge is undone.
 */
export function statusAfter(status: TicketStatus, happening: TicketHappening, statusBeforeMerge?: TicketStatus): TicketStatus {
  const transition = TICKET_TRANSITIONS[happening];
  const target = transition.to === STATUS_BEFORE_MERGE ? statusBeforeMerge : transition.to;
  if (transition.to === STATUS_BEFORE_MERGE && target === undefined) throw new Error(`${happening} needs the status before the merge`);
  if (!transition.from.includes(status)) {
    throw TicketError.invalidTransition(status, target ?? status, `${happening} is allowed only from ${transition.from.join(', ')}`);
  }
  return target ?? status;
}

/** Whether the ticket counts as closed (closed, or merged into another). */
export function isClosedOrMerged(status: TicketStatus): boolean {
  return (CLOSED as readonly TicketStatus[]).includes(status);
}

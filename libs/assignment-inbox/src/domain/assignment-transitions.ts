import { AssignmentError, type AssignmentConflictCode } from './assignment-errors.js';
import type { Assignment, AssignmentStatus } from './assignment.js';

/** Everything that can change an assignment: the staff's commands and routing's withdrawal. */
export const ASSIGNMENT_COMMANDS = ['accept', 'reject', 'start', 'complete', 'withdraw'] as const;
export type AssignmentCommand = (typeof ASSIGNMENT_COMMANDS)[number];
/** What the receiving body's staff do to an assignment over HTTP. */
export type StaffCommand = Exclude<AssignmentCommand, 'withdraw'>;

export type Transition =
  | { readonly kind: 'moves-to'; readonly status: AssignmentStatus }
  /** A staff command the status does not allow: 409 with the code. */
  | { readonly kind: 'refused'; readonly code: AssignmentConflictCode }
  /** A withdrawal that changes nothing. Routing's withdrawal is a fact, never refused. */
  | { readonly kind: 'ignored' };

type StaffTransition = Exclude<Transition, { kind: 'ignored' }>;
type WithdrawalTransition = Exclude<Transition, { kind: 'refused' }>;
type TransitionRow = { readonly [C in StaffCommand]: StaffTransition } & { readonly withdraw: WithdrawalTransition };

const to = (status: AssignmentStatus): StaffTransition & WithdrawalTransition => ({ kind: 'moves-to', status });
const refuse = (code: AssignmentConflictCode): StaffTransition => ({ kind: 'refused', code });
const ignore: WithdrawalTransition = { kind: 'ignored' };

const decidedBefore = refuse('ASSIGNMENT.ALREADY_DECIDED');
const notAccepted = refuse('ASSIGNMENT.NOT_ACCEPTED');
const completedBefore = refuse('ASSIGNMENT.ALREADY_COMPLETED');
const withdrawnBefore = refuse('ASSIGNMENT.WITHDRAWN');

/**
 * The assignment's status machine: every status against every command, so a new status or
 * command does not compile until each cell is decided.
 *
 * - An assignment is decided once (accept or reject); a second decision, even the same one, is
 *   a conflict, so the first-contact owner never receives two answers for one hand-off.
 * - Work starts and completes only after acceptance. Completion may follow acceptance directly:
 *   a consultation is often answered without a separate start.
 * - Withdrawal (routing took it back: overdue and re-routed, ticket closed or merged) ends the
 *   assignment while it is pending, accepted or in progress, accepted included: after an overdue
 *   re-route another body holds the ticket, and after a close or merge nobody on the platform
 *   awaits this body's start or result. The decision and start stay on the row as history.
 *   A withdrawal of a rejected or completed assignment is ignored: the body had already given
 *   its final answer (a refusal, or the result), and that answer stands. A repeated withdrawal
 *   is ignored too, so the first reason and time stay.
 */
export const ASSIGNMENT_TRANSITIONS: { readonly [S in AssignmentStatus]: TransitionRow } = {
  pending: { accept: to('accepted'), reject: to('rejected'), start: notAccepted, complete: notAccepted, withdraw: to('withdrawn') },
  accepted: { accept: decidedBefore, reject: decidedBefore, start: to('in-progress'), complete: to('completed'), withdraw: to('withdrawn') },
  'in-progress': { accept: decidedBefore, reject: decidedBefore, start: refuse('ASSIGNMENT.ALREADY_STARTED'), complete: to('completed'), withdraw: to('withdrawn') },
  rejected: { accept: decidedBefore, reject: decidedBefore, start: notAccepted, complete: notAccepted, withdraw: ignore },
  completed: { accept: decidedBefore, reject: decidedBefore, start: completedBefore, complete: completedBefore, withdraw: ignore },
  withdrawn: { accept: withdrawnBefore, reject: withdrawnBefore, start: withdrawnBefore, complete: withdrawnBefore, withdraw: ignore },
};

/** The status a staff command moves the assignment to; throws the coded conflict when refused. */
export function statusAfter(assignment: Assignment, command: StaffCommand): AssignmentStatus {
  const transition = ASSIGNMENT_TRANSITIONS[assignment.status][command];
  if (transition.kind === 'refused') throw AssignmentError.conflict(transition.code, assignment);
  return transition.status;
}

/** The status after routing's withdrawal, or null when the withdrawal changes nothing. */
export function statusAfterWithdrawal(assignment: Assignment): AssignmentStatus | null {
  const transition = ASSIGNMENT_TRANSITIONS[assignment.status].withdraw;
  return transition.kind === 'ignored' ? null : transition.status;
}

import type { PlatformEvent } from '@legal-hotline/contracts';
import { statusAfterWithdrawal } from './assignment-transitions.js';
import type { Assignment, Withdrawal } from './assignment.js';

export type AssignmentWithdrawnEvent = Extract<PlatformEvent, { type: 'assignment.withdrawn.v1' }>;

export type WithdrawalOutcome =
  | { kind: 'withdrawn'; assignment: Assignment }
  /** Rejected, completed or withdrawn before: the body's final answer stands (ASSIGNMENT_TRANSITIONS). */
  | { kind: 'ignored' };

export function withdrawalOf(event: AssignmentWithdrawnEvent): Withdrawal {
  return { reason: event.data.reason, withdrawnAt: new Date(event.data.withdrawnAt) };
}

/**
 * Routing took the assignment back. The inbox records it and emits nothing: the withdrawal is
 * routing's fact, already on the topic for everyone. Afterwards every staff command is refused
 * with ASSIGNMENT.WITHDRAWN.
 */
export function withdrawAssignment(assignment: Assignment, withdrawal: Withdrawal): WithdrawalOutcome {
  const status = statusAfterWithdrawal(assignment);
  if (status === null) return { kind: 'ignored' };
  return { kind: 'withdrawn', assignment: { ...assignment, status, withdrawalReason: withdrawal.reason, withdrawnAt: withdrawal.withdrawnAt } };
}

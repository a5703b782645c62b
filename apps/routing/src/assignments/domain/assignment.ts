import type { AssignmentWithdrawnV1, RejectionReason } from '@legal-hotline/contracts';
import type { Priority } from '../../routing/domain/priority.js';

/**
 * requested: routing asked the body and awaits its business acceptance (it counts towards the
 * body's open load); accepted / rejected: the body decided (a rejection excludes the body from
 * routing the same ticket again); withdrawn: routing took it back (overdue, or the ticket was
 * closed or merged) — a body withdrawn for being overdue is excluded like one that rejected.
 */
export const ASSIGNMENT_STATUSES = ['requested', 'accepted', 'rejected', 'withdrawn'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

export type WithdrawalReason = AssignmentWithdrawnV1['reason'];

/** An assignment as routing tracks it: which body holds which ticket, and whether it took it. */
export interface TrackedAssignment {
  /** The assignment id, as in `assignment.requested.v1`. */
  id: string;
  ticketId: string;
  agencyId: string;
  /** The body's name when it was asked, e.g. "南海区法律援助中心": bounce-backs list it. */
  agencyName: string;
  /** Region code the routing decision was keyed on; null for assignments older than this column. */
  routedOnRegionCode: string | null;
  /** Null for assignments made before priorities were recorded. */
  priority: Priority | null;
  /** Entry of ACCEPTANCE_DEADLINES that set the deadline, e.g. "acceptance.normal"; null before it was recorded. */
  acceptanceRule: string | null;
  status: AssignmentStatus;
  /** Coded reason of a rejection; null otherwise. */
  rejectionReason: RejectionReason | null;
  /** The body's note with its rejection, e.g. "纠纷发生在九江镇". */
  rejectionNote: string | null;
  withdrawalReason: WithdrawalReason | null;
  requestedAt: Date;
  /** The deadline as first set; the acceptance clock holds the current one (pauses move it). */
  acceptanceDeadline: Date;
  /** When the body accepted or rejected, as it reported; null while requested. */
  decidedAt: Date | null;
  withdrawnAt: Date | null;
}

/** What a receiving body decided, as reported in `assignment.accepted.v1` / `assignment.rejected.v1`. */
export type BodyDecision =
  | { outcome: 'accepted'; agencyId: string; decidedAt: Date }
  | { outcome: 'rejected'; agencyId: string; reason: RejectionReason; note: string | null; decidedAt: Date };

export type DecisionRecording =
  | { kind: 'recorded'; assignment: TrackedAssignment }
  | { kind: 'ignored'; why: string };

/**
 * Applies a body's decision to the assignment. The first decision stands: the inbox refuses a
 * second one (ASSIGNMENT.ALREADY_DECIDED), so a later one reaching routing is a replay and is
 * ignored, as is a decision from a body the assignment was not given to, and one on an
 * assignment routing already withdrew (the inbox refuses those with ASSIGNMENT.WITHDRAWN).
 */
export function recordBodyDecision(current: TrackedAssignment, decision: BodyDecision): DecisionRecording {
  if (decision.agencyId !== current.agencyId) {
    return {
      kind: 'ignored',
      why: `assignment ${current.id} was given to ${current.agencyId}, not to ${decision.agencyId}`,
    };
  }
  if (current.status !== 'requested') {
    return { kind: 'ignored', why: `assignment ${current.id} was already ${current.status}` };
  }
  return {
    kind: 'recorded',
    assignment: {
      ...current,
      status: decision.outcome,
      rejectionReason: decision.outcome === 'rejected' ? decision.reason : null,
      rejectionNote: decision.outcome === 'rejected' ? decision.note : null,
      decidedAt: decision.decidedAt,
    },
  };
}

/** Takes back a requested assignment; null when the body already decided or it was withdrawn before. */
export function withdrawAssignment(current: TrackedAssignment, reason: WithdrawalReason, at: Date): TrackedAssignment | null {
  if (current.status !== 'requested') return null;
  return { ...current, status: 'withdrawn', withdrawalReason: reason, withdrawnAt: at };
}

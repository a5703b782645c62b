import type { RejectionReason } from '@legal-hotline/contracts';

/**
 * requested: routing asked the body and awaits its business acceptance (it counts towards the
 * body's open load); accepted / rejected: the body decided (a rejection excludes the body from
 * routing the same ticket again).
 */
export const ASSIGNMENT_STATUSES = ['requested', 'accepted', 'rejected'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/** An assignment as routing tracks it: which body holds which ticket, and whether it took it. */
export interface TrackedAssignment {
  /** The assignment id, as in `assignment.requested.v1`. */
  id: string;
  ticketId: string;
  agencyId: string;
  status: AssignmentStatus;
  /** Coded reason of a rejection; null otherwise. */
  rejectionReason: RejectionReason | null;
  requestedAt: Date;
  acceptanceDeadline: Date;
  /** When the body accepted or rejected, as it reported; null while requested. */
  decidedAt: Date | null;
}

/** What a receiving body decided, as reported in `assignment.accepted.v1` / `assignment.rejected.v1`. */
export type BodyDecision =
  | { outcome: 'accepted'; agencyId: string; decidedAt: Date }
  | { outcome: 'rejected'; agencyId: string; reason: RejectionReason; decidedAt: Date };

export type DecisionRecording =
  | { kind: 'recorded'; assignment: TrackedAssignment }
  | { kind: 'ignored'; why: string };

/**
 * Applies a body's decision to the assignment. The first decision stands: the inbox refuses a
 * second one (ASSIGNMENT.ALREADY_DECIDED), so a later one reaching routing is a replay and is
 * ignored, as is a decision from a body the assignment was not given to.
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
      decidedAt: decision.decidedAt,
    },
  };
}

import { createEvent, type EventSource, type PlatformEvent, type RejectionReason } from '@legal-hotline/contracts';
import { AssignmentError } from './assignment-errors.js';
import { statusAfter } from './assignment-transitions.js';
import type { Assignment, StaffMember } from './assignment.js';
import { normalisedText } from './normalised-text.js';

/** What a receiving body's staff member decides about a pending assignment (business acceptance). */
export type AssignmentDecision =
  | { outcome: 'accept'; decidedBy: StaffMember; note?: string | null }
  | { outcome: 'reject'; decidedBy: StaffMember; reason: RejectionReason; note?: string | null };

export interface DecisionContext {
  service: EventSource;
  decidedAt: Date;
  /** Id of the emitted `assignment.accepted.v1` / `assignment.rejected.v1` event. */
  eventId: string;
  /** What caused the decision, e.g. the HTTP request id; null when unknown. */
  causationId: string | null;
}

export interface DecisionResult {
  assignment: Assignment;
  events: PlatformEvent[];
}

/**
 * Reasons whose rejection is useless to the first-contact owner without a note:
 * - `insufficient-information`: the note lists what is missing, all in one notice (Legal Aid
 *   Law Art. 43 asks for a single notice of missing materials);
 * - `not-our-jurisdiction`: the note says where the matter belongs (a misroute report,
 *   DOMAIN.md §2 and §5: bounce back "with a suggested next destination").
 * `conflict-of-interest` needs none: its details may be confidential, and the code alone tells
 * the owner to pick another body. `not-our-category` and `duplicate` speak for themselves.
 */
const REASONS_NEEDING_A_NOTE: ReadonlySet<RejectionReason> = new Set(['insufficient-information', 'not-our-jurisdiction']);

export function rejectionNeedsNote(reason: RejectionReason): boolean {
  return REASONS_NEEDING_A_NOTE.has(reason);
}

/**
 * A decision taken after the acceptance deadline. Such a decision is still taken: until the
 * owner has taken the ticket back, a late acceptance serves the caller better than a refusal,
 * and bouncing an unanswered hand-off is the owner's job, not the inbox's. It is flagged so
 * supervision (督办) sees it.
 */
export function isLateDecision(assignment: Pick<Assignment, 'decidedAt' | 'acceptanceDeadline'>): boolean {
  return assignment.decidedAt !== null && assignment.decidedAt.getTime() > assignment.acceptanceDeadline.getTime();
}

/**
 * Accepts or rejects a pending assignment. An assignment is decided once: a second decision,
 * even the same one, is a conflict, so the owner never receives two answers for one hand-off;
 * a withdrawn one cannot be decided (ASSIGNMENT_TRANSITIONS).
 */
export function decideAssignment(assignment: Assignment, decision: AssignmentDecision, context: DecisionContext): DecisionResult {
  const note = normalisedText(decision.note);
  if (decision.outcome === 'reject' && note === null && rejectionNeedsNote(decision.reason)) {
    throw AssignmentError.noteRequired(decision.reason);
  }
  const status = statusAfter(assignment, decision.outcome);

  const decided: Assignment = {
    ...assignment,
    status,
    decidedBy: decision.decidedBy.name,
    decidedById: decision.decidedBy.id,
    decidedAt: context.decidedAt,
    rejectionReason: decision.outcome === 'reject' ? decision.reason : null,
    decisionNote: note,
  };
  const envelope = {
    id: context.eventId,
    source: context.service,
    subject: assignment.assignmentId,
    occurredAt: context.decidedAt,
    correlationId: assignment.correlationId,
    causationId: context.causationId,
  };
  const common = {
    assignmentId: assignment.assignmentId,
    ticketId: assignment.ticketId,
    agencyId: assignment.agencyId,
    decidedBy: decision.decidedBy.name,
    decidedById: decision.decidedBy.id,
    note,
  };
  const event =
    decision.outcome === 'accept'
      ? createEvent({ ...envelope, type: 'assignment.accepted.v1', data: { ...common, acceptedAt: context.decidedAt.toISOString() } })
      : createEvent({ ...envelope, type: 'assignment.rejected.v1', data: { ...common, reason: decision.reason, rejectedAt: context.decidedAt.toISOString() } });
  return { assignment: decided, events: [event] };
}

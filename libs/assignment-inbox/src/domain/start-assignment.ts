import { createEvent, type PlatformEvent } from '@legal-hotline/contracts';
import { statusAfter } from './assignment-transitions.js';
import type { Assignment, CommandContext, StaffMember } from './assignment.js';
import { normalisedText } from './normalised-text.js';

/** A staff member reports that the body started the work, e.g. a centre assigned a lawyer. */
export interface StartCommand {
  startedBy: StaffMember;
  /** e.g. which lawyer or mediator was assigned. */
  note?: string | null;
}

/**
 * Legal Aid Law Art. 43: a centre that grants aid assigns a lawyer within 3 days of the
 * decision. Counted in calendar days, as statutory clocks are (DOMAIN.md §4).
 */
export const LEGAL_AID_ASSIGNMENT_DAYS = 3;
const DAY_MS = 24 * 3600_000;

/**
 * The start of the work moves an accepted assignment to in-progress and tells the first-contact
 * owner, in the flow of the original request.
 */
export function startAssignment(assignment: Assignment, command: StartCommand, context: CommandContext): { assignment: Assignment; events: PlatformEvent[] } {
  const status = statusAfter(assignment, 'start');
  const note = normalisedText(command.note);
  const started: Assignment = { ...assignment, status, startedBy: command.startedBy.name, startedById: command.startedBy.id, startedAt: context.at, startNote: note };
  const event = createEvent({
    id: context.eventId,
    type: 'assignment.started.v1',
    source: context.service,
    subject: assignment.assignmentId,
    occurredAt: context.at,
    correlationId: assignment.correlationId,
    causationId: context.causationId,
    data: {
      assignmentId: assignment.assignmentId,
      ticketId: assignment.ticketId,
      agencyId: assignment.agencyId,
      startedBy: command.startedBy.name,
      startedById: command.startedBy.id,
      note,
      startedAt: context.at.toISOString(),
    },
  });
  return { assignment: started, events: [event] };
}

/**
 * When a legal-aid centre should have assigned a lawyer: acceptance + 3 calendar days (Legal
 * Aid Law Art. 43), taking business acceptance as the decision to grant aid. Informational: the
 * inbox shows it and enforces nothing. Null for other bodies and for assignments never accepted.
 */
export function assignBy(assignment: Pick<Assignment, 'agencyType' | 'decidedAt' | 'rejectionReason'>): Date | null {
  if (assignment.agencyType !== 'legal-aid-centre' || assignment.decidedAt === null || assignment.rejectionReason !== null) return null;
  return new Date(assignment.decidedAt.getTime() + LEGAL_AID_ASSIGNMENT_DAYS * DAY_MS);
}

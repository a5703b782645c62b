import { createEvent, type PlatformEvent } from '@legal-hotline/contracts';
import { AssignmentError } from './assignment-errors.js';
import { statusAfter } from './assignment-transitions.js';
import type { Assignment, CommandContext, CompletionOutcome, StaffMember } from './assignment.js';
import { normalisedText } from './normalised-text.js';

/** A staff member reports the result of the body's work. */
export interface CompleteCommand {
  completedBy: StaffMember;
  outcome: CompletionOutcome;
  /** What was done and achieved; the owner answers the caller with it. */
  result: string;
}

/**
 * Completion, the third level of receipt (DOMAIN.md §2): the body reports its result from
 * accepted or in-progress, and the first-contact owner answers the caller and calls back.
 */
export function completeAssignment(assignment: Assignment, command: CompleteCommand, context: CommandContext): { assignment: Assignment; events: PlatformEvent[] } {
  const result = normalisedText(command.result);
  if (result === null) throw AssignmentError.resultRequired();
  const status = statusAfter(assignment, 'complete');
  const completed: Assignment = {
    ...assignment,
    status,
    completedBy: command.completedBy.name,
    completedById: command.completedBy.id,
    completedAt: context.at,
    completionOutcome: command.outcome,
    completionResult: result,
  };
  const event = createEvent({
    id: context.eventId,
    type: 'assignment.completed.v1',
    source: context.service,
    subject: assignment.assignmentId,
    occurredAt: context.at,
    correlationId: assignment.correlationId,
    causationId: context.causationId,
    data: {
      assignmentId: assignment.assignmentId,
      ticketId: assignment.ticketId,
      agencyId: assignment.agencyId,
      completedBy: command.completedBy.name,
      completedById: command.completedBy.id,
      outcome: command.outcome,
      result,
      completedAt: context.at.toISOString(),
    },
  });
  return { assignment: completed, events: [event] };
}

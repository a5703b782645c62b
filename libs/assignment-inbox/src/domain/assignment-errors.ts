import type { RejectionReason } from '@legal-hotline/contracts';
import type { Assignment } from './assignment.js';

/** A command the assignment's status does not allow; the edge answers 409. */
export type AssignmentConflictCode =
  | 'ASSIGNMENT.ALREADY_DECIDED'
  | 'ASSIGNMENT.NOT_ACCEPTED'
  | 'ASSIGNMENT.ALREADY_STARTED'
  | 'ASSIGNMENT.ALREADY_COMPLETED'
  | 'ASSIGNMENT.WITHDRAWN';

export type AssignmentErrorCode = 'AGENCY.NOT_FOUND' | 'ASSIGNMENT.NOT_FOUND' | 'ASSIGNMENT.NOTE_REQUIRED' | 'ASSIGNMENT.RESULT_REQUIRED' | AssignmentConflictCode;

/** How a broken rule is classified; the HTTP edge maps it to a status (404, 409, 400). */
export type AssignmentErrorKind = 'not-found' | 'conflict' | 'invalid';

/** A broken inbox rule, with a dotted code the edge and the callers can act on. */
export class AssignmentError extends Error {
  override readonly name = 'AssignmentError';

  private constructor(
    readonly code: AssignmentErrorCode,
    readonly kind: AssignmentErrorKind,
    message: string,
    /** The request field the problem concerns, if any. */
    readonly field: string | null = null,
  ) {
    super(message);
  }

  static notFound(assignmentId: string): AssignmentError {
    return new AssignmentError('ASSIGNMENT.NOT_FOUND', 'not-found', `assignment ${assignmentId} is not in this inbox`, 'id');
  }

  /** No receiving body of this inbox's kind has the id (routing's directory has none such). */
  static unknownBody(agencyId: string): AssignmentError {
    return new AssignmentError('AGENCY.NOT_FOUND', 'not-found', `no receiving body of this inbox has the id ${agencyId}`, 'agencyId');
  }

  static noteRequired(reason: RejectionReason): AssignmentError {
    return new AssignmentError('ASSIGNMENT.NOTE_REQUIRED', 'invalid', `a rejection for "${reason}" needs a note`, 'note');
  }

  static resultRequired(): AssignmentError {
    return new AssignmentError('ASSIGNMENT.RESULT_REQUIRED', 'invalid', 'a completion needs the result of the work', 'result');
  }

  /** The status of `assignment` refuses the command; the message says what happened before. */
  static conflict(code: AssignmentConflictCode, assignment: Assignment): AssignmentError {
    return new AssignmentError(code, 'conflict', conflictMessage(code, assignment));
  }
}

function conflictMessage(code: AssignmentConflictCode, assignment: Assignment): string {
  const id = `assignment ${assignment.assignmentId}`;
  const by = (who: string | null, at: Date | null): string => `by ${who ?? 'unknown'} at ${at?.toISOString() ?? 'unknown time'}`;
  switch (code) {
    case 'ASSIGNMENT.ALREADY_DECIDED':
      return `${id} was already ${assignment.rejectionReason === null ? 'accepted' : 'rejected'} ${by(assignment.decidedBy, assignment.decidedAt)}`;
    case 'ASSIGNMENT.NOT_ACCEPTED':
      return `${id} is ${assignment.status}: only an accepted assignment can be started or completed`;
    case 'ASSIGNMENT.ALREADY_STARTED':
      return `${id} was already started ${by(assignment.startedBy, assignment.startedAt)}`;
    case 'ASSIGNMENT.ALREADY_COMPLETED':
      return `${id} was already completed ${by(assignment.completedBy, assignment.completedAt)}`;
    case 'ASSIGNMENT.WITHDRAWN':
      return `${id} was withdrawn by routing (${assignment.withdrawalReason ?? 'unknown reason'}) at ${assignment.withdrawnAt?.toISOString() ?? 'unknown time'}`;
  }
}

import type { RejectionReason } from '@legal-hotline/contracts';
import type { Assignment } from './assignment.js';

export type AssignmentErrorCode = 'ASSIGNMENT.NOT_FOUND' | 'ASSIGNMENT.ALREADY_DECIDED' | 'ASSIGNMENT.NOTE_REQUIRED';

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
    return new AssignmentError('ASSIGNMENT.NOT_FOUND', 'not-found', `assignment ${assignmentId} is not in this inbox`);
  }

  static alreadyDecided(assignment: Assignment): AssignmentError {
    return new AssignmentError(
      'ASSIGNMENT.ALREADY_DECIDED',
      'conflict',
      `assignment ${assignment.assignmentId} was already ${assignment.status} by ${assignment.decidedBy ?? 'unknown'} at ${assignment.decidedAt?.toISOString() ?? 'unknown time'}`,
    );
  }

  static noteRequired(reason: RejectionReason): AssignmentError {
    return new AssignmentError('ASSIGNMENT.NOTE_REQUIRED', 'invalid', `a rejection for "${reason}" needs a note`, 'note');
  }
}

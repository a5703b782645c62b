import { AccessDeniedError, type Principal } from '@legal-hotline/auth';
import { CodedError } from '@legal-hotline/service-runtime';
import type { ClaimRefusal } from './domain/online-queue.js';
import type { QueueRow } from './online-question.repository.js';

export function questionNotFound(ticketId: string): CodedError {
  return new CodedError('ONLINE_QUESTION.NOT_FOUND', 'not-found', `no online question with ticket ${ticketId}`);
}

export function claimRefused(refusal: ClaimRefusal): CodedError {
  return new CodedError(refusal.code, refusal.kind, refusal.message);
}

/** Only the staff of the platform responsible for the question's ticket work it. */
export function requireSamePlatform(row: QueueRow, principal: Principal): void {
  if (principal.organisation === null) throw AccessDeniedError.noOrganisation();
  if (row.ticket.responsibleOrganisationId !== principal.organisation.id)
    throw AccessDeniedError.otherBody('this online question');
}

/** A question answered, dispatched, transferred or closed is out of the queue. */
export function requireOpen(row: QueueRow): void {
  if (row.ticket.status !== 'at-desk' || row.answeredAt !== null) {
    throw new CodedError(
      'ONLINE_QUESTION.NOT_OPEN',
      'conflict',
      `the question is no longer waiting for an answer (ticket ${row.ticket.status})`,
    );
  }
}

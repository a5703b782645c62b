import { AccessDeniedError, type Principal } from '@legal-hotline/auth';
import { refusalOf } from './domain/ticket-access.js';

/** The 403 for an existing ticket the principal may not read: outside a supervisor's area, or another body's. */
export function ticketRefusedTo(principal: Principal): AccessDeniedError {
  return refusalOf(principal) === 'outside-area' ? AccessDeniedError.outsideArea('this ticket') : AccessDeniedError.otherBody('this ticket');
}

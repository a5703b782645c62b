import type { TicketStatus } from '@legal-hotline/contracts';

/** How a broken ticket rule is classified; the edge maps it to HTTP or to a dead letter. */
export type TicketErrorKind = 'invalid' | 'not-found' | 'conflict' | 'unprocessable' | 'forbidden';

export type TicketErrorCode =
  | 'TICKET.NOT_FOUND'
  | 'TICKET.INVALID_TRANSITION'
  | 'TICKET.AGENCY_MISMATCH'
  | 'TICKET.NOT_OWNER'
  | 'TICKET.NOT_ANSWERED'
  | 'TICKET.FOLLOW_UP_MISSING'
  | 'TICKET.ALREADY_WATCHING'
  | 'TICKET.MERGE_TARGET_UNKNOWN'
  | 'TICKET.MERGE_INTO_ITSELF'
  | 'TICKET.MERGE_TARGET_CLOSED'
  | 'TICKET.NO_RESPONSIBLE_PLATFORM'
  | 'TICKET.NOT_A_DESK_REQUEST'
  | 'TICKET.DISPATCH_REASON_MISSING'
  | 'TICKET.DANGEROUS_MATTER'
  | 'TICKET.NOT_AT_DESK'
  | 'TICKET.ALREADY_DISPATCHED'
  | 'TICKET.KNOWLEDGE_UNPUBLISHED'
  | 'TICKET.SPECIAL_LINE_CLOSED';

/** A broken ticket rule, with a dotted code such as `TICKET.INVALID_TRANSITION`. */
export class TicketError extends Error {
  constructor(
    readonly code: TicketErrorCode,
    readonly kind: TicketErrorKind,
    message: string,
    /** The request field at fault, when there is one. */
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = 'TicketError';
  }

  static notFound(ticketId: string): TicketError {
    return new TicketError('TICKET.NOT_FOUND', 'not-found', `ticket ${ticketId} does not exist`);
  }

  /** A status change the machine does not allow; the message names both statuses. */
  static invalidTransition(from: TicketStatus, to: TicketStatus, why: string): TicketError {
    return new TicketError('TICKET.INVALID_TRANSITION', 'conflict', `ticket cannot go from ${from} to ${to}: ${why}`);
  }

  /** The actor's organisation is not the platform responsible for the ticket; the message names that platform. */
  static notOwner(organisation: string, responsible: string, command: string): TicketError {
    return new TicketError(
      'TICKET.NOT_OWNER',
      'forbidden',
      `only ${responsible}, the platform responsible for this ticket, may ${command} this ticket, not ${organisation}`,
    );
  }
}

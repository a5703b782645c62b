/** How a broken ticket rule is classified; the edge maps it to HTTP or to a dead letter. */
export type TicketErrorKind = 'invalid' | 'not-found' | 'conflict' | 'unprocessable';

export type TicketErrorCode = 'TICKET.NOT_FOUND' | 'TICKET.INVALID_TRANSITION' | 'TICKET.AGENT_REQUIRED' | 'TICKET.AGENCY_MISMATCH';

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
}

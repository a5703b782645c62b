import { Injectable } from '@nestjs/common';
import { possibleDuplicatesOf } from './domain/duplicates.js';
import { TicketError } from './domain/ticket-error.js';
import { TicketRepository } from './ticket.repository.js';
import { ticketViewOf, type TicketView } from './ticket-view.dto.js';

/** One ticket with its whole timeline and its possible duplicates, caller masked. */
@Injectable()
export class GetTicketHandler {
  constructor(private readonly tickets: TicketRepository) {}

  async get(id: string): Promise<TicketView> {
    const found = await this.tickets.findWithTimeline(id);
    if (!found) throw TicketError.notFound(id);
    const { ticket, timeline } = found;
    const sameCaller = ticket.callerFingerprint ? await this.tickets.sameCaller(ticket.callerFingerprint) : [];
    return ticketViewOf(ticket, timeline, possibleDuplicatesOf(ticket, sameCaller), new Date());
  }
}

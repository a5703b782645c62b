import { Injectable } from '@nestjs/common';
import { TicketError } from './domain/ticket-error.js';
import { TicketRepository } from './ticket.repository.js';
import { ticketViewOf, type TicketView } from './ticket-view.dto.js';

/** One ticket with its whole timeline, caller masked. */
@Injectable()
export class GetTicketHandler {
  constructor(private readonly tickets: TicketRepository) {}

  async get(id: string): Promise<TicketView> {
    const found = await this.tickets.findWithTimeline(id);
    if (!found) throw TicketError.notFound(id);
    return ticketViewOf(found.ticket, found.timeline);
  }
}

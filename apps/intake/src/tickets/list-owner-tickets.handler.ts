import { Injectable } from '@nestjs/common';
import type { OwnerTicketsQueryDto } from './ticket.dto.js';
import { TicketRepository } from './ticket.repository.js';
import { ownerTicketViewOf, type OwnerTicketPageView } from './ticket-view.dto.js';

/**
 * The first-contact owner's view (首问负责制): every ticket it received first that is not closed
 * or merged, longest-waiting first, with whom it waits for and how long each body had it.
 */
@Injectable()
export class ListOwnerTicketsHandler {
  constructor(private readonly tickets: TicketRepository) {}

  async list(query: OwnerTicketsQueryDto): Promise<OwnerTicketPageView> {
    const { tickets, total } = await this.tickets.ownedOpen(
      { organisation: query.organisation, ...(query.agent === undefined ? {} : { agent: query.agent }) },
      { offset: (query.page - 1) * query.pageSize, limit: query.pageSize },
    );
    const now = new Date();
    return { items: tickets.map((ticket) => ownerTicketViewOf(ticket, now)), page: query.page, pageSize: query.pageSize, total };
  }
}

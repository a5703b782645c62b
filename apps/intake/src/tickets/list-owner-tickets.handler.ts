import { Injectable } from '@nestjs/common';
import { AccessDeniedError, type Principal } from '@legal-hotline/auth';
import type { OwnerTicketsQueryDto } from './ticket.dto.js';
import { TicketRepository } from './ticket.repository.js';
import { ownerTicketViewOf, type OwnerTicketPageView } from './ticket-view.dto.js';

/**
 * The owner's view (首问负责制) of the principal's own organisation: every ticket it is
 * responsible for (those it received first, and partners' forwards it answers) that is not
 * closed or merged, longest-waiting first, with whom it waits for and how long each body had
 * it; with `mine`, only those the principal received.
 */
@Injectable()
export class ListOwnerTicketsHandler {
  constructor(private readonly tickets: TicketRepository) {}

  async list(query: OwnerTicketsQueryDto, principal: Principal): Promise<OwnerTicketPageView> {
    if (!principal.organisation) throw AccessDeniedError.noOrganisation();
    const { tickets, total } = await this.tickets.ownedOpen(
      { organisationId: principal.organisation.id, ...(query.mine === true ? { agentId: principal.subject } : {}) },
      { offset: (query.page - 1) * query.pageSize, limit: query.pageSize },
    );
    const now = new Date();
    return { items: tickets.map((ticket) => ownerTicketViewOf(ticket, now)), page: query.page, pageSize: query.pageSize, total };
  }
}

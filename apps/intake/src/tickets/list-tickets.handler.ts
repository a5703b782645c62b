import { Injectable } from '@nestjs/common';
import type { Principal } from '@legal-hotline/auth';
import { CodedError } from '@legal-hotline/service-runtime';
import { isEmptyScope, ticketScopeOf } from './domain/ticket-access.js';
import type { ListTicketsQueryDto } from './ticket.dto.js';
import { TicketRepository } from './ticket.repository.js';
import { ticketSummaryViewOf, type TicketPageView } from './ticket-view.dto.js';

/**
 * A page of the tickets the principal may read that match the filters, newest first. The list
 * is filtered by the principal's scope, never refused: someone who may read nothing gets none.
 */
@Injectable()
export class ListTicketsHandler {
  constructor(private readonly tickets: TicketRepository) {}

  async list(query: ListTicketsQueryDto, principal: Principal): Promise<TicketPageView> {
    const openedFrom = query.openedFrom === undefined ? undefined : new Date(query.openedFrom);
    const openedTo = query.openedTo === undefined ? undefined : new Date(query.openedTo);
    if (openedFrom && openedTo && openedFrom >= openedTo) {
      throw new CodedError('TICKETS.EMPTY_PERIOD', 'invalid', 'openedTo must be later than openedFrom', 'openedTo');
    }
    const scope = ticketScopeOf(principal);
    if (isEmptyScope(scope)) return { items: [], page: query.page, pageSize: query.pageSize, total: 0 };
    const { tickets, total } = await this.tickets.list(
      {
        status: query.status,
        requestType: query.requestType,
        legalCategory: query.legalCategory,
        regionCodePrefix: query.regionCode,
        firstContactPlatform: query.firstContactPlatform,
        channel: query.channel,
        openedFrom,
        openedTo,
        watcher: query.watcher,
      },
      scope,
      { offset: (query.page - 1) * query.pageSize, limit: query.pageSize },
    );
    return { items: tickets.map(ticketSummaryViewOf), page: query.page, pageSize: query.pageSize, total };
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { toRoutingDecisionView, type TicketRoutingDecisions } from './routing-decision.dto.js';
import { RoutingDecisionEntity } from './routing-decision.entity.js';

/** Reads of routing decisions; they change nothing and emit nothing. */
@Injectable()
export class RoutingDecisionQueries {
  constructor(private readonly dataSource: DataSource) {}

  async forTicket(ticketId: string): Promise<TicketRoutingDecisions> {
    const rows = await this.dataSource.getRepository(RoutingDecisionEntity).find({
      where: { ticketId },
      order: { decidedAt: 'ASC', id: 'ASC' },
    });
    return { ticketId, items: rows.map(toRoutingDecisionView) };
  }
}

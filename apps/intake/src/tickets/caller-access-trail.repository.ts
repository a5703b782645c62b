import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CallerAccessRecordEntity } from './caller-access-record.entity.js';
import type { CallerAccessRecord } from './domain/caller-access-record.js';
import type { TicketScope } from './domain/ticket-access.js';
import { TicketEntity } from './ticket.entity.js';
import { withinScope } from './ticket.repository.js';

export interface AccessTrailFilter {
  ticketId?: string;
  /** Read at or after. */
  since?: Date;
}

/** The access trail of the callers' personal data: reads in full and searches by phone. */
@Injectable()
export class CallerAccessTrailRepository {
  constructor(private readonly dataSource: DataSource) {}

  async record(manager: EntityManager, ...records: CallerAccessRecord[]): Promise<void> {
    if (records.length > 0) await manager.insert(CallerAccessRecordEntity, records);
  }

  /** One page of the accesses to tickets within `scope`, newest first, and how many match in all. */
  async list(filter: AccessTrailFilter, scope: TicketScope, page: { offset: number; limit: number }): Promise<{ records: CallerAccessRecord[]; total: number }> {
    const query = this.dataSource.manager.createQueryBuilder(CallerAccessRecordEntity, 'r').innerJoin(TicketEntity, 't', 't.id = r.ticketId');
    withinScope(query, scope);
    if (filter.ticketId) query.andWhere('r.ticketId = :ticketId', { ticketId: filter.ticketId });
    if (filter.since) query.andWhere('r.accessedAt >= :since', { since: filter.since });
    const [rows, total] = await query.orderBy('r.accessedAt', 'DESC').addOrderBy('r.id', 'DESC').offset(page.offset).limit(page.limit).getManyAndCount();
    return { records: rows, total };
  }
}

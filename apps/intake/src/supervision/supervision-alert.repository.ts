import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AlertKind, EventEnvelope, SupervisionAlertRaisedV1 } from '@legal-hotline/contracts';
import type { TicketScope } from '../tickets/domain/ticket-access.js';
import { TicketEntity } from '../tickets/ticket.entity.js';
import { withinScope } from '../tickets/ticket.repository.js';
import { SupervisionAlertEntity } from './supervision-alert.entity.js';

export interface AlertFilter {
  kind?: AlertKind;
  ticketId?: string;
  /** Raised at or after. */
  since?: Date;
}

/** All reads and writes of stored supervision alerts. */
@Injectable()
export class SupervisionAlertRepository {
  constructor(private readonly dataSource: DataSource) {}

  async record(manager: EntityManager, event: EventEnvelope<'supervision.alert-raised.v1', SupervisionAlertRaisedV1>): Promise<void> {
    const { alertId, ticketId, kind, severity, message, agencyId, raisedAt } = event.data;
    await manager
      .createQueryBuilder()
      .insert()
      .into(SupervisionAlertEntity)
      .values({ eventId: event.id, alertId, ticketId, kind, severity, message, agencyId, source: event.source, raisedAt: new Date(raisedAt) })
      .orIgnore()
      .execute();
  }

  /**
   * One page of the alerts about tickets within `scope` (by the ticket's region), newest first,
   * and how many match in all. Alerts about tickets intake does not know are in nobody's scope.
   */
  async list(filter: AlertFilter, scope: TicketScope, page: { offset: number; limit: number }): Promise<{ alerts: SupervisionAlertEntity[]; total: number }> {
    const query = this.dataSource.manager.createQueryBuilder(SupervisionAlertEntity, 'a').innerJoin(TicketEntity, 't', 't.id = a.ticketId');
    withinScope(query, scope);
    if (filter.kind) query.andWhere('a.kind = :kind', { kind: filter.kind });
    if (filter.ticketId) query.andWhere('a.ticketId = :ticketId', { ticketId: filter.ticketId });
    if (filter.since) query.andWhere('a.raisedAt >= :since', { since: filter.since });
    const [alerts, total] = await query.orderBy('a.raisedAt', 'DESC').addOrderBy('a.eventId', 'DESC').offset(page.offset).limit(page.limit).getManyAndCount();
    return { alerts, total };
  }
}

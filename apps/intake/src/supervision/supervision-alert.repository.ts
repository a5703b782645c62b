import { Injectable } from '@nestjs/common';
import { DataSource, MoreThanOrEqual, type EntityManager, type FindOptionsWhere } from 'typeorm';
import type { AlertKind, EventEnvelope, SupervisionAlertRaisedV1 } from '@legal-hotline/contracts';
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

  /** One page of alerts, newest first, and how many match in all. */
  async list(filter: AlertFilter, page: { offset: number; limit: number }): Promise<{ alerts: SupervisionAlertEntity[]; total: number }> {
    const where: FindOptionsWhere<SupervisionAlertEntity> = {};
    if (filter.kind) where.kind = filter.kind;
    if (filter.ticketId) where.ticketId = filter.ticketId;
    if (filter.since) where.raisedAt = MoreThanOrEqual(filter.since);
    const [alerts, total] = await this.dataSource.manager.findAndCount(SupervisionAlertEntity, {
      where,
      order: { raisedAt: 'DESC', eventId: 'DESC' },
      skip: page.offset,
      take: page.limit,
    });
    return { alerts, total };
  }
}

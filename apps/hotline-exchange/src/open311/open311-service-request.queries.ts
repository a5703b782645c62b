import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { AuthenticatedPartner } from '../partners/domain/partner-key.js';
import { PartnerCaseUpdateEntity } from '../partner-cases/partner-case-update.entity.js';
import { PartnerCaseEntity } from '../partner-cases/partner-case.entity.js';
import { Open311Error } from './domain/open311-error.js';
import type { ServiceRequestFilter } from './domain/service-request-filter.js';
import { serviceRequestOf, type Open311ServiceRequest, type TrackedCase } from './domain/service-request-view.js';
import { Open311ServiceRequestEntity } from './open311-service-request.entity.js';

/**
 * Reads a partner's cases for Open311, always scoped to the partner that forwarded them, from the
 * partner case view and the services recorded for Open311.
 */
@Injectable()
export class Open311ServiceRequestQueries {
  constructor(private readonly dataSource: DataSource) {}

  async get(partner: AuthenticatedPartner, ticketId: string): Promise<Open311ServiceRequest> {
    const [found] = await this.search(partner, { kind: 'ids', ticketIds: [ticketId] });
    // Another partner's case answers exactly like a missing one, so its existence does not leak.
    if (!found)
      throw new Open311Error('OPEN311.NOT_FOUND', 404, 'no such service request among yours', 'service_request_id');
    return found;
  }

  async search(partner: AuthenticatedPartner, filter: ServiceRequestFilter): Promise<Open311ServiceRequest[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(PartnerCaseEntity, 'c')
      .where('c.partnerCode = :partner', { partner: partner.code });
    if (filter.kind === 'ids') {
      query.andWhere('c.ticketId IN (:...ids)', { ids: filter.ticketIds });
    } else {
      if (filter.serviceCodes) {
        query.innerJoin(Open311ServiceRequestEntity, 's', 's.ticketId = c.ticketId AND s.serviceCode IN (:...codes)', {
          codes: filter.serviceCodes,
        });
      }
      if (filter.statuses) query.andWhere('c.status IN (:...statuses)', { statuses: filter.statuses });
      if (filter.requestedFrom)
        query.andWhere('c.receivedAt >= :requestedFrom', { requestedFrom: filter.requestedFrom });
      if (filter.requestedTo) query.andWhere('c.receivedAt <= :requestedTo', { requestedTo: filter.requestedTo });
      if (filter.updatedFrom) query.andWhere('c.updatedAt >= :updatedFrom', { updatedFrom: filter.updatedFrom });
      if (filter.updatedBefore) query.andWhere('c.updatedAt < :updatedBefore', { updatedBefore: filter.updatedBefore });
      const direction = filter.order === 'oldest-change-first' ? 'ASC' : 'DESC';
      query.orderBy('c.updatedAt', direction).addOrderBy('c.ticketId', direction).limit(filter.limit);
    }
    const rows = await query.getMany();
    const tracked = await this.tracked(rows);
    if (filter.kind === 'ids') {
      // In the order the partner named them.
      const position = new Map(filter.ticketIds.map((id, index) => [id, index]));
      tracked.sort((a, b) => position.get(a.ticketId)! - position.get(b.ticketId)!);
    }
    return tracked.map(serviceRequestOf);
  }

  private async tracked(rows: PartnerCaseEntity[]): Promise<TrackedCase[]> {
    if (rows.length === 0) return [];
    const ticketIds = rows.map((row) => row.ticketId);
    const [services, updates] = await Promise.all([
      this.dataSource.manager.find(Open311ServiceRequestEntity, { where: { ticketId: In(ticketIds) } }),
      this.dataSource.manager.find(PartnerCaseUpdateEntity, {
        where: { ticketId: In(ticketIds) },
        order: { at: 'ASC', id: 'ASC' },
      }),
    ]);
    const serviceOf = new Map(services.map((service) => [service.ticketId, service.serviceCode]));
    const updatesOf = new Map<string, TrackedCase['updates']>();
    for (const update of updates) {
      const list = updatesOf.get(update.ticketId) ?? [];
      list.push({ at: update.at, status: update.status, note: update.note });
      updatesOf.set(update.ticketId, list);
    }
    return rows.map((row) => ({
      ticketId: row.ticketId,
      ticketNumber: row.ticketNumber,
      partnerReference: row.partnerReference,
      status: row.status,
      handlerName: row.handlerName,
      receivedAt: row.receivedAt,
      updatedAt: row.updatedAt,
      serviceCode: serviceOf.get(row.ticketId) ?? null,
      updates: updatesOf.get(row.ticketId) ?? [],
    }));
  }
}

import { Injectable } from '@nestjs/common';
import { SupervisionAlertRepository } from './supervision-alert.repository.js';
import { alertViewOf, type ListAlertsQueryDto, type SupervisionAlertPageView } from './supervision-alert.dto.js';

/** A page of supervision alerts matching the filters, newest first. */
@Injectable()
export class ListAlertsHandler {
  constructor(private readonly alerts: SupervisionAlertRepository) {}

  async list(query: ListAlertsQueryDto): Promise<SupervisionAlertPageView> {
    const { alerts, total } = await this.alerts.list(
      {
        ...(query.kind ? { kind: query.kind } : {}),
        ...(query.ticketId ? { ticketId: query.ticketId } : {}),
        ...(query.since ? { since: new Date(query.since) } : {}),
      },
      { offset: (query.page - 1) * query.pageSize, limit: query.pageSize },
    );
    return { items: alerts.map(alertViewOf), page: query.page, pageSize: query.pageSize, total };
  }
}

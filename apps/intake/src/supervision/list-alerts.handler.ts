import { Injectable } from '@nestjs/common';
import type { Principal } from '@legal-hotline/auth';
import { areaScopeOf, isEmptyScope } from '../tickets/domain/ticket-access.js';
import { SupervisionAlertRepository } from './supervision-alert.repository.js';
import { alertViewOf, type ListAlertsQueryDto, type SupervisionAlertPageView } from './supervision-alert.dto.js';

/** A page of the supervision alerts about tickets in the supervisor's area, newest first; filtered, never refused. */
@Injectable()
export class ListAlertsHandler {
  constructor(private readonly alerts: SupervisionAlertRepository) {}

  async list(query: ListAlertsQueryDto, principal: Principal): Promise<SupervisionAlertPageView> {
    const scope = areaScopeOf(principal);
    if (isEmptyScope(scope)) return { items: [], page: query.page, pageSize: query.pageSize, total: 0 };
    const { alerts, total } = await this.alerts.list(
      {
        ...(query.kind ? { kind: query.kind } : {}),
        ...(query.ticketId ? { ticketId: query.ticketId } : {}),
        ...(query.since ? { since: new Date(query.since) } : {}),
      },
      scope,
      { offset: (query.page - 1) * query.pageSize, limit: query.pageSize },
    );
    return { items: alerts.map(alertViewOf), page: query.page, pageSize: query.pageSize, total };
  }
}

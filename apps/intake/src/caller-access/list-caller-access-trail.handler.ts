import { Injectable } from '@nestjs/common';
import type { Principal } from '@legal-hotline/auth';
import { CallerAccessTrailRepository } from '../tickets/caller-access-trail.repository.js';
import { areaScopeOf, isEmptyScope } from '../tickets/domain/ticket-access.js';
import { accessTrailRecordViewOf, type AccessTrailPageView, type AccessTrailQueryDto } from './caller-access.dto.js';

/** A page of the accesses to callers' data (reads in full, searches by phone) of tickets in the supervisor's area, newest first; filtered, never refused. */
@Injectable()
export class ListCallerAccessTrailHandler {
  constructor(private readonly trail: CallerAccessTrailRepository) {}

  async list(query: AccessTrailQueryDto, principal: Principal): Promise<AccessTrailPageView> {
    const scope = areaScopeOf(principal);
    if (isEmptyScope(scope)) return { items: [], page: query.page, pageSize: query.pageSize, total: 0 };
    const { records, total } = await this.trail.list(
      { ...(query.ticketId ? { ticketId: query.ticketId } : {}), ...(query.since ? { since: new Date(query.since) } : {}) },
      scope,
      { offset: (query.page - 1) * query.pageSize, limit: query.pageSize },
    );
    return { items: records.map(accessTrailRecordViewOf), page: query.page, pageSize: query.pageSize, total };
  }
}

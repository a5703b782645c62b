import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '@legal-hotline/auth';
import type { CorrelationContext } from '@legal-hotline/observability';
import { CodedError } from '@legal-hotline/service-runtime';
import { CallerAccessTrailRepository } from './caller-access-trail.repository.js';
import { callerAccessRecordOf } from './domain/caller-access-record.js';
import { phoneHashOf } from './domain/caller-fingerprint.js';
import { isEmptyScope, phoneSearchScopeOf, ticketScopeOf, type TicketScope } from './domain/ticket-access.js';
import { ticketNumberSearchOf } from './domain/ticket-number.js';
import type { Ticket } from './domain/ticket.js';
import type { ListTicketsQueryDto } from './ticket.dto.js';
import { TicketRepository } from './ticket.repository.js';
import { ticketSummaryViewOf, type TicketPageView } from './ticket-view.dto.js';
import { TicketsSettings } from './tickets-settings.js';

/**
 * A page of the tickets the principal may read that match the filters, newest first. The list
 * is filtered by the principal's scope, never refused: someone who may read nothing gets none.
 * The one exception is a search by the caller's phone, a lookup of personal data: only agents
 * and leads may make it, among their own organisation's tickets, and each ticket it shows is
 * written to the access trail; a trail that cannot be written leaves the search unanswered.
 */
@Injectable()
export class ListTicketsHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tickets: TicketRepository,
    private readonly trail: CallerAccessTrailRepository,
    private readonly settings: TicketsSettings,
  ) {}

  async list(
    query: ListTicketsQueryDto,
    principal: Principal,
    correlation: CorrelationContext,
  ): Promise<TicketPageView> {
    const openedFrom = query.openedFrom === undefined ? undefined : new Date(query.openedFrom);
    const openedTo = query.openedTo === undefined ? undefined : new Date(query.openedTo);
    if (openedFrom && openedTo && openedFrom >= openedTo) {
      throw new CodedError('TICKETS.EMPTY_PERIOD', 'invalid', 'openedTo must be later than openedFrom', 'openedTo');
    }
    const byPhone = query.callerPhone !== undefined;
    const scope = byPhone ? phoneSearchScope(principal) : ticketScopeOf(principal);
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
        handling: query.handling,
        followUpSampled: query.followUpSampled,
        followUpRecorded: query.followUpRecorded,
        ...(query.ticketNumber === undefined ? {} : { ticketNumber: ticketNumberSearchOf(query.ticketNumber) }),
        ...(query.callerPhone === undefined
          ? {}
          : { callerPhoneHash: phoneHashOf(query.callerPhone, this.settings.callerHashKey) }),
      },
      scope,
      { offset: (query.page - 1) * query.pageSize, limit: query.pageSize },
    );
    if (byPhone) await this.recordSearch(tickets, principal, correlation);
    return { items: tickets.map(ticketSummaryViewOf), page: query.page, pageSize: query.pageSize, total };
  }

  /** One trail record per ticket shown: whose caller was found by phone, by whom, when. */
  private async recordSearch(
    found: readonly Ticket[],
    principal: Principal,
    correlation: CorrelationContext,
  ): Promise<void> {
    const organisation = principal.organisation;
    // The search scope is the organisation's own tickets: without one, nothing was found.
    if (!organisation) return;
    const now = new Date();
    const records = found.map((ticket) =>
      callerAccessRecordOf({ ...principal, organisation }, ticket.id, ['phone'], 'search', {
        id: randomUUID(),
        now,
        correlationId: correlation.correlationId,
      }),
    );
    await this.trail.record(this.dataSource.manager, ...records);
  }
}

function phoneSearchScope(principal: Principal): TicketScope {
  const scope = phoneSearchScopeOf(principal);
  if (!scope) {
    throw new CodedError(
      'PII.NOT_ENTITLED',
      'forbidden',
      'callerPhone: only hotline agents and leads search by the caller’s phone, among the tickets their organisation is responsible for; search by ticket number instead',
      'callerPhone',
    );
  }
  return scope;
}

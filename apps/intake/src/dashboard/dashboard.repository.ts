import { Injectable } from '@nestjs/common';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import type { Channel, LegalCategory, Satisfaction, TicketStatus } from '@legal-hotline/contracts';
import type { TicketScope } from '../tickets/domain/ticket-access.js';
import { FollowUpCallEntity } from '../tickets/follow-up-call.entity.js';
import { TicketEntity } from '../tickets/ticket.entity.js';
import { withinScope } from '../tickets/ticket.repository.js';
import { CLOSED_TICKET_STATUSES, NO_OPENED_TICKETS, type OpenedTicketCounts } from './domain/ticket-figures.js';

/** Which tickets are counted: within a scope, opened (or called back) in [start, end), in a region. */
export interface FigureSelection {
  scope: TicketScope;
  start: Date;
  end: Date;
  /** Leading digits of the region code; null for every region. */
  regionPrefix: string | null;
}

/** The Asia/Shanghai calendar day of the opening, YYYY-MM-DD. */
const OPENING_DAY = `to_char(t.openedAt AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD')`;
const FLAGGED = (flag: string) => `t.flags @> '{"${flag}": true}'::jsonb`;

/**
 * The dashboard's figures, each aggregated in one SQL statement (GROUP BY, FILTER): no ticket is
 * loaded. The opening time is served by `tickets_opened_at_idx`, an owner lead's tickets by
 * `tickets_responsible_idx`, a region by `tickets_region_code_prefix_idx`.
 */
@Injectable()
export class DashboardRepository {
  constructor(private readonly dataSource: DataSource) {}

  async ticketsPerDay(selection: FigureSelection): Promise<{ date: string; channel: Channel; count: number }[]> {
    return this.openedTickets(selection)
      .select(OPENING_DAY, 'date')
      .addSelect('t.channel', 'channel')
      .addSelect('count(*)::int', 'count')
      .groupBy(OPENING_DAY)
      .addGroupBy('t.channel')
      .orderBy(OPENING_DAY)
      .addOrderBy('t.channel')
      .getRawMany();
  }

  /** Tickets per region and legal category, the region named by the first `digits` digits of its code. */
  async byRegionAndCategory(
    selection: FigureSelection,
    digits: number,
  ): Promise<{ leadingDigits: string; legalCategory: LegalCategory; count: number }[]> {
    const region = `left(t.regionCode, ${Number(digits)})`;
    return this.openedTickets(selection)
      .select(region, 'leadingDigits')
      .addSelect('t.legalCategory', 'legalCategory')
      .addSelect('count(*)::int', 'count')
      .groupBy(region)
      .addGroupBy('t.legalCategory')
      .orderBy(region)
      .addOrderBy('t.legalCategory')
      .getRawMany();
  }

  async openedCounts(selection: FigureSelection): Promise<OpenedTicketCounts> {
    const row = await this.openedTickets(selection)
      .select('count(*)::int', 'opened')
      .addSelect('(count(*) FILTER (WHERE t.status IN (:...closedStatuses)))::int', 'closed')
      .addSelect(`(count(*) FILTER (WHERE t.priority = 'urgent'))::int`, 'urgent')
      .addSelect(`(count(*) FILTER (WHERE ${FLAGGED('dangerous')}))::int`, 'dangerous')
      .addSelect(
        `(count(*) FILTER (WHERE ${FLAGGED('migrantWorkerWageClaim')} OR ${FLAGGED('veteran')}))::int`,
        'greenChannel',
      )
      .addSelect(`(count(*) FILTER (WHERE ${FLAGGED('migrantWorkerWageClaim')}))::int`, 'migrantWorkerWageClaims')
      .addSelect(`(count(*) FILTER (WHERE ${FLAGGED('veteran')}))::int`, 'veterans')
      .setParameter('closedStatuses', CLOSED_TICKET_STATUSES)
      .getRawOne<OpenedTicketCounts>();
    return row ?? NO_OPENED_TICKETS;
  }

  async byStatus(selection: FigureSelection): Promise<{ status: TicketStatus; count: number }[]> {
    return this.openedTickets(selection)
      .select('t.status', 'status')
      .addSelect('count(*)::int', 'count')
      .groupBy('t.status')
      .getRawMany();
  }

  /** Follow-up calls recorded in the period, of tickets in the scope and region whenever they were opened. */
  async followUpsBySatisfaction(selection: FigureSelection): Promise<{ satisfaction: Satisfaction; count: number }[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(FollowUpCallEntity, 'f')
      .innerJoin(TicketEntity, 't', 't.id = f.ticketId')
      .where('f.recordedAt >= :start AND f.recordedAt < :end', { start: selection.start, end: selection.end });
    return this.inScopeAndRegion(query, selection)
      .select('f.satisfaction', 'satisfaction')
      .addSelect('count(*)::int', 'count')
      .groupBy('f.satisfaction')
      .getRawMany();
  }

  private openedTickets(selection: FigureSelection): SelectQueryBuilder<TicketEntity> {
    const query = this.dataSource.manager
      .createQueryBuilder(TicketEntity, 't')
      .where('t.openedAt >= :start AND t.openedAt < :end', { start: selection.start, end: selection.end });
    return this.inScopeAndRegion(query, selection);
  }

  private inScopeAndRegion<T extends object>(
    query: SelectQueryBuilder<T>,
    selection: FigureSelection,
  ): SelectQueryBuilder<T> {
    if (selection.regionPrefix !== null)
      query.andWhere('t.regionCode LIKE :regionPrefix', { regionPrefix: `${selection.regionPrefix}%` });
    return withinScope(query, selection.scope);
  }
}

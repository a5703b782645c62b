import { Injectable } from '@nestjs/common';
import { AccessDeniedError, type Principal } from '@legal-hotline/auth';
import { RegionCatalog } from '@legal-hotline/regions';
import { reportingPeriodOf } from '@legal-hotline/business-calendar';
import { CodedError } from '@legal-hotline/service-runtime';
import { isEmptyScope } from '../tickets/domain/ticket-access.js';
import { DashboardRepository, type FigureSelection } from './dashboard.repository.js';
import type {
  DashboardQueryDto,
  DashboardSummaryView,
  RegionBreakdownView,
  TicketsPerDayView,
} from './dashboard.dto.js';
import { asksOutsideArea, dashboardScopeOf, regionPrefixOfQuery, supervisedAreaOf } from './domain/dashboard-scope.js';
import { drillDownOf, rowRegionCodeOf, type DrillDown } from './domain/region-drill-down.js';
import { NO_OPENED_TICKETS, ticketSummaryOf } from './domain/ticket-figures.js';

/**
 * The dashboard's figures over the tickets the principal may count: a supervisor its area, an
 * owner lead its organisation's. Filtered, never refused, except a supervisor asking for a
 * region outside its area (403) and a malformed period or region (400).
 */
@Injectable()
export class ReadDashboardFiguresHandler {
  constructor(
    private readonly figures: DashboardRepository,
    private readonly catalog: RegionCatalog,
  ) {}

  async ticketsPerDay(query: DashboardQueryDto, principal: Principal): Promise<TicketsPerDayView> {
    const { period, selection } = this.selectionOf(query, principal);
    const days = selection ? await this.figures.ticketsPerDay(selection) : [];
    return { from: period.from, to: period.to, days };
  }

  async regions(query: DashboardQueryDto, principal: Principal): Promise<RegionBreakdownView> {
    const { period, selection, regionPrefix, scope } = this.selectionOf(query, principal);
    // Without a region, a supervisor starts at its own area (a township area at its county).
    const start = regionPrefix ?? supervisedAreaOf(principal, scope)?.slice(0, 6) ?? null;
    const drill = this.drillDownOf(start);
    const rows = selection ? await this.figures.byRegionAndCategory(selection, drill.digits) : [];
    return {
      from: period.from,
      to: period.to,
      level: drill.level,
      parentCode: drill.parentCode,
      rows: rows.map((row) => {
        const regionCode = rowRegionCodeOf(row.leadingDigits, drill);
        return {
          regionCode,
          regionName: this.catalog.lookup(regionCode)?.name ?? null,
          legalCategory: row.legalCategory,
          count: row.count,
        };
      }),
    };
  }

  async summary(query: DashboardQueryDto, principal: Principal): Promise<DashboardSummaryView> {
    const { period, selection } = this.selectionOf(query, principal);
    const [counts, byStatus, bySatisfaction] = selection
      ? await Promise.all([
          this.figures.openedCounts(selection),
          this.figures.byStatus(selection),
          this.figures.followUpsBySatisfaction(selection),
        ])
      : [NO_OPENED_TICKETS, [], []];
    return { from: period.from, to: period.to, ...ticketSummaryOf(counts, byStatus, bySatisfaction) };
  }

  /** The period and the tickets to count; `selection` is null when the principal may count none. */
  private selectionOf(query: DashboardQueryDto, principal: Principal) {
    const outcome = reportingPeriodOf({ from: query.from, to: query.to }, new Date());
    if (!outcome.ok) throw new CodedError(outcome.problem.code, 'invalid', outcome.problem.message, outcome.problem.field);
    const { period } = outcome;
    const scope = dashboardScopeOf(principal);
    const regionPrefix = query.regionCode === undefined ? null : regionPrefixOfQuery(query.regionCode);
    if (asksOutsideArea(principal, scope, regionPrefix)) {
      throw AccessDeniedError.outsideArea(`region ${query.regionCode}`);
    }
    const selection: FigureSelection | null = isEmptyScope(scope)
      ? null
      : { scope, start: period.startsAt, end: period.endsBefore, regionPrefix };
    return { period, selection, regionPrefix, scope };
  }

  private drillDownOf(prefix: string | null): DrillDown {
    const drill = drillDownOf(prefix, (cityCode) => this.catalog.lookup(cityCode)?.directlyGovernsTownships === true);
    if (!drill) {
      throw new CodedError(
        'DASHBOARD.NO_LEVEL_BELOW',
        'invalid',
        'regionCode must name a province (44 or 440000), a city (4406 or 440600) or a county (440605) to break down by the level below',
        'regionCode',
      );
    }
    return drill;
  }
}

import { Injectable } from '@nestjs/common';
import type { Principal } from '@legal-hotline/auth';
import { reportingPeriodOf } from '@legal-hotline/business-calendar';
import { CodedError } from '@legal-hotline/service-runtime';
import { dashboardScopeOf } from '../dashboard/domain/dashboard-scope.js';
import { isEmptyScope } from '../tickets/domain/ticket-access.js';
import { statusOf } from './domain/special-line.js';
import { servesRegion } from './domain/special-line-access.js';
import { SpecialLineError } from './domain/special-line-error.js';
import { NO_LINE_TICKETS, reportDaysOf, specialLineReportOf } from './domain/special-line-report.js';
import type {
  ListSpecialLinesQueryDto,
  SpecialLineListView,
  SpecialLineReportQueryDto,
  SpecialLineReportView,
  SpecialLineView,
} from './special-line.dto.js';
import { SpecialLineRepository } from './special-line.repository.js';
import { SpecialLineViews } from './special-line-views.js';

/**
 * Special lines as everyone signed in reads them (agents pick one on the ticket form), and a
 * line's report for supervisors and owner leads, over the tickets each may count: a supervisor
 * its area's, an owner lead its organisation's. Filtered, never refused.
 */
@Injectable()
export class ReadSpecialLinesHandler {
  constructor(
    private readonly lines: SpecialLineRepository,
    private readonly views: SpecialLineViews,
  ) {}

  async list(query: ListSpecialLinesQueryDto): Promise<SpecialLineListView> {
    const now = new Date();
    const lines = (await this.lines.all())
      .filter((line) => query.status === undefined || statusOf(line, now) === query.status)
      .filter((line) => query.regionCode === undefined || servesRegion(line.regionCode, query.regionCode))
      .filter((line) => query.legalCategory === undefined || line.legalCategories.includes(query.legalCategory));
    return { lines: lines.map((line) => this.views.of(line, now)) };
  }

  async get(code: string): Promise<SpecialLineView> {
    const line = await this.lines.get(code);
    if (!line) throw SpecialLineError.notFound(code);
    return this.views.of(line, new Date());
  }

  async report(code: string, query: SpecialLineReportQueryDto, principal: Principal): Promise<SpecialLineReportView> {
    const line = await this.lines.get(code);
    if (!line) throw SpecialLineError.notFound(code);
    const now = new Date();
    const outcome = reportingPeriodOf(reportDaysOf(line, { from: query.from, to: query.to }, now), now);
    if (!outcome.ok)
      throw new CodedError(outcome.problem.code, 'invalid', outcome.problem.message, outcome.problem.field);
    const { period } = outcome;
    const scope = dashboardScopeOf(principal);
    const selection = { code, scope, start: period.startsAt, end: period.endsBefore };
    const counted = !isEmptyScope(scope);
    const [tickets, byStatus, byLegalCategory, bySatisfaction, onlineQuestions, knowledgeSection] = await Promise.all([
      counted ? this.lines.ticketCounts(selection) : NO_LINE_TICKETS,
      counted ? this.lines.byStatus(selection) : [],
      counted ? this.lines.byLegalCategory(selection) : [],
      counted ? this.lines.followUpsBySatisfaction(selection) : [],
      counted ? this.lines.onlineQuestions(selection, now) : null,
      this.lines.knowledgeSection(code),
    ]);
    return {
      code,
      name: line.name,
      from: period.from,
      to: period.to,
      ...specialLineReportOf({ tickets, byStatus, byLegalCategory, bySatisfaction, onlineQuestions, knowledgeSection }),
    };
  }
}

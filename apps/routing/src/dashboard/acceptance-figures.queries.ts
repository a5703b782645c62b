import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessDeniedError, type Principal } from '@legal-hotline/auth';
import type { AgencyType } from '@legal-hotline/contracts';
import { CodedError } from '@legal-hotline/service-runtime';
import { CLOCK, type Clock } from '../routing/clock.js';
import type { AcceptanceFiguresQuery, AcceptanceFiguresRow, AcceptanceFiguresView } from './acceptance-figures.dto.js';
import { figureScopeOf } from './domain/figure-scope.js';
import { reportingPeriodOf } from '@legal-hotline/business-calendar';

interface FiguresRow {
  agency_id: string;
  agency_name: string;
  agency_type: AgencyType;
  region_code: string;
  handed_off: number;
  accepted: number;
  rejected: number;
  pending: number;
  withdrawn: number;
  overdue: number;
  p50: number | null;
  p90: number | null;
  p95: number | null;
}

// Elapsed wall-clock minutes from the hand-off to the body's decision (as the body reported it;
// a body's clock a little behind ours must not make it negative). Pauses are not subtracted.
const DECISION_MINUTES = `greatest(extract(epoch FROM a.decided_at - a.requested_at), 0) / 60`;
const DECIDED = `a.status IN ('accepted', 'rejected')`;

// The deadline passed before a decision: the clock fired (escalated); or the decision or
// withdrawal stopped it after its deadline, before the timer got to it (a stopped clock that was
// running has its final deadline, pauses included); or, for hand-offs older than the clocks, the
// decision came after the deadline first set.
const OVERDUE = `(c.fired_at IS NOT NULL
  OR (c.stopped_at > c.due_at AND c.paused_at IS NULL)
  OR (c.assignment_id IS NULL AND a.decided_at > a.acceptance_deadline))`;

const percentile = (fraction: number) =>
  `percentile_cont(${fraction}) WITHIN GROUP (ORDER BY ${DECISION_MINUTES}) FILTER (WHERE ${DECIDED})`;

// A body's seat is the part of its id after the type: "legal-aid-centre:440605" sits in 440605.
// The directory's name and seat stand when the body is there (it always is: routing creates no
// body at run time and keeps closed ones); the name it was asked under otherwise.
const FIGURES_SQL = `
  SELECT a.agency_id,
         coalesce(g.name, max(a.agency_name)) AS agency_name,
         coalesce(g.type, split_part(a.agency_id, ':', 1)) AS agency_type,
         coalesce(g.region_code, split_part(a.agency_id, ':', 2)) AS region_code,
         count(*)::int AS handed_off,
         count(*) FILTER (WHERE a.status = 'accepted')::int AS accepted,
         count(*) FILTER (WHERE a.status = 'rejected')::int AS rejected,
         count(*) FILTER (WHERE a.status = 'requested')::int AS pending,
         count(*) FILTER (WHERE a.status = 'withdrawn')::int AS withdrawn,
         count(*) FILTER (WHERE ${OVERDUE})::int AS overdue,
         ${percentile(0.5)} AS p50,
         ${percentile(0.9)} AS p90,
         ${percentile(0.95)} AS p95
    FROM assignments a
    LEFT JOIN acceptance_clocks c ON c.assignment_id = a.id
    LEFT JOIN agencies g ON g.id = a.agency_id
   WHERE a.requested_at >= $1 AND a.requested_at < $2
     AND ($3::text IS NULL OR split_part(a.agency_id, ':', 2) LIKE $3)
   GROUP BY a.agency_id, g.id
   ORDER BY region_code, agency_type, a.agency_id`;

/** Acceptance time and overdue rate per body, aggregated in PostgreSQL; reads only. */
@Injectable()
export class AcceptanceFiguresQueries {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async figures(principal: Principal, query: AcceptanceFiguresQuery): Promise<AcceptanceFiguresView> {
    const scope = figureScopeOf(principal, query.regionCode);
    switch (scope.kind) {
      case 'no-area':
        throw AccessDeniedError.noArea();
      case 'outside-area':
        throw AccessDeniedError.outsideArea(`region ${query.regionCode ?? ''}`);
      case 'bodies':
        break;
    }
    const asked = reportingPeriodOf(query, this.clock());
    if (!asked.ok) throw new CodedError(asked.problem.code, 'invalid', asked.problem.message, asked.problem.field);
    const { period } = asked;

    // Digits only (validated): no LIKE escaping needed.
    const rows = await this.dataSource.query<FiguresRow[]>(FIGURES_SQL, [
      period.startsAt,
      period.endsBefore,
      scope.seatPrefix === null ? null : `${scope.seatPrefix}%`,
    ]);
    return { from: period.from, to: period.to, regionCode: scope.regionCode, rows: rows.map(toFiguresRow) };
  }
}

function toFiguresRow(row: FiguresRow): AcceptanceFiguresRow {
  return {
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    agencyType: row.agency_type,
    regionCode: row.region_code,
    handedOff: row.handed_off,
    accepted: row.accepted,
    rejected: row.rejected,
    pending: row.pending,
    withdrawn: row.withdrawn,
    overdue: row.overdue,
    overdueRate: Math.round((row.overdue / row.handed_off) * 10_000) / 10_000,
    p50Minutes: minutes(row.p50),
    p90Minutes: minutes(row.p90),
    p95Minutes: minutes(row.p95),
  };
}

function minutes(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessDeniedError, type Principal } from '@legal-hotline/auth';
import type { OverdueAction } from '../assignments/domain/acceptance-clock.js';
import type { EscalationPage, EscalationState, EscalationView, ListEscalationsQuery } from './acceptance-clock.dto.js';
import { supervisedSeatPrefixOf } from './domain/supervision-scope.js';

interface EscalationRow {
  assignment_id: string;
  ticket_id: string;
  ticket_number: string | null;
  agency_id: string;
  agency_name: string;
  due_at: Date;
  fired_at: Date | null;
  overdue_action: OverdueAction | null;
  paused_at: Date | null;
  pause_reason: string | null;
  status: string;
  total: number;
}

// Each state: which clocks, in which order.
const STATES: Record<EscalationState, { where: string; orderBy: string }> = {
  overdue: { where: 'c.fired_at IS NOT NULL', orderBy: 'c.fired_at DESC, c.assignment_id' },
  paused: { where: 'c.paused_at IS NOT NULL AND c.stopped_at IS NULL AND c.fired_at IS NULL', orderBy: 'c.paused_at, c.assignment_id' },
  running: {
    where: 'c.paused_at IS NULL AND c.stopped_at IS NULL AND c.fired_at IS NULL',
    orderBy: 'c.due_at, c.assignment_id',
  },
};

// A body's seat is the part of its id after the type: "legal-aid-centre:440605" sits in 440605.
const IN_AREA = `split_part(c.agency_id, ':', 2) LIKE $1`;

/** The supervisor's lists of hand-offs by clock state, each supervisor's area only; reads only. */
@Injectable()
export class EscalationQueries {
  constructor(private readonly dataSource: DataSource) {}

  async list(principal: Principal, query: ListEscalationsQuery): Promise<EscalationPage> {
    const prefix = supervisedSeatPrefixOf(principal.area);
    if (prefix === null) throw AccessDeniedError.noArea();
    // Digits only (a well-formed region code's prefix): no LIKE escaping needed.
    const area = `${prefix}%`;
    const { where, orderBy } = STATES[query.state];
    const rows: EscalationRow[] = await this.dataSource.query(
      `SELECT c.assignment_id, c.ticket_id, t.ticket_number, c.agency_id, a.agency_name, c.due_at, c.fired_at,
              c.overdue_action, c.paused_at, c.pause_reason, a.status, count(*) OVER ()::int AS total
       FROM acceptance_clocks c
       JOIN assignments a ON a.id = c.assignment_id
       LEFT JOIN routed_tickets t ON t.ticket_id = c.ticket_id
       WHERE ${where} AND ${IN_AREA}
       ORDER BY ${orderBy}
       LIMIT $2 OFFSET $3`,
      [area, query.pageSize, (query.page - 1) * query.pageSize],
    );
    const total = rows[0]?.total ?? (query.page > 1 ? await this.count(where, area) : 0);
    return { items: rows.map(toEscalationView), page: query.page, pageSize: query.pageSize, total };
  }

  private async count(where: string, area: string): Promise<number> {
    const [row] = await this.dataSource.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM acceptance_clocks c WHERE ${where} AND ${IN_AREA}`, [area]);
    return row?.total ?? 0;
  }
}

function toEscalationView(row: EscalationRow): EscalationView {
  return {
    assignmentId: row.assignment_id,
    ticketId: row.ticket_id,
    ticketNumber: row.ticket_number,
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    acceptanceDeadline: row.due_at.toISOString(),
    overdueAt: row.fired_at?.toISOString() ?? null,
    actionTaken: row.overdue_action,
    pausedAt: row.paused_at?.toISOString() ?? null,
    pauseReason: row.pause_reason,
    assignmentStatus: row.status,
  };
}

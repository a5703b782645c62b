import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { LegalCategory, Satisfaction, TicketStatus } from '@legal-hotline/contracts';
import { CLOSED_TICKET_STATUSES } from '../dashboard/domain/ticket-figures.js';
import type { TicketScope } from '../tickets/domain/ticket-access.js';
import { FollowUpCallEntity } from '../tickets/follow-up-call.entity.js';
import { TicketEntity } from '../tickets/ticket.entity.js';
import { withinScope } from '../tickets/ticket.repository.js';
import type { SpecialLine } from './domain/special-line.js';
import { SpecialLineError } from './domain/special-line-error.js';
import {
  NO_LINE_TICKETS,
  type KnowledgeSectionCounts,
  type LineTicketCounts,
  type OnlineQuestionCounts,
} from './domain/special-line-report.js';
import { SpecialLineEntity } from './special-line.entity.js';

/** Which of a line's tickets a report counts: opened (or called back) in [start, end), within a scope. */
export interface LineSelection {
  code: string;
  scope: TicketScope;
  start: Date;
  end: Date;
}

/**
 * All reads and writes of special lines, and the figures of their reports, each aggregated in
 * one SQL statement. The desk's columns of `tickets` (special_line_code, handling, dispatch,
 * resolved_at_first_contact_at) are named by their column names.
 */
@Injectable()
export class SpecialLineRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Runs `work` in one transaction. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Adds a new line; a code already taken (by an open or a closed line) is refused with 409. */
  async insert(manager: EntityManager, line: SpecialLine): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(SpecialLineEntity)
      .values(line)
      .orIgnore()
      .returning(['code'])
      .execute();
    if ((result.raw as unknown[]).length === 0) throw SpecialLineError.alreadyExists(line.code);
  }

  /** The line, locked until the transaction ends when `forUpdate`. */
  async find(
    manager: EntityManager,
    code: string,
    options: { forUpdate: boolean } = { forUpdate: false },
  ): Promise<SpecialLine | null> {
    const query = manager.createQueryBuilder(SpecialLineEntity, 'l').where('l.code = :code', { code });
    if (options.forUpdate) query.setLock('pessimistic_write');
    return query.getOne();
  }

  get(code: string): Promise<SpecialLine | null> {
    return this.find(this.dataSource.manager, code);
  }

  async save(manager: EntityManager, line: SpecialLine): Promise<void> {
    await manager.update(SpecialLineEntity, { code: line.code }, line);
  }

  /** Every line, newest first. The table holds a few dozen lines at most: callers filter in memory. */
  all(): Promise<SpecialLine[]> {
    return this.dataSource.manager.find(SpecialLineEntity, { order: { startsAt: 'DESC', code: 'ASC' } });
  }

  async ticketCounts(selection: LineSelection): Promise<LineTicketCounts> {
    const row = await this.lineTickets(selection)
      .select('count(*)::int', 'opened')
      .addSelect('(count(*) FILTER (WHERE t.status IN (:...closedStatuses)))::int', 'closed')
      .addSelect('(count(*) FILTER (WHERE t.resolved_at_first_contact_at IS NOT NULL))::int', 'resolvedAtFirstContact')
      .addSelect(`(count(*) FILTER (WHERE t.handling = 'dispatch'))::int`, 'dispatched')
      .addSelect(
        `(count(*) FILTER (WHERE t.handling = 'dispatch' AND t.dispatch IS NOT NULL))::int`,
        'convertedFromDesk',
      )
      .setParameter('closedStatuses', CLOSED_TICKET_STATUSES)
      .getRawOne<LineTicketCounts>();
    return row ?? NO_LINE_TICKETS;
  }

  byStatus(selection: LineSelection): Promise<{ status: TicketStatus; count: number }[]> {
    return this.lineTickets(selection)
      .select('t.status', 'status')
      .addSelect('count(*)::int', 'count')
      .groupBy('t.status')
      .getRawMany();
  }

  byLegalCategory(selection: LineSelection): Promise<{ legalCategory: LegalCategory; count: number }[]> {
    return this.lineTickets(selection)
      .select('t.legalCategory', 'legalCategory')
      .addSelect('count(*)::int', 'count')
      .groupBy('t.legalCategory')
      .getRawMany();
  }

  /** Follow-up calls (回访) recorded in the period, of the line's tickets whenever they were opened. */
  followUpsBySatisfaction(selection: LineSelection): Promise<{ satisfaction: Satisfaction; count: number }[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(FollowUpCallEntity, 'f')
      .innerJoin(TicketEntity, 't', 't.id = f.ticketId')
      .where('t.special_line_code = :code', { code: selection.code })
      .andWhere('f.recordedAt >= :start AND f.recordedAt < :end', { start: selection.start, end: selection.end });
    return withinScope(query, selection.scope)
      .select('f.satisfaction', 'satisfaction')
      .addSelect('count(*)::int', 'count')
      .groupBy('f.satisfaction')
      .getRawMany();
  }

  /**
   * Online questions of the line's tickets opened in the period, answered in time or overdue at
   * `now`; null where the platform has no online question queue (no `online_questions` table).
   */
  async onlineQuestions(selection: LineSelection, now: Date): Promise<OnlineQuestionCounts | null> {
    if (!(await this.tableExists('online_questions'))) return null;
    const row = await this.lineTickets(selection)
      .innerJoin('online_questions', 'q', 'q.ticket_id = t.id')
      .select('count(*)::int', 'asked')
      .addSelect('(count(*) FILTER (WHERE q.answered_at IS NOT NULL))::int', 'answered')
      .addSelect(
        '(count(*) FILTER (WHERE q.answered_at IS NOT NULL AND q.answered_at <= q.due_at))::int',
        'answeredInTime',
      )
      .addSelect('(count(*) FILTER (WHERE q.answered_at IS NULL AND q.due_at < :now))::int', 'overdue')
      .setParameter('now', now)
      .getRawOne<OnlineQuestionCounts>();
    return row ?? { asked: 0, answered: 0, answeredInTime: 0, overdue: 0 };
  }

  /** The line's knowledge section (知识库专区) now; null where the platform has no knowledge base. */
  async knowledgeSection(code: string): Promise<KnowledgeSectionCounts | null> {
    if (!(await this.tableExists('knowledge_entries'))) return null;
    const rows: KnowledgeSectionCounts[] = await this.dataSource.query(
      `SELECT count(*)::int AS entries, (count(*) FILTER (WHERE status = 'published'))::int AS published
         FROM knowledge_entries WHERE special_line_codes @> ARRAY[$1]::text[]`,
      [code],
    );
    return rows[0] ?? { entries: 0, published: 0 };
  }

  private lineTickets(selection: LineSelection): SelectQueryBuilder<TicketEntity> {
    const query = this.dataSource.manager
      .createQueryBuilder(TicketEntity, 't')
      .where('t.special_line_code = :code', { code: selection.code })
      .andWhere('t.openedAt >= :start AND t.openedAt < :end', { start: selection.start, end: selection.end });
    return withinScope(query, selection.scope);
  }

  private async tableExists(table: string): Promise<boolean> {
    const rows: { present: boolean }[] = await this.dataSource.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [
      table,
    ]);
    return rows[0]?.present === true;
  }
}

import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { AcceptanceClockEntity } from './acceptance-clock.entity.js';
import type { AcceptanceClock } from './domain/acceptance-clock.js';

/** Acceptance clocks, inside the caller's transaction. */
@Injectable()
export class AcceptanceClockRepository {
  async insert(manager: EntityManager, clock: AcceptanceClock): Promise<void> {
    await manager.insert(AcceptanceClockEntity, clock);
  }

  find(manager: EntityManager, assignmentId: string): Promise<AcceptanceClockEntity | null> {
    return manager.findOne(AcceptanceClockEntity, { where: { assignmentId } });
  }

  findForUpdate(manager: EntityManager, assignmentId: string): Promise<AcceptanceClockEntity | null> {
    return manager.findOne(AcceptanceClockEntity, { where: { assignmentId }, lock: { mode: 'pessimistic_write' } });
  }

  ofAssignmentsForUpdate(manager: EntityManager, assignmentIds: readonly string[]): Promise<AcceptanceClockEntity[]> {
    if (assignmentIds.length === 0) return Promise.resolve([]);
    return manager.find(AcceptanceClockEntity, {
      where: { assignmentId: In([...assignmentIds]) },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async save(manager: EntityManager, clock: AcceptanceClock): Promise<void> {
    const { dueAt, pausedAt, pauseReason, pausedBy, resumedBy, pausedMs, firedAt, overdueAction, stoppedAt, stopReason } = clock;
    await manager.update(
      AcceptanceClockEntity,
      { assignmentId: clock.assignmentId },
      { dueAt, pausedAt, pauseReason, pausedBy, resumedBy, pausedMs, firedAt, overdueAction, stoppedAt, stopReason },
    );
  }

  /**
   * Claims the running, unfired clock that fell due first, locking its row; clocks another
   * transaction holds are skipped (SKIP LOCKED), so instances share the work without waiting.
   * `skip`: clocks this round already gave up on (their ticket was busy).
   */
  async claimNextDue(
    manager: EntityManager,
    now: Date,
    skip: ReadonlySet<string>,
  ): Promise<{ assignmentId: string; ticketId: string } | null> {
    const [row] = await manager.query<{ assignment_id: string; ticket_id: string }[]>(
      `SELECT assignment_id, ticket_id FROM acceptance_clocks
       WHERE fired_at IS NULL AND stopped_at IS NULL AND paused_at IS NULL AND due_at <= $1
         AND NOT (assignment_id = ANY($2::uuid[]))
       ORDER BY due_at, assignment_id
       LIMIT 1
       FOR UPDATE SKIP LOCKED`,
      [now, [...skip]],
    );
    return row ? { assignmentId: row.assignment_id, ticketId: row.ticket_id } : null;
  }
}

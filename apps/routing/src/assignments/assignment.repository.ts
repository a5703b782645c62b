import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AssignmentEntity } from './assignment.entity.js';
import type { TrackedAssignment } from './domain/assignment.js';

/** The assignments routing made, inside the caller's transaction. */
@Injectable()
export class AssignmentRepository {
  /** Requested (not yet accepted or rejected) assignments per body; bodies without any are absent. */
  async openLoadOf(manager: EntityManager, agencyIds: readonly string[]): Promise<Map<string, number>> {
    if (agencyIds.length === 0) return new Map();
    const rows: { agency_id: string; open: number }[] = await manager.query(
      `SELECT agency_id, count(*)::int AS open FROM assignments
       WHERE status = 'requested' AND agency_id = ANY($1) GROUP BY agency_id`,
      [[...agencyIds]],
    );
    return new Map(rows.map((row) => [row.agency_id, row.open]));
  }

  /** The ticket an assignment belongs to, read without a lock: the caller locks the ticket first. */
  async ticketIdOf(manager: EntityManager, id: string): Promise<string | null> {
    const row = await manager.findOne(AssignmentEntity, { select: { ticketId: true }, where: { id } });
    return row?.ticketId ?? null;
  }

  /** Every hand-off of the ticket, oldest first, locked until the transaction ends. */
  ofTicketForUpdate(manager: EntityManager, ticketId: string): Promise<AssignmentEntity[]> {
    return manager.find(AssignmentEntity, {
      where: { ticketId },
      order: { requestedAt: 'ASC', id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async insert(manager: EntityManager, assignment: TrackedAssignment): Promise<void> {
    await manager.insert(AssignmentEntity, assignment);
  }

  /** The assignment, locked until the transaction ends; null if routing never made it. */
  findForUpdate(manager: EntityManager, id: string): Promise<AssignmentEntity | null> {
    return manager.findOne(AssignmentEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Writes what changes after the request: the body's decision or routing's withdrawal. */
  async save(manager: EntityManager, assignment: TrackedAssignment): Promise<void> {
    const { status, rejectionReason, rejectionNote, decidedAt, withdrawalReason, withdrawnAt } = assignment;
    await manager.update(
      AssignmentEntity,
      { id: assignment.id },
      { status, rejectionReason, rejectionNote, decidedAt, withdrawalReason, withdrawnAt },
    );
  }
}

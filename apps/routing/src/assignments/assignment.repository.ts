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

  /** Bodies that rejected this ticket at any time. */
  async agenciesThatRejected(manager: EntityManager, ticketId: string): Promise<string[]> {
    const rows: { agency_id: string }[] = await manager.query(
      `SELECT DISTINCT agency_id FROM assignments WHERE ticket_id = $1 AND status = 'rejected' ORDER BY agency_id`,
      [ticketId],
    );
    return rows.map((row) => row.agency_id);
  }

  async insert(manager: EntityManager, assignment: TrackedAssignment): Promise<void> {
    await manager.insert(AssignmentEntity, assignment);
  }

  /** The assignment, locked until the transaction ends; null if routing never made it. */
  findForUpdate(manager: EntityManager, id: string): Promise<AssignmentEntity | null> {
    return manager.findOne(AssignmentEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async saveDecision(manager: EntityManager, assignment: TrackedAssignment): Promise<void> {
    const { status, rejectionReason, decidedAt } = assignment;
    await manager.update(AssignmentEntity, { id: assignment.id }, { status, rejectionReason, decidedAt });
  }
}

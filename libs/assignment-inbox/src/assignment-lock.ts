import type { EntityManager } from 'typeorm';

/**
 * Serializes the transactions about one assignment id until the end of the current transaction,
 * whether or not its row exists yet. A request and its withdrawal can be handled at the same
 * time (different partitions, different consumers); a row lock cannot order them while neither
 * has written, and without an order both could miss the other and the withdrawal would be lost.
 * The two-key form keeps these locks apart from single-key advisory locks (the outbox relay's).
 */
export async function lockAssignmentId(manager: EntityManager, assignmentId: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('assignment-inbox'), hashtext($1))`, [assignmentId]);
}

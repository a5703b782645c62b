import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { WithdrawalReason } from './domain/assignment.js';

/**
 * A withdrawal handled before its assignment's request, kept so the request lands withdrawn
 * (events on different partitions can arrive in either order). The row goes when the request
 * arrives. Every inbox consumes every withdrawal, so withdrawals of the other kind of body's
 * assignments stay here: a few short rows each, never read again.
 */
@Entity({ name: 'early_withdrawals' })
export class EarlyWithdrawalEntity {
  @PrimaryColumn({ type: 'uuid' })
  assignmentId!: string;

  @Column({ type: 'uuid' })
  ticketId!: string;

  @Column({ type: 'text' })
  agencyId!: string;

  @Column({ type: 'varchar', length: 40 })
  reason!: WithdrawalReason;

  /** When routing withdrew the assignment. */
  @Column({ type: 'timestamptz' })
  withdrawnAt!: Date;

  /** When this inbox handled the withdrawal. */
  @Column({ type: 'timestamptz' })
  recordedAt!: Date;
}

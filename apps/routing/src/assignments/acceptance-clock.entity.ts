import { Check, Column, Entity, Index, PrimaryColumn, type ValueTransformer } from 'typeorm';
import type { AcceptanceClock, ClockStopReason, OverdueAction } from './domain/acceptance-clock.js';

// bigint arrives from PostgreSQL as text; paused time stays far below 2^53 ms.
const MILLISECONDS: ValueTransformer = {
  to: (value: number) => value,
  from: (value: string | number) => Number(value),
};

/**
 * The durable acceptance clock of each assignment, written in the assignment's transaction.
 * The timer worker claims running, unfired clocks whose `due_at` has come, so clocks due while
 * the service was down fire when it is back, and `fired_at` makes each fire once.
 */
@Entity({ name: 'acceptance_clocks' })
@Check('acceptance_clocks_stop_reason_check', `stop_reason IN ('accepted', 'rejected', 'withdrawn')`)
@Check('acceptance_clocks_overdue_action_check', `overdue_action IN ('re-route', 'alert-only')`)
// What the timer scans: running, unfired, unstopped clocks by deadline.
@Index('acceptance_clocks_due_idx', ['dueAt'], { where: 'fired_at IS NULL AND stopped_at IS NULL AND paused_at IS NULL' })
@Index('acceptance_clocks_fired_idx', ['firedAt'], { where: 'fired_at IS NOT NULL' })
@Index('acceptance_clocks_ticket_idx', ['ticketId'])
export class AcceptanceClockEntity implements AcceptanceClock {
  @PrimaryColumn({ type: 'uuid' })
  assignmentId!: string;

  @Column({ type: 'uuid' })
  ticketId!: string;

  @Column({ type: 'varchar', length: 100 })
  agencyId!: string;

  @Column({ type: 'timestamptz' })
  startedAt!: Date;

  /** The current deadline: the first one plus every pause. */
  @Column({ type: 'timestamptz' })
  dueAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  pausedAt!: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  pauseReason!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  pausedBy!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  resumedBy!: string | null;

  /** Total paused milliseconds so far. */
  @Column({ type: 'bigint', default: 0, transformer: MILLISECONDS })
  pausedMs!: number;

  @Column({ type: 'timestamptz', nullable: true })
  firedAt!: Date | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  overdueAction!: OverdueAction | null;

  @Column({ type: 'timestamptz', nullable: true })
  stoppedAt!: Date | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  stopReason!: ClockStopReason | null;
}

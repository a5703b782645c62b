import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { RejectionReason } from '@legal-hotline/contracts';
import type { Priority } from '../routing/domain/priority.js';
import type { AssignmentStatus, TrackedAssignment, WithdrawalReason } from './domain/assignment.js';

/**
 * Assignments routing made, and what became of them: the `requested` ones are each body's open
 * load; the `rejected` ones, and those `withdrawn` as overdue, keep a body from being offered
 * the same ticket again; all of them together are the ticket's hand-offs (the hop count).
 */
@Entity({ name: 'assignments' })
@Check('assignments_status_check', `status IN ('requested', 'accepted', 'rejected', 'withdrawn')`)
@Index('assignments_ticket_idx', ['ticketId'])
@Index('assignments_open_load_idx', ['agencyId'], { where: `status = 'requested'` })
// The acceptance figures read the hand-offs made in a period.
@Index('assignments_requested_at_idx', ['requestedAt'])
export class AssignmentEntity implements TrackedAssignment {
  /** The assignment id, as in `assignment.requested.v1`. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  ticketId!: string;

  @Column({ type: 'varchar', length: 100 })
  agencyId!: string;

  @Column({ type: 'varchar', length: 200 })
  agencyName!: string;

  @Column({ type: 'varchar', length: 12, nullable: true })
  routedOnRegionCode!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  priority!: Priority | null;

  @Column({ type: 'varchar', length: 80, nullable: true })
  acceptanceRule!: string | null;

  @Column({ type: 'varchar', length: 20 })
  status!: AssignmentStatus;

  @Column({ type: 'varchar', length: 40, nullable: true })
  rejectionReason!: RejectionReason | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  rejectionNote!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  withdrawalReason!: WithdrawalReason | null;

  @Column({ type: 'timestamptz' })
  requestedAt!: Date;

  /** As first set; the acceptance clock holds the current deadline. */
  @Column({ type: 'timestamptz' })
  acceptanceDeadline!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;
}

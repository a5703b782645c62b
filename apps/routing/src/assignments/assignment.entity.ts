import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { RejectionReason } from '@legal-hotline/contracts';
import type { AssignmentStatus, TrackedAssignment } from './domain/assignment.js';

/**
 * Assignments routing made, and what the bodies decided: the `requested` ones are each body's
 * open load, the `rejected` ones keep a body from being offered the same ticket again.
 */
@Entity({ name: 'assignments' })
@Check('assignments_status_check', `status IN ('requested', 'accepted', 'rejected')`)
@Index('assignments_ticket_idx', ['ticketId'])
@Index('assignments_open_load_idx', ['agencyId'], { where: `status = 'requested'` })
export class AssignmentEntity implements TrackedAssignment {
  /** The assignment id, as in `assignment.requested.v1`. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  ticketId!: string;

  @Column({ type: 'varchar', length: 100 })
  agencyId!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: AssignmentStatus;

  @Column({ type: 'varchar', length: 40, nullable: true })
  rejectionReason!: RejectionReason | null;

  @Column({ type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ type: 'timestamptz' })
  acceptanceDeadline!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type {
  AgencyType,
  CallerProfile,
  LegalCategory,
  RejectionReason,
  RequestType,
  RoutingExplanation,
  TicketFlags,
} from '@legal-hotline/contracts';
import type { Assignment, AssignmentStatus, CompletionOutcome, WithdrawalReason } from './domain/assignment.js';

/**
 * One row per assignment in this service's inbox. The assignment id is the primary key, so a
 * request delivered again (even under a new event id) cannot create a second row. Strings the
 * contract leaves unbounded are `text`, so a valid event is never refused by the schema.
 */
@Entity({ name: 'assignments' })
@Index('assignments_inbox_idx', ['agencyId', 'status', 'acceptanceDeadline'])
export class AssignmentEntity implements Assignment {
  @PrimaryColumn({ type: 'uuid' })
  assignmentId!: string;

  @Column({ type: 'uuid' })
  ticketId!: string;

  @Column({ type: 'text' })
  ticketNumber!: string;

  @Column({ type: 'text' })
  agencyId!: string;

  @Column({ type: 'varchar', length: 40 })
  agencyType!: AgencyType;

  @Column({ type: 'text' })
  agencyName!: string;

  @Column({ type: 'varchar', length: 12 })
  agencyRegionCode!: string;

  @Column({ type: 'varchar', length: 40 })
  requestType!: RequestType;

  @Column({ type: 'varchar', length: 40 })
  legalCategory!: LegalCategory;

  @Column({ type: 'varchar', length: 12 })
  regionCode!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'jsonb' })
  caller!: CallerProfile;

  @Column({ type: 'jsonb' })
  flags!: TicketFlags;

  @Column({ type: 'jsonb' })
  routingExplanation!: RoutingExplanation;

  @Column({ type: 'timestamptz' })
  acceptanceDeadline!: Date;

  @Column({ type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ type: 'varchar', length: 100 })
  correlationId!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: AssignmentStatus;

  @Column({ type: 'varchar', length: 100, nullable: true })
  decidedBy!: string | null;

  /** Subject of the staff member's access token; null on rows written before staff signed in. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  decidedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  rejectionReason!: RejectionReason | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  decisionNote!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  startedBy!: string | null;

  /** Subject of the staff member's access token; null on rows written before staff signed in. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  startedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  startNote!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  completedBy!: string | null;

  /** Subject of the staff member's access token; null on rows written before staff signed in. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  completedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  completionOutcome!: CompletionOutcome | null;

  @Column({ type: 'varchar', length: 4000, nullable: true })
  completionResult!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  withdrawalReason!: WithdrawalReason | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;
}

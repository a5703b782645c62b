import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import type {
  AgencyType,
  Channel,
  FirstContactPlatform,
  LegalCategory,
  MatterLocation,
  RequestType,
  TicketFlags,
  TicketStatus,
} from '@legal-hotline/contracts';

/** A ticket row. The caller's full details live here and nowhere else on the platform. */
@Entity({ name: 'tickets' })
@Unique('tickets_ticket_number_key', ['ticketNumber'])
@Index('tickets_opened_at_idx', ['openedAt', 'id'])
@Index('tickets_status_idx', ['status'])
// Pattern-ops index for the region prefix filter (LIKE '4406%'); TypeORM cannot express the
// operator class, so it leaves this index to the migration.
@Index('tickets_region_code_prefix_idx', { synchronize: false })
export class TicketEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'varchar', length: 32 })
  ticketNumber!: string;

  @Column({ type: 'varchar', length: 30 })
  status!: TicketStatus;

  @Column({ type: 'varchar', length: 20 })
  channel!: Channel;

  @Column({ type: 'varchar', length: 40 })
  requestType!: RequestType;

  @Column({ type: 'varchar', length: 40 })
  legalCategory!: LegalCategory;

  @Column({ type: 'varchar', length: 12 })
  regionCode!: string;

  @Column({ type: 'jsonb' })
  matterLocation!: MatterLocation;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'jsonb' })
  flags!: TicketFlags;

  @Column({ type: 'varchar', length: 100 })
  callerName!: string;

  @Column({ type: 'varchar', length: 20 })
  callerPhone!: string;

  @Column({ type: 'varchar', length: 18, nullable: true })
  callerIdNumber!: string | null;

  @Column({ type: 'varchar', length: 20 })
  callerLanguage!: string;

  @Column({ type: 'jsonb' })
  callerAccessibilityNeeds!: string[];

  @Column({ type: 'varchar', length: 20 })
  firstContactPlatform!: FirstContactPlatform;

  @Column({ type: 'varchar', length: 200 })
  firstContactOrganisation!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  firstContactAgent!: string | null;

  @Column({ type: 'timestamptz' })
  firstContactReceivedAt!: Date;

  @Column({ type: 'varchar', length: 100, nullable: true })
  partnerReference!: string | null;

  @Column({ type: 'uuid', nullable: true })
  currentAssignmentId!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  currentHandlerAgencyId!: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  currentHandlerAgencyType!: AgencyType | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  currentHandlerName!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  currentHandlerSince!: Date | null;

  @Column({ type: 'uuid', array: true })
  pastAssignmentIds!: string[];

  /** Server time at which intake opened the ticket (UTC). */
  @Column({ type: 'timestamptz' })
  openedAt!: Date;

  @Column({ type: 'varchar', length: 100 })
  correlationId!: string;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}

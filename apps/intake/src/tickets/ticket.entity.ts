import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import type {
  AgencyType,
  Channel,
  FirstContactPlatform,
  HandlingMode,
  LegalCategory,
  MatterLocation,
  RequestType,
  TicketFlags,
  TicketStatus,
} from '@legal-hotline/contracts';
import type {
  CallerAnswer,
  DeskResolution,
  DispatchRecord,
  FollowUp,
  HandlingResult,
  Hop,
  MeansTestExemption,
  MergeRecord,
  PartnerTransfer,
  ResponsibilityBasis,
  SpecialChannel,
  TicketPriority,
  TransferOverdue,
  TransferResult,
  Watcher,
} from './domain/ticket.js';

/** A domain record as stored in a jsonb column: its times as ISO-8601 instants (UTC). */
export type Stored<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };
export type StoredHop = Stored<Hop>;
export type StoredWatcher = Stored<Watcher>;
export type StoredTransfer = Omit<Stored<PartnerTransfer>, 'overdue' | 'result'> & {
  overdue: Stored<TransferOverdue> | null;
  result: Stored<TransferResult> | null;
};

/** A ticket row. The caller's full details live here and nowhere else on the platform. */
@Entity({ name: 'tickets' })
@Unique('tickets_ticket_number_key', ['ticketNumber'])
@Unique('tickets_public_reference_key', ['publicReference'])
@Index('tickets_opened_at_idx', ['openedAt', 'id'])
@Index('tickets_status_idx', ['status'])
@Index('tickets_caller_phone_hash_idx', ['callerPhoneHash'])
@Index('tickets_caller_id_number_hash_idx', ['callerIdNumberHash'])
@Index('tickets_first_contact_owner_idx', ['firstContactOrganisationId', 'openedAt'])
@Index('tickets_responsible_idx', ['responsibleOrganisationId', 'openedAt'])
@Index('tickets_resolved_by_idx', ['resolvedById', 'resolvedAtFirstContactAt'])
@Index('tickets_special_line_idx', ['specialLineCode', 'openedAt'])
// Pattern-ops indexes for the region and ticket number prefix filters (LIKE '4406%') and GIN
// indexes for who watches a ticket and which bodies had it (watchers @> ..., hops @> ...);
// TypeORM cannot express them, so it leaves them to the migrations.
@Index('tickets_region_code_prefix_idx', { synchronize: false })
@Index('tickets_ticket_number_prefix_idx', { synchronize: false })
@Index('tickets_watchers_idx', { synchronize: false })
@Index('tickets_hops_idx', { synchronize: false })
// Partial: the desk's queue reads the few tickets waiting there, by platform, oldest first.
@Index('tickets_at_desk_idx', { synchronize: false })
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

  /** Id of the first-contact organisation ("12348-gd", `partner-hotline:110`): where the request first arrived. */
  @Column({ type: 'varchar', length: 200 })
  firstContactOrganisationId!: string;

  /** Display name of the first-contact organisation. */
  @Column({ type: 'varchar', length: 200 })
  firstContactOrganisation!: string;

  /** Display name of the receiving agent. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  firstContactAgent!: string | null;

  /** Token subject of the receiving agent. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  firstContactAgentId!: string | null;

  @Column({ type: 'timestamptz' })
  firstContactReceivedAt!: Date;

  /** Id of the 12348 platform responsible for the ticket ("12348-gd"): owner rules and read scopes compare it. */
  @Column({ type: 'varchar', length: 200 })
  responsibleOrganisationId!: string;

  /** Display name of the responsible platform. */
  @Column({ type: 'varchar', length: 200 })
  responsibleOrganisation!: string;

  /** Why it is responsible: first-contact, region-platform or partner-choice. */
  @Column({ type: 'varchar', length: 20 })
  responsibleBasis!: ResponsibilityBasis;

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

  /** Every hand-off to a body, oldest first. */
  @Column({ type: 'jsonb' })
  hops!: StoredHop[];

  @Column({ type: 'varchar', length: 20 })
  priority!: TicketPriority;

  @Column({ type: 'jsonb', nullable: true })
  meansTestExemption!: MeansTestExemption | null;

  @Column({ type: 'jsonb', nullable: true })
  specialChannel!: SpecialChannel | null;

  /** HMAC-SHA256 (hex) of the normalised phone number; null for tickets opened before fingerprints were kept. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  callerPhoneHash!: string | null;

  /** HMAC-SHA256 (hex) of the ID number, when the caller gave one. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  callerIdNumberHash!: string | null;

  /** The caller's lookup reference; null for partner forwards and tickets opened before references. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  publicReference!: string | null;

  /** HMAC-SHA256 (hex) of the caller's one-time lookup code; the code itself is never stored. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  lookupCodeHash!: string | null;

  /** Bodies that may see the ticket without owning it. */
  @Column({ type: 'jsonb' })
  watchers!: StoredWatcher[];

  /** Transfers to partner hotlines, their delivery and the partners' receipts. */
  @Column({ type: 'jsonb' })
  transfers!: StoredTransfer[];

  @Column({ type: 'jsonb', nullable: true })
  answer!: Stored<CallerAnswer> | null;

  @Column({ type: 'jsonb', nullable: true })
  followUp!: Stored<FollowUp> | null;

  @Column({ type: 'jsonb', nullable: true })
  handlingResult!: Stored<HandlingResult> | null;

  /** Set while the ticket is merged into another one. */
  @Column({ type: 'jsonb', nullable: true })
  mergeRecord!: Stored<MergeRecord> | null;

  @Column({ type: 'boolean' })
  underSupervision!: boolean;

  /** `desk`: kept at the hotline desk, unknown to routing; `dispatch`: sent to routing. */
  @Column({ type: 'varchar', length: 10, default: 'dispatch' })
  handling!: HandlingMode;

  /** The desk's answer when the ticket was resolved at first contact (即时办结). */
  @Column({ type: 'jsonb', nullable: true })
  deskResolution!: Stored<DeskResolution> | null;

  /** When it was resolved at first contact (the latest time, if it was answered again after a reopening). */
  @Column({ type: 'timestamptz', nullable: true })
  resolvedAtFirstContactAt!: Date | null;

  /** Token subject of the agent who resolved it at first contact; for per-agent figures. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  resolvedById!: string | null;

  /** Set when a desk ticket was turned into a work order. */
  @Column({ type: 'jsonb', nullable: true })
  dispatch!: Stored<DispatchRecord> | null;

  /** Code of the special line (专线) the request came in on. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  specialLineCode!: string | null;

  /** Drawn for the follow-up call when resolved at the desk (DESK_FOLLOW_UP_SAMPLE_SHARE). */
  @Column({ type: 'boolean', default: false })
  followUpSampled!: boolean;

  /** Server time at which intake opened the ticket (UTC). */
  @Column({ type: 'timestamptz' })
  openedAt!: Date;

  @Column({ type: 'varchar', length: 100 })
  correlationId!: string;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}

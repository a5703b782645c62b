import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { AgencyType, PartnerHotline, TicketStatus } from '@legal-hotline/contracts';
import type { CurrentHandler } from './domain/partner-case-view.js';
import { PartnerEntity } from '../partners/partner.entity.js';

/**
 * A case a partner forwarded, and the partner's view of it. The caller's personal data is not
 * kept here: it travels to intake in `partner-case.received.v1` and the exchange needs none of it
 * afterwards (PIPL: keep the minimum).
 */
@Entity({ name: 'partner_cases' })
@Index('partner_cases_feed_idx', ['partnerCode', 'updatedAt', 'ticketId'])
export class PartnerCaseEntity {
  /** The shared ticket id, assigned by the exchange at receipt. */
  @PrimaryColumn({ type: 'uuid' })
  ticketId!: string;

  @Column({ type: 'varchar', length: 10 })
  partnerCode!: PartnerHotline;

  @ManyToOne(() => PartnerEntity, { nullable: false })
  @JoinColumn({ name: 'partner_code', foreignKeyConstraintName: 'partner_cases_partner_fk' })
  partner?: Relation<PartnerEntity>;

  @Column({ type: 'varchar', length: 100 })
  partnerReference!: string;

  @Column({ type: 'timestamptz' })
  receivedAt!: Date;

  /** When the partner confirmed the caller's consent to the transfer (PIPL Art. 23); the request time. */
  @Column({ type: 'timestamptz' })
  callerConsentConfirmedAt!: Date;

  @Column({ type: 'varchar', length: 100, nullable: true })
  ticketNumber!: string | null;

  @Column({ type: 'varchar', length: 30 })
  status!: TicketStatus;

  @Column({ type: 'varchar', length: 200, nullable: true })
  handlerName!: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  handlerAgencyType!: AgencyType | null;

  @Column({ type: 'uuid', nullable: true })
  currentAssignmentId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  routingDecidedAt!: Date | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  statusBeforeMerge!: TicketStatus | null;

  /** When the exchange last changed this view (its own clock); the pull feed filters on it. */
  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}

export function currentHandlerOf(row: Pick<PartnerCaseEntity, 'handlerName' | 'handlerAgencyType'>): CurrentHandler | null {
  return row.handlerName !== null && row.handlerAgencyType !== null ? { name: row.handlerName, agencyType: row.handlerAgencyType } : null;
}

import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { PartnerHotline } from '@legal-hotline/contracts';
import { PartnerEntity } from '../partners/partner.entity.js';
import type { DeliveryState, TransferDelivery, TransferReason } from './domain/transfer-delivery.js';
import type { TransferPayload } from './domain/transfer-payload.js';

/** A ticket passed to a partner hotline, and its delivery to the partner's endpoint. */
@Entity({ name: 'partner_transfers' })
@Index('partner_transfers_due_idx', ['nextAttemptAt'])
@Index('partner_transfers_partner_idx', ['partnerCode', 'state'])
@Check('partner_transfers_state_check', `state IN ('pending', 'failing', 'delivered')`)
@Check('partner_transfers_reason_check', `reason IN ('danger', 'not-ours')`)
export class PartnerTransferEntity {
  @PrimaryColumn({ type: 'uuid' })
  transferId!: string;

  /** The shared ticket id. */
  @Column({ type: 'uuid' })
  ticketId!: string;

  @Column({ type: 'varchar', length: 100 })
  ticketNumber!: string;

  @Column({ type: 'varchar', length: 10 })
  partnerCode!: PartnerHotline;

  @ManyToOne(() => PartnerEntity, { nullable: false })
  @JoinColumn({ name: 'partner_code', foreignKeyConstraintName: 'partner_transfers_partner_fk' })
  partner?: Relation<PartnerEntity>;

  @Column({ type: 'varchar', length: 20 })
  reason!: TransferReason;

  @Column({ type: 'boolean' })
  urgent!: boolean;

  /** The body POSTed to the partner. Holds the caller's name and phone until delivered, then no longer (PIPL: keep the minimum). */
  @Column({ type: 'jsonb' })
  payload!: TransferPayload;

  @Column({ type: 'varchar', length: 20 })
  state!: DeliveryState;

  @Column({ type: 'integer' })
  attempts!: number;

  /** Due time of the next attempt; null once delivered, so the worker's index holds only open transfers' times. */
  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastAttemptAt!: Date | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastAlertAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  /** The partner's id for the transfer, when its answer carried one. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  partnerReference!: string | null;

  /** When the owner requested the transfer (the event's time). */
  @Column({ type: 'timestamptz' })
  requestedAt!: Date;

  /** When the exchange received the request. */
  @Column({ type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ type: 'varchar', length: 100 })
  correlationId!: string;

  /** Id of the `partner-transfer.requested.v1` event: the cause of every event about this delivery. */
  @Column({ type: 'uuid' })
  requestedEventId!: string;
}

export function deliveryOf(row: PartnerTransferEntity): TransferDelivery {
  return {
    transferId: row.transferId,
    ticketId: row.ticketId,
    ticketNumber: row.ticketNumber,
    partner: row.partnerCode,
    reason: row.reason,
    state: row.state,
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt,
    lastAttemptAt: row.lastAttemptAt,
    lastError: row.lastError,
    lastAlertAt: row.lastAlertAt,
    deliveredAt: row.deliveredAt,
    partnerReference: row.partnerReference,
    correlationId: row.correlationId,
    requestedEventId: row.requestedEventId,
  };
}

/** The columns a recorded attempt changes. */
export function deliveryColumns(delivery: TransferDelivery): Partial<PartnerTransferEntity> {
  return {
    state: delivery.state,
    attempts: delivery.attempts,
    nextAttemptAt: delivery.nextAttemptAt,
    lastAttemptAt: delivery.lastAttemptAt,
    lastError: delivery.lastError,
    lastAlertAt: delivery.lastAlertAt,
    deliveredAt: delivery.deliveredAt,
    partnerReference: delivery.partnerReference,
  };
}

import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { NextStep, PartnerHotline, PartnerOutcome, PartnerRejectionReason } from '@legal-hotline/contracts';
import { PartnerEntity } from '../partners/partner.entity.js';
import type { DeliveryState, TransferDelivery, TransferReason } from './domain/transfer-delivery.js';
import type { TransferPayload } from './domain/transfer-payload.js';
import type { ReceiptState, TransferReceipt } from './domain/transfer-receipt.js';

/**
 * A ticket passed to a partner hotline: its delivery to the partner's endpoint (technical
 * receipt) and the partner's answer (business receipt: accepted or rejected, progress, result).
 */
@Entity({ name: 'partner_transfers' })
@Index('partner_transfers_due_idx', ['nextAttemptAt'])
@Index('partner_transfers_partner_idx', ['partnerCode', 'state'])
// What the acceptance worker scans: transfers still awaiting an answer, by deadline.
@Index('partner_transfers_acceptance_due_idx', ['acceptanceDueAt'], { where: `receipt = 'awaiting-acceptance'` })
@Index('partner_transfers_partner_receipt_idx', ['partnerCode', 'receipt'])
@Check('partner_transfers_state_check', `state IN ('pending', 'failing', 'delivered')`)
@Check('partner_transfers_reason_check', `reason IN ('danger', 'not-ours')`)
@Check('partner_transfers_receipt_check', `receipt IN ('awaiting-acceptance', 'accepted', 'rejected', 'overdue', 'completed')`)
@Check(
  'partner_transfers_rejection_reason_check',
  `rejection_reason IN ('not-our-matter', 'outside-our-area', 'insufficient-information', 'duplicate', 'caller-unreachable')`,
)
@Check('partner_transfers_result_outcome_check', `result_outcome IN ('handled', 'referred-elsewhere', 'no-action-needed', 'caller-unreachable')`)
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

  /** The partner's business receipt. */
  @Column({ type: 'varchar', length: 30, default: 'awaiting-acceptance' })
  receipt!: ReceiptState;

  /** When the partner must have accepted or rejected; null for transfers stored before deadlines were kept. */
  @Column({ type: 'timestamptz', nullable: true })
  acceptanceDueAt!: Date | null;

  /** When the deadline was recorded as passed (once); kept after a late answer. */
  @Column({ type: 'timestamptz', nullable: true })
  acceptanceOverdueAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  /** The partner's desk or agent that accepted, as the partner names it. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  acceptedBy!: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  acceptanceNote!: string | null;

  /** Accepted after the deadline. */
  @Column({ type: 'boolean', nullable: true })
  acceptedLate!: boolean | null;

  @Column({ type: 'timestamptz', nullable: true })
  rejectedAt!: Date | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  rejectionReason!: PartnerRejectionReason | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  rejectionNote!: string | null;

  /** What the owner was advised to do with the ticket after the rejection. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  rejectionNextStep!: NextStep | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  resultOutcome!: PartnerOutcome | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  resultActionTaken!: string | null;

  /** What the partner told the caller. */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  resultReplyToCaller!: string | null;

  /** When the partner finished, by its own clock. */
  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  /** When the exchange recorded the result. */
  @Column({ type: 'timestamptz', nullable: true })
  resultReportedAt!: Date | null;
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

/** The business receipt of a stored transfer; `lastProgressNote` comes from its progress notes. */
export function receiptOf(row: PartnerTransferEntity, lastProgressNote: string | null): TransferReceipt {
  return {
    transferId: row.transferId,
    ticketId: row.ticketId,
    partner: row.partnerCode,
    reason: row.reason,
    urgent: row.urgent,
    requestedAt: row.requestedAt,
    state: row.receipt,
    acceptanceDueAt: row.acceptanceDueAt,
    overdueAt: row.acceptanceOverdueAt,
    partnerReference: row.partnerReference,
    acceptance:
      row.acceptedAt === null ? null : { acceptedAt: row.acceptedAt, acceptedBy: row.acceptedBy, note: row.acceptanceNote, late: row.acceptedLate ?? false },
    rejection:
      row.rejectedAt === null || row.rejectionReason === null || row.rejectionNextStep === null
        ? null
        : { reason: row.rejectionReason, note: row.rejectionNote, suggestedNextStep: row.rejectionNextStep, rejectedAt: row.rejectedAt },
    result:
      row.resultReportedAt === null || row.resultOutcome === null || row.resultActionTaken === null || row.resultReplyToCaller === null || row.completedAt === null
        ? null
        : {
            outcome: row.resultOutcome,
            actionTaken: row.resultActionTaken,
            replyToCaller: row.resultReplyToCaller,
            completedAt: row.completedAt,
            reportedAt: row.resultReportedAt,
          },
    lastProgressNote,
    correlationId: row.correlationId,
    requestedEventId: row.requestedEventId,
  };
}

/** The columns a receipt decision changes. */
export function receiptColumns(receipt: TransferReceipt): Partial<PartnerTransferEntity> {
  return {
    receipt: receipt.state,
    acceptanceOverdueAt: receipt.overdueAt,
    partnerReference: receipt.partnerReference,
    acceptedAt: receipt.acceptance?.acceptedAt ?? null,
    acceptedBy: receipt.acceptance?.acceptedBy ?? null,
    acceptanceNote: receipt.acceptance?.note ?? null,
    acceptedLate: receipt.acceptance?.late ?? null,
    rejectedAt: receipt.rejection?.rejectedAt ?? null,
    rejectionReason: receipt.rejection?.reason ?? null,
    rejectionNote: receipt.rejection?.note ?? null,
    rejectionNextStep: receipt.rejection?.suggestedNextStep ?? null,
    resultOutcome: receipt.result?.outcome ?? null,
    resultActionTaken: receipt.result?.actionTaken ?? null,
    resultReplyToCaller: receipt.result?.replyToCaller ?? null,
    completedAt: receipt.result?.completedAt ?? null,
    resultReportedAt: receipt.result?.reportedAt ?? null,
  };
}

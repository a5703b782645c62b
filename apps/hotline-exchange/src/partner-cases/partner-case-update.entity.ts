import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import type { AgencyType, PartnerHotline, TicketStatus } from '@legal-hotline/contracts';
import type { CaseNotification, NotificationDelivery, NotificationState } from './domain/case-notification.js';
import { PartnerCaseEntity } from './partner-case.entity.js';

/**
 * One entry of a partner case's history, as the partner sees it, and the notification that
 * tells the partner about it: pushed to its endpoint in order per case, listed in its pull feed.
 */
@Entity({ name: 'partner_case_updates' })
@Index('partner_case_updates_ticket_idx', ['ticketId', 'at'])
@Unique('partner_case_updates_ticket_sequence_key', ['ticketId', 'sequence'])
@Unique('partner_case_updates_message_id_key', ['messageId'])
@Unique('partner_case_updates_feed_key', ['partnerCode', 'feedPosition'])
@Index('partner_case_updates_due_idx', ['partnerCode', 'nextAttemptAt'])
@Check('partner_case_updates_delivery_state_check', `delivery_state IN ('pending', 'failing', 'delivered')`)
export class PartnerCaseUpdateEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  ticketId!: string;

  @ManyToOne(() => PartnerCaseEntity, { nullable: false })
  @JoinColumn({ name: 'ticket_id', foreignKeyConstraintName: 'partner_case_updates_case_fk' })
  partnerCase?: Relation<PartnerCaseEntity>;

  /** The case's partner, kept here so that its feed and its due notifications are read from one index. */
  @Column({ type: 'varchar', length: 10 })
  partnerCode!: PartnerHotline;

  /** The notification's id: webhook-id and Idempotency-Key of every attempt, `messageId` in the body. */
  @Column({ type: 'uuid' })
  messageId!: string;

  /** 1, 2, 3… per case, in the order the view changed. */
  @Column({ type: 'integer' })
  sequence!: number;

  /** Position in the partner's pull feed, from `partner_case_feeds`; the feed's cursor. */
  @Column({ type: 'bigint' })
  feedPosition!: string;

  /** When the fact happened (UTC), by the clock of the service that recorded it. */
  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'varchar', length: 30 })
  status!: TicketStatus;

  @Column({ type: 'varchar', length: 500 })
  note!: string;

  /** The ticket number as of this change. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  ticketNumber!: string | null;

  /** The body holding the case as of this change (never a person). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  handlerName!: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  handlerAgencyType!: AgencyType | null;

  @Column({ type: 'varchar', length: 100 })
  correlationId!: string;

  /** The event that made the change; null for updates recorded before it was kept. */
  @Column({ type: 'uuid', nullable: true })
  causeEventId!: string | null;

  @Column({ type: 'varchar', length: 20 })
  deliveryState!: NotificationState;

  @Column({ type: 'integer' })
  attempts!: number;

  /**
   * Due time of the next attempt. Null once delivered, and while an earlier change of the case is
   * undelivered: the worker's index then holds only the first undelivered change of each case.
   */
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
}

export function caseNotificationOfRow(row: PartnerCaseUpdateEntity): CaseNotification {
  return {
    messageId: row.messageId,
    ticketId: row.ticketId,
    partner: row.partnerCode,
    sequence: row.sequence,
    feedPosition: row.feedPosition,
    at: row.at,
    status: row.status,
    note: row.note,
    ticketNumber: row.ticketNumber,
    currentHandler: row.handlerName !== null && row.handlerAgencyType !== null ? { name: row.handlerName, agencyType: row.handlerAgencyType } : null,
    correlationId: row.correlationId,
    causeEventId: row.causeEventId,
    delivery: {
      state: row.deliveryState,
      attempts: row.attempts,
      nextAttemptAt: row.nextAttemptAt,
      lastAttemptAt: row.lastAttemptAt,
      lastError: row.lastError,
      lastAlertAt: row.lastAlertAt,
      deliveredAt: row.deliveredAt,
    },
  };
}

/** The row of a new notification. */
export function rowOfCaseNotification(notification: CaseNotification): Omit<PartnerCaseUpdateEntity, 'id' | 'partnerCase'> {
  return {
    ticketId: notification.ticketId,
    partnerCode: notification.partner,
    messageId: notification.messageId,
    sequence: notification.sequence,
    feedPosition: notification.feedPosition,
    at: notification.at,
    status: notification.status,
    note: notification.note,
    ticketNumber: notification.ticketNumber,
    handlerName: notification.currentHandler?.name ?? null,
    handlerAgencyType: notification.currentHandler?.agencyType ?? null,
    correlationId: notification.correlationId,
    causeEventId: notification.causeEventId,
    ...notificationDeliveryColumns(notification.delivery),
  };
}

/** The columns a recorded attempt changes. */
export function notificationDeliveryColumns(delivery: NotificationDelivery): Pick<
  PartnerCaseUpdateEntity,
  'deliveryState' | 'attempts' | 'nextAttemptAt' | 'lastAttemptAt' | 'lastError' | 'lastAlertAt' | 'deliveredAt'
> {
  return {
    deliveryState: delivery.state,
    attempts: delivery.attempts,
    nextAttemptAt: delivery.nextAttemptAt,
    lastAttemptAt: delivery.lastAttemptAt,
    lastError: delivery.lastError,
    lastAlertAt: delivery.lastAlertAt,
    deliveredAt: delivery.deliveredAt,
  };
}

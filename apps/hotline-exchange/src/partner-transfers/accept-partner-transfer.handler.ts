import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { acceptanceDueAt } from './domain/acceptance-deadline.js';
import { acceptTransfer, type PartnerTransferRequested } from './domain/transfer-delivery.js';
import { PartnerTransferEntity } from './partner-transfer.entity.js';
import { RECEIPT_SETTINGS, type ReceiptSettings } from './receipt-settings.js';

/**
 * Stores a requested transfer as a pending delivery, due at once, awaiting the partner's
 * acceptance by its deadline (counted from the owner's request). Runs inside the idempotent
 * consumer's transaction; a transfer already stored (the same request again, under another event
 * id) is left as it is, so it is delivered once.
 */
@Injectable()
export class AcceptPartnerTransferHandler {
  constructor(@Inject(RECEIPT_SETTINGS) private readonly settings: ReceiptSettings) {}

  async execute(requested: PartnerTransferRequested, manager: EntityManager, now: Date = new Date()): Promise<void> {
    const { delivery, payload } = acceptTransfer(requested, now);
    const requestedAt = new Date(requested.data.requestedAt);
    await manager
      .createQueryBuilder()
      .insert()
      .into(PartnerTransferEntity)
      .values({
        transferId: delivery.transferId,
        ticketId: delivery.ticketId,
        ticketNumber: delivery.ticketNumber,
        partnerCode: delivery.partner,
        reason: delivery.reason,
        urgent: requested.data.urgent,
        payload,
        state: delivery.state,
        attempts: delivery.attempts,
        nextAttemptAt: delivery.nextAttemptAt,
        lastAttemptAt: null,
        lastError: null,
        lastAlertAt: null,
        deliveredAt: null,
        partnerReference: null,
        requestedAt,
        receivedAt: now,
        correlationId: delivery.correlationId,
        requestedEventId: delivery.requestedEventId,
        receipt: 'awaiting-acceptance',
        acceptanceDueAt: acceptanceDueAt(this.settings.deadlines, this.settings.calendar, {
          partner: delivery.partner,
          urgent: requested.data.urgent,
          reason: delivery.reason,
          requestedAt,
        }),
      })
      .orIgnore()
      .execute();
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { acceptTransfer, type PartnerTransferRequested } from './domain/transfer-delivery.js';
import { PartnerTransferEntity } from './partner-transfer.entity.js';

/**
 * Stores a requested transfer as a pending delivery, due at once. Runs inside the idempotent
 * consumer's transaction; a transfer already stored (the same request again, under another event
 * id) is left as it is, so it is delivered once.
 */
@Injectable()
export class AcceptPartnerTransferHandler {
  async execute(requested: PartnerTransferRequested, manager: EntityManager, now: Date = new Date()): Promise<void> {
    const { delivery, payload } = acceptTransfer(requested, now);
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
        requestedAt: new Date(requested.data.requestedAt),
        receivedAt: now,
        correlationId: delivery.correlationId,
        requestedEventId: delivery.requestedEventId,
      })
      .orIgnore()
      .execute();
  }
}

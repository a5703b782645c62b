import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { appendToOutbox } from '@legal-hotline/messaging';
import { SecretCipher } from '../signing/domain/secret-cipher.js';
import { webhookHeaders } from '../signing/domain/webhook-headers.js';
import { activeDeliverySecrets } from './delivery-secrets.queries.js';
import {
  outcomeOfAnswer,
  recordAttempt,
  type AttemptOutcome,
  type TransferDelivery,
} from './domain/transfer-delivery.js';
import { transferBody, withoutCallerContact } from './domain/transfer-payload.js';
import { DELIVERY_SETTINGS, type DeliverySettings } from './delivery-settings.js';
import { recordDestinationState } from './destination-state.js';
import { PartnerEndpointClient } from './partner-endpoint.client.js';
import { PartnerEndpointEntity } from './partner-endpoint.entity.js';
import { deliveryColumns, deliveryOf, PartnerTransferEntity } from './partner-transfer.entity.js';

/** The service is stopping while an attempt is under way: the attempt is abandoned and not counted. */
class DeliveryInterrupted extends Error {
  override readonly name = 'DeliveryInterrupted';
}

/**
 * Makes one delivery attempt, in one transaction: claim the transfer due longest (`FOR UPDATE
 * SKIP LOCKED`, so another instance or worker lane never makes the same attempt), POST it to the
 * partner's endpoint, record the outcome with its events (outbox) and the partner's delivery state.
 *
 * The row stays locked while the partner answers (at most the timeout). A crash or a stop in
 * that time rolls the claim back and the transfer is attempted again: delivery is at least once,
 * and the partner recognises a repeat by its webhook-id and Idempotency-Key (both the transfer id).
 */
@Injectable()
export class DeliverPartnerTransferHandler {
  private readonly logger = new Logger('PartnerTransferDelivery');

  constructor(
    private readonly dataSource: DataSource,
    private readonly client: PartnerEndpointClient,
    private readonly cipher: SecretCipher,
    @Inject(DELIVERY_SETTINGS) private readonly settings: DeliverySettings,
  ) {}

  /** Returns false when no transfer was due (or the service is stopping). */
  async deliverNext(interruption: AbortSignal, random: () => number = Math.random): Promise<boolean> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const row = await claimDueTransfer(manager, new Date());
        if (!row) return false;
        const outcome = await this.attempt(manager, row, interruption);
        const now = new Date();
        const { delivery, events } = recordAttempt(deliveryOf(row), {
          outcome,
          now,
          policy: this.settings.policy,
          random,
          newId: randomUUID,
        });
        await manager.update(
          PartnerTransferEntity,
          { transferId: row.transferId },
          {
            ...deliveryColumns(delivery),
            ...(delivery.state === 'delivered' ? { payload: withoutCallerContact(row.payload) } : {}),
            // A reference the partner gave when it accepted stands over whatever its answer to the delivery says.
            ...(row.acceptedAt !== null && row.partnerReference !== null
              ? { partnerReference: row.partnerReference }
              : {}),
          },
        );
        await recordDestinationState(
          manager,
          row.partnerCode,
          delivery.state === 'delivered' ? { succeeded: true } : { succeeded: false, error: delivery.lastError },
          now,
        );
        await appendToOutbox(manager, events);
        this.log(delivery);
        return true;
      });
    } catch (error) {
      if (error instanceof DeliveryInterrupted) return false;
      throw error;
    }
  }

  private async attempt(
    manager: EntityManager,
    row: PartnerTransferEntity,
    interruption: AbortSignal,
  ): Promise<AttemptOutcome> {
    const endpoint = await manager.findOneBy(PartnerEndpointEntity, { partnerCode: row.partnerCode });
    if (!endpoint) return { kind: 'no-endpoint' };
    const secrets = await activeDeliverySecrets(manager, this.cipher, row.partnerCode);
    if (secrets.length === 0) return { kind: 'no-signing-secret' };
    const body = transferBody(row.payload);
    const answer = await this.client.post({
      url: endpoint.url,
      body,
      headers: webhookHeaders({ messageId: row.transferId, body, attemptedAt: new Date(), secrets }),
      timeoutMs: this.settings.timeoutMs,
      interruption,
    });
    switch (answer.kind) {
      case 'answered':
        return outcomeOfAnswer(answer.status, answer.body);
      case 'unreachable':
        return { kind: 'unreachable', error: answer.error };
      case 'interrupted':
        throw new DeliveryInterrupted(`delivery of ${row.transferId} interrupted by shutdown`);
    }
  }

  // Identifiers and the error only: never the payload, which holds the caller's contact.
  private log(delivery: TransferDelivery): void {
    const fields = {
      transferId: delivery.transferId,
      ticketId: delivery.ticketId,
      partner: delivery.partner,
      attempts: delivery.attempts,
      correlationId: delivery.correlationId,
    };
    if (delivery.state === 'delivered') {
      this.logger.log({ msg: 'partner transfer delivered', ...fields, partnerReference: delivery.partnerReference });
    } else {
      this.logger.warn({
        msg: 'partner transfer delivery failed',
        ...fields,
        error: delivery.lastError,
        nextAttemptAt: delivery.nextAttemptAt?.toISOString(),
      });
    }
  }
}

async function claimDueTransfer(manager: EntityManager, now: Date): Promise<PartnerTransferEntity | null> {
  return manager
    .createQueryBuilder(PartnerTransferEntity, 'transfer')
    .where('transfer.nextAttemptAt <= :now', { now })
    .orderBy('transfer.nextAttemptAt', 'ASC')
    .limit(1)
    .setLock('pessimistic_write')
    .setOnLocked('skip_locked')
    .getOne();
}

import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { Actor, PartnerHotline } from '@legal-hotline/contracts';
import { SecretCipher } from '../signing/domain/secret-cipher.js';
import { generateWebhookSecret, isWebhookSecret } from '../signing/domain/standard-webhooks.js';
import { checkRoomForDeliverySecret, deliverySecretContext, generateDeliverySecretId } from './domain/partner-endpoint.js';
import { PartnerTransferError } from './domain/partner-transfer.error.js';
import { PartnerDeliverySecretEntity } from './partner-delivery-secret.entity.js';
import { PartnerEntity } from '../partners/partner.entity.js';

export interface AddDeliverySecret {
  partnerCode: PartnerHotline;
  /** The partner's own `whsec_` secret; absent: one is generated and returned this once. */
  secret?: string;
  /** The administrator adding it; null for the command-line tools. */
  addedBy: Actor | null;
}

export interface AddedDeliverySecret {
  partnerCode: PartnerHotline;
  secretId: string;
  /** Only when generated here: the one time it is shown. */
  secret?: string;
  /** UTC ISO-8601. */
  createdAt: string;
}

/**
 * Adds a secret deliveries to the partner are signed with. The secrets already active stay (each
 * delivery is signed with all of them), so the partner can switch before the old one is revoked.
 * Transfers waiting for a retry become due at once: they may have failed for want of a secret.
 */
@Injectable()
export class AddDeliverySecretHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: SecretCipher,
  ) {}

  async execute(command: AddDeliverySecret, now: Date = new Date()): Promise<AddedDeliverySecret> {
    if (command.secret !== undefined && !isWebhookSecret(command.secret)) {
      throw new PartnerTransferError('DELIVERY_SECRET.INVALID', 'invalid', 'secret must be "whsec_" followed by the standard base64 of 24 to 64 random bytes', 'secret');
    }
    return this.dataSource.transaction(async (manager) => {
      const partner = await manager.findOne(PartnerEntity, { where: { code: command.partnerCode }, lock: { mode: 'pessimistic_write' } });
      if (!partner) throw new PartnerTransferError('PARTNER.NOT_FOUND', 'not-found', `no partner ${command.partnerCode}`, 'code');
      const added = await addDeliverySecret(manager, this.cipher, partner.code, command, now);
      await makeWaitingTransfersDue(manager, partner.code, now);
      return added;
    });
  }
}

/** Inserts a delivery secret; the caller holds the partner row locked, so two additions cannot both find room. */
export async function addDeliverySecret(
  manager: EntityManager,
  cipher: SecretCipher,
  partnerCode: PartnerHotline,
  command: Pick<AddDeliverySecret, 'secret' | 'addedBy'>,
  now: Date,
): Promise<AddedDeliverySecret> {
  checkRoomForDeliverySecret(partnerCode, await manager.countBy(PartnerDeliverySecretEntity, { partnerCode, revokedAt: IsNull() }));
  const secretId = generateDeliverySecretId();
  const secret = command.secret ?? generateWebhookSecret();
  await manager.insert(PartnerDeliverySecretEntity, {
    secretId,
    partnerCode,
    sealedSecret: cipher.seal(secret, deliverySecretContext(secretId)),
    createdAt: now,
    createdBy: command.addedBy,
    revokedAt: null,
    revokedBy: null,
  });
  const added = { partnerCode, secretId, createdAt: now.toISOString() };
  return command.secret === undefined ? { ...added, secret } : added;
}

/** Transfers being attempted right now are locked and skipped: their outcome sets their next attempt. */
export async function makeWaitingTransfersDue(manager: EntityManager, partnerCode: PartnerHotline, now: Date): Promise<void> {
  await manager.query(
    `UPDATE partner_transfers SET next_attempt_at = $2
      WHERE transfer_id IN (SELECT transfer_id FROM partner_transfers
                             WHERE partner_code = $1 AND next_attempt_at > $2 FOR UPDATE SKIP LOCKED)`,
    [partnerCode, now],
  );
}

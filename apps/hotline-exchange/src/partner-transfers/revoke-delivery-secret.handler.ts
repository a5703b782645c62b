import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor, PartnerHotline } from '@legal-hotline/contracts';
import { isWellFormedDeliverySecretId } from './domain/partner-endpoint.js';
import { PartnerTransferError } from './domain/partner-transfer.error.js';
import { PartnerDeliverySecretEntity } from './partner-delivery-secret.entity.js';

export interface RevokeDeliverySecret {
  partnerCode: PartnerHotline;
  secretId: string;
  revokedBy: Actor | null;
}

export interface RevokedDeliverySecret {
  partnerCode: PartnerHotline;
  secretId: string;
  /** UTC ISO-8601; for a secret revoked before, when that was. */
  revokedAt: string;
  newlyRevoked: boolean;
}

/** Stops signing deliveries with a secret, from the next attempt on. Revoking the last one leaves deliveries failing until a new one is added. */
@Injectable()
export class RevokeDeliverySecretHandler {
  constructor(private readonly dataSource: DataSource) {}

  async execute(command: RevokeDeliverySecret, now: Date = new Date()): Promise<RevokedDeliverySecret> {
    if (!isWellFormedDeliverySecretId(command.secretId)) {
      throw new PartnerTransferError('DELIVERY_SECRET.NOT_FOUND', 'not-found', `no delivery secret ${command.secretId}`, 'secretId');
    }
    return this.dataSource.transaction(async (manager) => {
      const secret = await manager.findOne(PartnerDeliverySecretEntity, {
        select: { secretId: true, partnerCode: true, revokedAt: true },
        where: { secretId: command.secretId, partnerCode: command.partnerCode },
        lock: { mode: 'pessimistic_write' },
      });
      if (!secret) throw new PartnerTransferError('DELIVERY_SECRET.NOT_FOUND', 'not-found', `no delivery secret ${command.secretId} of partner ${command.partnerCode}`, 'secretId');
      const answer = { partnerCode: secret.partnerCode, secretId: secret.secretId };
      if (secret.revokedAt !== null) return { ...answer, revokedAt: secret.revokedAt.toISOString(), newlyRevoked: false };
      await manager.update(PartnerDeliverySecretEntity, { secretId: secret.secretId }, { revokedAt: now, revokedBy: command.revokedBy });
      return { ...answer, revokedAt: now.toISOString(), newlyRevoked: true };
    });
  }
}

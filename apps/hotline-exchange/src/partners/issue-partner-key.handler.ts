import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import type { Actor, PartnerHotline } from '@legal-hotline/contracts';
import { SecretCipher } from '../signing/domain/secret-cipher.js';
import { generateWebhookSecret } from '../signing/domain/standard-webhooks.js';
import { PartnerKeyError } from './domain/partner-key.error.js';
import { checkRoomForKey, generateKeyId, keySecretContext } from './domain/partner-key.js';
import { PartnerApiKeyEntity } from './partner-api-key.entity.js';
import { PartnerEntity } from './partner.entity.js';

export interface IssuePartnerKey {
  partnerCode: PartnerHotline;
  /** The administrator issuing it; null for the command-line tools. */
  issuedBy: Actor | null;
}

export interface IssuedPartnerKey {
  partnerCode: PartnerHotline;
  keyId: string;
  /** The `whsec_` secret. Returned this once; the exchange keeps it sealed and never shows it again. */
  secret: string;
  /** UTC ISO-8601. */
  createdAt: string;
}

/**
 * Issues a new signing key to a partner. Earlier keys stay valid until revoked, so a partner can
 * switch keys without downtime; at most two are active at once.
 */
@Injectable()
export class IssuePartnerKeyHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: SecretCipher,
  ) {}

  async execute(command: IssuePartnerKey, now: Date = new Date()): Promise<IssuedPartnerKey> {
    return this.dataSource.transaction(async (manager) => {
      // The partner row is the lock: two simultaneous issues cannot both find room.
      const partner = await manager.findOne(PartnerEntity, { where: { code: command.partnerCode }, lock: { mode: 'pessimistic_write' } });
      if (!partner) throw new PartnerKeyError('PARTNER.NOT_FOUND', 'not-found', `no partner ${command.partnerCode}`, 'code');
      checkRoomForKey(partner.code, await manager.countBy(PartnerApiKeyEntity, { partnerCode: partner.code, revokedAt: IsNull() }));
      const keyId = generateKeyId();
      const secret = generateWebhookSecret();
      await manager.insert(PartnerApiKeyEntity, {
        keyId,
        partnerCode: partner.code,
        sealedSecret: this.cipher.seal(secret, keySecretContext(keyId)),
        createdAt: now,
        createdBy: command.issuedBy,
        revokedAt: null,
        revokedBy: null,
        lastUsedAt: null,
      });
      return { partnerCode: partner.code, keyId, secret, createdAt: now.toISOString() };
    });
  }
}

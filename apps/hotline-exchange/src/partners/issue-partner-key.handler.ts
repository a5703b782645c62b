import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PartnerHotline } from '@legal-hotline/contracts';
import { CodedError } from '@legal-hotline/service-runtime';
import { generatePartnerKey } from './domain/partner-api-key.js';
import { PartnerApiKeyEntity } from './partner-api-key.entity.js';
import { PartnerEntity } from './partner.entity.js';

export interface IssuedPartnerKey {
  partnerCode: PartnerHotline;
  keyId: string;
  /** The plaintext key, `<keyId>.<secret>`. Returned this once: only a hash of the secret is kept. */
  key: string;
  createdAt: Date;
}

/** Issues a new API key to a partner. Earlier keys stay valid until revoked, so keys can be rotated without downtime. */
@Injectable()
export class IssuePartnerKeyHandler {
  constructor(private readonly dataSource: DataSource) {}

  async execute(command: { partnerCode: PartnerHotline }, now: Date = new Date()): Promise<IssuedPartnerKey> {
    return this.dataSource.transaction(async (manager) => {
      const partner = await manager.findOne(PartnerEntity, { where: { code: command.partnerCode }, lock: { mode: 'pessimistic_write' } });
      if (!partner) throw new CodedError('PARTNER.NOT_FOUND', 'not-found', `no partner ${command.partnerCode}`, 'partnerCode');
      const generated = generatePartnerKey();
      await manager.insert(PartnerApiKeyEntity, {
        keyId: generated.keyId,
        partnerCode: partner.code,
        secretHash: generated.secretHash,
        createdAt: now,
        revokedAt: null,
      });
      return { partnerCode: partner.code, keyId: generated.keyId, key: generated.key, createdAt: now };
    });
  }
}

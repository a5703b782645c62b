import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PartnerHotline } from '@legal-hotline/contracts';
import { CodedError } from '@legal-hotline/service-runtime';
import { isWellFormedKeyId } from './domain/partner-api-key.js';
import { PartnerApiKeyEntity } from './partner-api-key.entity.js';

export interface RevokedPartnerKey {
  keyId: string;
  partnerCode: PartnerHotline;
  revokedAt: Date;
  /** False when the key had been revoked before; revoking again changes nothing. */
  newlyRevoked: boolean;
}

/** Revokes a key at once: the next request that presents it answers 403 AUTH.REVOKED_KEY. */
@Injectable()
export class RevokePartnerKeyHandler {
  constructor(private readonly dataSource: DataSource) {}

  async execute(command: { keyId: string }, now: Date = new Date()): Promise<RevokedPartnerKey> {
    if (!isWellFormedKeyId(command.keyId)) {
      throw new CodedError('PARTNER_KEY.INVALID_ID', 'invalid', 'a key id is 12 url-safe characters (the part before the ".")', 'keyId');
    }
    return this.dataSource.transaction(async (manager) => {
      const key = await manager.findOne(PartnerApiKeyEntity, { where: { keyId: command.keyId }, lock: { mode: 'pessimistic_write' } });
      if (!key) throw new CodedError('PARTNER_KEY.NOT_FOUND', 'not-found', `no key ${command.keyId}`, 'keyId');
      if (key.revokedAt !== null) return { keyId: key.keyId, partnerCode: key.partnerCode, revokedAt: key.revokedAt, newlyRevoked: false };
      await manager.update(PartnerApiKeyEntity, { keyId: key.keyId }, { revokedAt: now });
      return { keyId: key.keyId, partnerCode: key.partnerCode, revokedAt: now, newlyRevoked: true };
    });
  }
}

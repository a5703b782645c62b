import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor, PartnerHotline } from '@legal-hotline/contracts';
import { PartnerKeyError } from './domain/partner-key.error.js';
import { isWellFormedKeyId } from './domain/partner-key.js';
import { PartnerApiKeyEntity } from './partner-api-key.entity.js';

export interface RevokePartnerKey {
  keyId: string;
  /** When given (the admin API), a key of another partner answers as unknown. */
  partnerCode?: PartnerHotline;
  /** The administrator revoking it; null for the command-line tools. */
  revokedBy: Actor | null;
}

export interface RevokedPartnerKey {
  keyId: string;
  partnerCode: PartnerHotline;
  /** UTC ISO-8601. */
  revokedAt: string;
  /** False when the key had been revoked before; revoking again changes nothing. */
  newlyRevoked: boolean;
}

/** Revokes a key at once: the next request signed with it answers 401 PARTNER_AUTH.KEY_REVOKED. */
@Injectable()
export class RevokePartnerKeyHandler {
  constructor(private readonly dataSource: DataSource) {}

  async execute(command: RevokePartnerKey, now: Date = new Date()): Promise<RevokedPartnerKey> {
    if (!isWellFormedKeyId(command.keyId)) {
      throw new PartnerKeyError('PARTNER_KEY.INVALID_ID', 'invalid', 'a key id is 12 url-safe characters', 'keyId');
    }
    return this.dataSource.transaction(async (manager) => {
      const key = await manager.findOne(PartnerApiKeyEntity, { where: { keyId: command.keyId }, lock: { mode: 'pessimistic_write' } });
      if (!key || (command.partnerCode !== undefined && key.partnerCode !== command.partnerCode)) {
        throw new PartnerKeyError('PARTNER_KEY.NOT_FOUND', 'not-found', `no key ${command.keyId}${command.partnerCode ? ` of partner ${command.partnerCode}` : ''}`, 'keyId');
      }
      if (key.revokedAt !== null) return { keyId: key.keyId, partnerCode: key.partnerCode, revokedAt: key.revokedAt.toISOString(), newlyRevoked: false };
      await manager.update(PartnerApiKeyEntity, { keyId: key.keyId }, { revokedAt: now, revokedBy: command.revokedBy });
      return { keyId: key.keyId, partnerCode: key.partnerCode, revokedAt: now.toISOString(), newlyRevoked: true };
    });
  }
}

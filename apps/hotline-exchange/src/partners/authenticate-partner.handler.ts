import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { authenticatePartner, parsePartnerKey, type AuthenticatedPartner, type StoredKey } from './domain/partner-api-key.js';
import { PartnerApiKeyEntity } from './partner-api-key.entity.js';

/** Finds the key a request presents and decides whether it authenticates a partner. */
@Injectable()
export class AuthenticatePartnerHandler {
  constructor(private readonly dataSource: DataSource) {}

  async execute(presentedKey: string | null): Promise<AuthenticatedPartner> {
    const keyId = presentedKey === null ? null : parsePartnerKey(presentedKey)?.keyId;
    const stored = keyId ? await this.storedKey(keyId) : null;
    return authenticatePartner(presentedKey, stored);
  }

  private async storedKey(keyId: string): Promise<StoredKey | null> {
    const key = await this.dataSource.getRepository(PartnerApiKeyEntity).findOne({ where: { keyId }, relations: { partner: true } });
    if (!key?.partner) return null;
    return {
      keyId: key.keyId,
      partnerCode: key.partnerCode,
      partnerName: key.partner.name,
      partnerStatus: key.partner.status,
      secretHash: key.secretHash,
      revokedAt: key.revokedAt,
    };
  }
}

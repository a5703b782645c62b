import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor, PartnerHotline } from '@legal-hotline/contracts';
import { PartnerKeyError } from './domain/partner-key.error.js';
import { PartnerApiKeyEntity } from './partner-api-key.entity.js';
import { PartnerEntity } from './partner.entity.js';

/** A partner key as administrators see it: never its secret (times UTC ISO-8601). */
export interface PartnerKeySummary {
  keyId: string;
  partnerCode: PartnerHotline;
  status: 'active' | 'revoked';
  createdAt: string;
  createdBy: Actor | null;
  revokedAt: string | null;
  revokedBy: Actor | null;
  lastUsedAt: string | null;
}

@Injectable()
export class PartnerKeysQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** The partner's keys, active ones first, newest first. */
  async keysOf(partnerCode: PartnerHotline): Promise<PartnerKeySummary[]> {
    if (!(await this.dataSource.manager.existsBy(PartnerEntity, { code: partnerCode }))) {
      throw new PartnerKeyError('PARTNER.NOT_FOUND', 'not-found', `no partner ${partnerCode}`, 'code');
    }
    const keys = await this.dataSource.manager.find(PartnerApiKeyEntity, {
      select: { keyId: true, partnerCode: true, createdAt: true, createdBy: true, revokedAt: true, revokedBy: true, lastUsedAt: true },
      where: { partnerCode },
      order: { createdAt: 'DESC', keyId: 'ASC' },
    });
    return keys
      .map((key) => ({
        keyId: key.keyId,
        partnerCode: key.partnerCode,
        status: key.revokedAt === null ? ('active' as const) : ('revoked' as const),
        createdAt: key.createdAt.toISOString(),
        createdBy: key.createdBy,
        revokedAt: key.revokedAt?.toISOString() ?? null,
        revokedBy: key.revokedBy,
        lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
      }))
      .sort((a, b) => Number(a.status === 'revoked') - Number(b.status === 'revoked'));
  }
}

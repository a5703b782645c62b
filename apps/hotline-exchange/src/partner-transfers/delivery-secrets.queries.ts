import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { Actor, PartnerHotline } from '@legal-hotline/contracts';
import { SecretCipher } from '../signing/domain/secret-cipher.js';
import { deliverySecretContext } from './domain/partner-endpoint.js';
import { PartnerDeliverySecretEntity } from './partner-delivery-secret.entity.js';

/** A delivery secret as administrators see it: never the secret itself (times UTC ISO-8601). */
export interface DeliverySecretSummary {
  secretId: string;
  partnerCode: PartnerHotline;
  status: 'active' | 'revoked';
  createdAt: string;
  createdBy: Actor | null;
  revokedAt: string | null;
  revokedBy: Actor | null;
}

@Injectable()
export class DeliverySecretsQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** Active ones first, newest first. */
  async secretsOf(partnerCode: PartnerHotline): Promise<DeliverySecretSummary[]> {
    const rows = await this.dataSource.manager.find(PartnerDeliverySecretEntity, {
      select: { secretId: true, partnerCode: true, createdAt: true, createdBy: true, revokedAt: true, revokedBy: true },
      where: { partnerCode },
      order: { createdAt: 'DESC', secretId: 'ASC' },
    });
    return rows
      .map((row) => ({
        secretId: row.secretId,
        partnerCode: row.partnerCode,
        status: row.revokedAt === null ? ('active' as const) : ('revoked' as const),
        createdAt: row.createdAt.toISOString(),
        createdBy: row.createdBy,
        revokedAt: row.revokedAt?.toISOString() ?? null,
        revokedBy: row.revokedBy,
      }))
      .sort((a, b) => Number(a.status === 'revoked') - Number(b.status === 'revoked'));
  }
}

/** The partner's active delivery secrets, opened, oldest first: what each delivery attempt signs with. */
export async function activeDeliverySecrets(manager: EntityManager, cipher: SecretCipher, partnerCode: PartnerHotline): Promise<string[]> {
  const rows = await manager.find(PartnerDeliverySecretEntity, {
    where: { partnerCode, revokedAt: IsNull() },
    order: { createdAt: 'ASC', secretId: 'ASC' },
  });
  return rows.map((row) => cipher.open(row.sealedSecret, deliverySecretContext(row.secretId)));
}

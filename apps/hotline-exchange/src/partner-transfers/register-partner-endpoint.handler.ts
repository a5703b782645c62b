import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PartnerHotline } from '@legal-hotline/contracts';
import { checkEndpointUrl, generateSigningSecret } from './domain/partner-endpoint.js';
import { PartnerTransferError } from './domain/partner-transfer.error.js';
import { PartnerEntity } from '../partners/partner.entity.js';

export interface RegisterPartnerEndpoint {
  partnerCode: PartnerHotline;
  url: string;
  /** The partner's own secret; absent: the exchange generates one and returns it this once. */
  secret?: string;
}

export interface RegisteredPartnerEndpoint {
  partnerCode: PartnerHotline;
  url: string;
  /** First registration, UTC ISO-8601. */
  registeredAt: string;
  /** This change, UTC ISO-8601. */
  updatedAt: string;
  /** Only when generated here: the one time it is shown. */
  secret?: string;
}

/**
 * Registers or replaces a partner's delivery endpoint and signing secret. Transfers waiting for a
 * retry become due at once: their failures were most likely about the old endpoint (or none).
 */
@Injectable()
export class RegisterPartnerEndpointHandler {
  constructor(private readonly dataSource: DataSource) {}

  async execute(command: RegisterPartnerEndpoint, now: Date = new Date()): Promise<RegisteredPartnerEndpoint> {
    const url = checkEndpointUrl(command.url);
    const generated = command.secret === undefined ? generateSigningSecret() : undefined;
    const registered = await this.dataSource.transaction(async (manager) => {
      const partner = await manager.findOne(PartnerEntity, { where: { code: command.partnerCode }, lock: { mode: 'pessimistic_write' } });
      if (!partner) throw new PartnerTransferError('PARTNER.NOT_FOUND', 'not-found', `no partner ${command.partnerCode}`, 'code');
      const [row] = await manager.query<{ registered_at: Date }[]>(
        `INSERT INTO partner_endpoints (partner_code, url, signing_secret, registered_at, updated_at) VALUES ($1, $2, $3, $4, $4)
         ON CONFLICT (partner_code) DO UPDATE SET url = EXCLUDED.url, signing_secret = EXCLUDED.signing_secret, updated_at = EXCLUDED.updated_at
         RETURNING registered_at`,
        [partner.code, url, command.secret ?? generated, now],
      );
      // Transfers being attempted right now are locked and skipped: their outcome sets their next attempt.
      await manager.query(
        `UPDATE partner_transfers SET next_attempt_at = $2
          WHERE transfer_id IN (SELECT transfer_id FROM partner_transfers
                                 WHERE partner_code = $1 AND next_attempt_at > $2 FOR UPDATE SKIP LOCKED)`,
        [partner.code, now],
      );
      return { partnerCode: partner.code, url, registeredAt: row!.registered_at.toISOString(), updatedAt: now.toISOString() };
    });
    return generated === undefined ? registered : { ...registered, secret: generated };
  }
}

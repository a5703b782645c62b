import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import type { Actor, PartnerHotline } from '@legal-hotline/contracts';
import { SecretCipher } from '../signing/domain/secret-cipher.js';
import { addDeliverySecret, makeWaitingTransfersDue, type AddedDeliverySecret } from './add-delivery-secret.handler.js';
import { checkEndpointUrl } from './domain/partner-endpoint.js';
import { PartnerTransferError } from './domain/partner-transfer.error.js';
import { PartnerDeliverySecretEntity } from './partner-delivery-secret.entity.js';
import { PartnerEntity } from '../partners/partner.entity.js';

export interface RegisterPartnerEndpoint {
  partnerCode: PartnerHotline;
  url: string;
  /** The administrator registering it; null for the command-line tools. */
  registeredBy: Actor | null;
}

export interface RegisteredPartnerEndpoint {
  partnerCode: PartnerHotline;
  url: string;
  /** First registration, UTC ISO-8601. */
  registeredAt: string;
  /** This change, UTC ISO-8601. */
  updatedAt: string;
  /** The delivery secret generated because the partner had none active: shown this one time. */
  signingSecret?: Required<Pick<AddedDeliverySecret, 'secretId' | 'secret'>>;
}

/**
 * Registers or replaces a partner's delivery endpoint. A partner with no active delivery secret
 * gets one, returned this once; otherwise its secrets stay as they are (add and revoke them
 * separately). Transfers waiting for a retry become due at once: their failures were most likely
 * about the old endpoint (or none).
 */
@Injectable()
export class RegisterPartnerEndpointHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: SecretCipher,
  ) {}

  async execute(command: RegisterPartnerEndpoint, now: Date = new Date()): Promise<RegisteredPartnerEndpoint> {
    const url = checkEndpointUrl(command.url);
    return this.dataSource.transaction(async (manager) => {
      const partner = await manager.findOne(PartnerEntity, { where: { code: command.partnerCode }, lock: { mode: 'pessimistic_write' } });
      if (!partner) throw new PartnerTransferError('PARTNER.NOT_FOUND', 'not-found', `no partner ${command.partnerCode}`, 'code');
      const [row] = await manager.query<{ registered_at: Date }[]>(
        `INSERT INTO partner_endpoints (partner_code, url, registered_at, updated_at) VALUES ($1, $2, $3, $3)
         ON CONFLICT (partner_code) DO UPDATE SET url = EXCLUDED.url, updated_at = EXCLUDED.updated_at
         RETURNING registered_at`,
        [partner.code, url, now],
      );
      const registered = { partnerCode: partner.code, url, registeredAt: row!.registered_at.toISOString(), updatedAt: now.toISOString() };
      const hasSecret = await manager.existsBy(PartnerDeliverySecretEntity, { partnerCode: partner.code, revokedAt: IsNull() });
      const generated = hasSecret ? null : await addDeliverySecret(manager, this.cipher, partner.code, { addedBy: command.registeredBy }, now);
      await makeWaitingTransfersDue(manager, partner.code, now);
      return generated?.secret === undefined ? registered : { ...registered, signingSecret: { secretId: generated.secretId, secret: generated.secret } };
    });
  }
}

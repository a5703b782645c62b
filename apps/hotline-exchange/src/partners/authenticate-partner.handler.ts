import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SecretCipher } from '../signing/domain/secret-cipher.js';
import { retryAfterSeconds } from './domain/failure-throttle.js';
import { PartnerAuthError } from './domain/partner-auth.error.js';
import { keySecretContext, type AuthenticatedPartner, type StoredKey } from './domain/partner-key.js';
import { authenticateSignedRequest, readKeyId, readSignedRequest, replayed, type SignedRequest } from './domain/signed-request.js';
import { PARTNER_AUTH_SETTINGS, type PartnerAuthSettings } from './partner-auth-settings.js';
import { PartnerApiKeyEntity } from './partner-api-key.entity.js';

type Headers = Record<string, string | string[] | undefined>;

/**
 * Authenticates a signed partner request: throttle per key id, signature and time (pure rules in
 * `domain/signed-request.ts`), then the webhook-id is claimed so it cannot be used again. Every
 * failure to prove the key is recorded against the presented key id.
 */
@Injectable()
export class AuthenticatePartnerHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: SecretCipher,
    @Inject(PARTNER_AUTH_SETTINGS) private readonly settings: PartnerAuthSettings,
  ) {}

  async execute(headers: Headers, body: Uint8Array, now: Date = new Date()): Promise<AuthenticatedPartner> {
    const keyId = readKeyId(headers);
    await this.checkThrottle(keyId, now);
    try {
      const request = readSignedRequest(headers, keyId);
      const partner = authenticateSignedRequest(request, body, await this.storedKey(keyId), { now, toleranceSeconds: this.settings.toleranceSeconds });
      if (!(await this.claimMessageId(partner, request, now))) throw replayed(request);
      return partner;
    } catch (error) {
      if (error instanceof PartnerAuthError && error.countsAsFailure) await this.recordFailure(keyId, error, now);
      throw error;
    }
  }

  private async checkThrottle(keyId: string, now: Date): Promise<void> {
    const { throttle } = this.settings;
    const rows = await this.dataSource.query<{ failed_at: Date }[]>(
      `SELECT failed_at FROM partner_auth_failures WHERE key_id = $1 AND failed_at > $2 ORDER BY failed_at DESC LIMIT $3`,
      [keyId, new Date(now.getTime() - throttle.windowSeconds * 1000), throttle.limit],
    );
    const wait = retryAfterSeconds(
      rows.map((row) => row.failed_at),
      throttle,
      now,
    );
    if (wait !== null) {
      throw new PartnerAuthError(
        'PARTNER_AUTH.TOO_MANY_FAILURES',
        `key ${keyId} failed to authenticate ${throttle.limit} times within ${throttle.windowSeconds} s; try again in ${wait} s`,
        'X-Partner-Key-Id',
        wait,
      );
    }
  }

  private async storedKey(keyId: string): Promise<StoredKey | null> {
    const key = await this.dataSource.getRepository(PartnerApiKeyEntity).findOne({ where: { keyId }, relations: { partner: true } });
    if (!key?.partner) return null;
    return {
      keyId: key.keyId,
      partnerCode: key.partnerCode,
      partnerName: key.partner.name,
      partnerStatus: key.partner.status,
      // A secret that does not open is the server's fault (EXCHANGE_SECRETS_KEY changed), not the caller's: it fails loudly.
      secret: key.sealedSecret === null ? null : this.cipher.open(key.sealedSecret, keySecretContext(key.keyId)),
      revokedAt: key.revokedAt,
    };
  }

  /** Inserts the webhook-id; the primary key makes a second use fail, here or on another instance. */
  private async claimMessageId(partner: AuthenticatedPartner, request: SignedRequest, now: Date): Promise<boolean> {
    const claimed = await this.dataSource.query<unknown[]>(
      `WITH claimed AS (
         INSERT INTO partner_message_ids (partner_code, message_id, key_id, signed_at, received_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (partner_code, message_id) DO NOTHING
         RETURNING key_id),
       used AS (UPDATE partner_api_keys SET last_used_at = $5 FROM claimed WHERE partner_api_keys.key_id = claimed.key_id)
       SELECT key_id FROM claimed`,
      [partner.code, request.messageId, partner.keyId, request.signedAt, now],
    );
    return claimed.length === 1;
  }

  private async recordFailure(keyId: string, error: PartnerAuthError, now: Date): Promise<void> {
    await this.dataSource.query(`INSERT INTO partner_auth_failures (key_id, reason, failed_at) VALUES ($1, $2, $3)`, [keyId, error.code, now]);
  }
}

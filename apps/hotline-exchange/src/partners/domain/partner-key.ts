import { randomBytes } from 'node:crypto';
import type { PartnerHotline } from '@legal-hotline/contracts';
import { PartnerKeyError } from './partner-key.error.js';

/**
 * A partner key signs the partner's requests: a key id (12 url-safe characters, not secret, sent
 * as `X-Partner-Key-Id`) names it, and its Standard Webhooks secret (`whsec_...`) makes the
 * signatures. The exchange keeps the secret encrypted, since it recomputes the HMAC.
 */
export const KEY_ID_BYTES = 9;
const KEY_ID = /^[A-Za-z0-9_-]{12}$/;

/**
 * Keys a partner may hold at once: two, so a partner can switch to a new key before the old one
 * is revoked (rotation without downtime), and no more, so forgotten keys do not pile up.
 */
export const MAX_ACTIVE_KEYS = 2;

export const PARTNER_STATUSES = ['active', 'suspended'] as const;
export type PartnerStatus = (typeof PARTNER_STATUSES)[number];

/** What the exchange knows about a key, joined with its partner; `secret` is opened only for verification. */
export interface StoredKey {
  keyId: string;
  partnerCode: PartnerHotline;
  partnerName: string;
  partnerStatus: PartnerStatus;
  /** Null for keys of the former bearer-key scheme: they were revoked when signing replaced it. */
  secret: string | null;
  revokedAt: Date | null;
}

/** The partner a request was authenticated as; handlers scope everything by `code`. */
export interface AuthenticatedPartner {
  code: PartnerHotline;
  name: string;
  keyId: string;
}

export function generateKeyId(random: (size: number) => Buffer = randomBytes): string {
  return random(KEY_ID_BYTES).toString('base64url');
}

export function isWellFormedKeyId(keyId: string): boolean {
  return KEY_ID.test(keyId);
}

/** A new key needs room: with two active keys, one must be revoked first. */
export function checkRoomForKey(partnerCode: PartnerHotline, activeKeys: number): void {
  if (activeKeys >= MAX_ACTIVE_KEYS) {
    throw new PartnerKeyError(
      'PARTNER_KEY.TOO_MANY_ACTIVE',
      'conflict',
      `partner ${partnerCode} already holds ${activeKeys} active keys, the most allowed; revoke the one no longer in use first`,
    );
  }
}

/** Associated data binding a sealed secret to its key, so it cannot be moved to another one. */
export function keySecretContext(keyId: string): string {
  return `partner-key:${keyId}`;
}

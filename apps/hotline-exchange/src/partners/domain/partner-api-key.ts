import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { PartnerHotline } from '@legal-hotline/contracts';
import { PartnerAuthError } from './partner-auth.error.js';

/**
 * A partner API key is `<keyId>.<secret>`: the key id (12 url-safe characters, not secret) finds
 * the stored record, the secret (32 random bytes, base64url) proves possession. Only a SHA-256
 * hash of the secret is stored: the secret has 256 bits of entropy, so a slow password hash
 * would add cost without adding protection.
 */
export const KEY_ID_BYTES = 9;
export const KEY_SECRET_BYTES = 32;

// base64url never contains '.', so the first '.' separates the two parts unambiguously.
// 43 characters encode 32 bytes; the upper bound only keeps absurd headers out.
const PARTNER_KEY = /^([A-Za-z0-9_-]{12})\.([A-Za-z0-9_-]{43,128})$/;
const KEY_ID = /^[A-Za-z0-9_-]{12}$/;

export interface PresentedKey {
  keyId: string;
  secret: string;
}

export interface GeneratedKey extends PresentedKey {
  /** The plaintext key, `<keyId>.<secret>`; shown to the partner once and never stored. */
  key: string;
  secretHash: string;
}

/** What the exchange stores about a key, joined with its partner. */
export interface StoredKey {
  keyId: string;
  partnerCode: PartnerHotline;
  partnerName: string;
  partnerStatus: PartnerStatus;
  secretHash: string;
  revokedAt: Date | null;
}

export const PARTNER_STATUSES = ['active', 'suspended'] as const;
export type PartnerStatus = (typeof PARTNER_STATUSES)[number];

/** The partner a request was authenticated as; handlers scope everything by `code`. */
export interface AuthenticatedPartner {
  code: PartnerHotline;
  name: string;
  keyId: string;
}

export function parsePartnerKey(text: string): PresentedKey | null {
  const match = PARTNER_KEY.exec(text.trim());
  if (!match?.[1] || !match[2]) return null;
  return { keyId: match[1], secret: match[2] };
}

export function isWellFormedKeyId(keyId: string): boolean {
  return KEY_ID.test(keyId);
}

export function hashKeySecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Constant-time comparison of hashes, so response times do not reveal how much of a guess was right. */
export function keySecretMatches(secret: string, storedHash: string): boolean {
  const presented = Buffer.from(hashKeySecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}

export function generatePartnerKey(random: (size: number) => Buffer = randomBytes): GeneratedKey {
  const keyId = random(KEY_ID_BYTES).toString('base64url');
  const secret = random(KEY_SECRET_BYTES).toString('base64url');
  return { keyId, secret, key: `${keyId}.${secret}`, secretHash: hashKeySecret(secret) };
}

/**
 * The key a request presents: `Authorization: Bearer <key>` or `X-Api-Key: <key>`, in that
 * order. Header names are lower case, as Node delivers them.
 */
export function presentedKeyText(headers: Record<string, string | string[] | undefined>): string | null {
  const authorization = single(headers['authorization']);
  const bearer = authorization ? /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1] : undefined;
  if (bearer) return bearer;
  const apiKey = single(headers['x-api-key'])?.trim();
  return apiKey ? apiKey : null;
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Decides whether a presented key authenticates a partner. `stored` is the record found under
 * the presented key id, if any. A revoked key is reported as revoked only to whoever holds its
 * secret; anyone else learns no more than "invalid".
 */
export function authenticatePartner(text: string | null, stored: StoredKey | null): AuthenticatedPartner {
  if (text === null) throw new PartnerAuthError('AUTH.MISSING_KEY', 'an API key is required: Authorization: Bearer <key> or X-Api-Key: <key>');
  const presented = parsePartnerKey(text);
  if (!presented || !stored || stored.keyId !== presented.keyId || !keySecretMatches(presented.secret, stored.secretHash)) {
    throw new PartnerAuthError('AUTH.INVALID_KEY', 'the API key is not valid');
  }
  if (stored.revokedAt !== null) throw new PartnerAuthError('AUTH.REVOKED_KEY', 'the API key has been revoked');
  if (stored.partnerStatus !== 'active') throw new PartnerAuthError('AUTH.PARTNER_SUSPENDED', `partner ${stored.partnerCode} is suspended`);
  return { code: stored.partnerCode, name: stored.partnerName, keyId: stored.keyId };
}

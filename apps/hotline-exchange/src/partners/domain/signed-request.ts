import { hasSignatureOf } from '../../signing/domain/standard-webhooks.js';
import { PartnerAuthError } from './partner-auth.error.js';
import { isWellFormedKeyId, type AuthenticatedPartner, type StoredKey } from './partner-key.js';

/**
 * How a partner signs a request to the exchange (Standard Webhooks, as the exchange signs its
 * deliveries):
 *
 * - `X-Partner-Key-Id`: the id of the partner key;
 * - `webhook-id`: a new id for every request (1-100 of `A-Z a-z 0-9 _ - :`), used once per partner;
 * - `webhook-timestamp`: unix seconds when signed, within the tolerance of the exchange's clock;
 * - `webhook-signature`: `v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{raw body}">`
 *   with the key's secret, the raw body being the exact bytes sent (empty for a GET).
 *
 * Method and path are not signed. A captured request still cannot be used again, on its own path
 * or any other: its webhook-id is refused once seen, and after the tolerance window its
 * timestamp is. What stays open is a request intercepted before it arrives and sent elsewhere
 * in its place, which TLS between partner and exchange prevents.
 */
export const HEADERS = {
  keyId: 'x-partner-key-id',
  id: 'webhook-id',
  timestamp: 'webhook-timestamp',
  signature: 'webhook-signature',
} as const;

/** Names as documented, for error fields. */
const FIELD = { keyId: 'X-Partner-Key-Id', id: 'webhook-id', timestamp: 'webhook-timestamp', signature: 'webhook-signature' } as const;

// No ".": it separates the signed parts, and a dot in the id could shift them.
const MESSAGE_ID = /^[A-Za-z0-9_:-]{1,100}$/;
const TIMESTAMP = /^\d{1,12}$/;
const SIGNATURE = /^v1,[A-Za-z0-9+/]{43}=$/;
const OTHER_VERSION = /^v(?!1,)\d+[a-z]?,\S+$/;
const MAX_SIGNATURES = 8;

type Headers = Record<string, string | string[] | undefined>;

export interface SignedRequest {
  keyId: string;
  messageId: string;
  /** When the partner signed, from `webhook-timestamp`. */
  signedAt: Date;
  /** The `v1` signatures presented; signatures of other versions are ignored, as the scheme asks. */
  signatures: string[];
}

export interface SignaturePolicy {
  now: Date;
  /** How far `webhook-timestamp` may be from `now`, either way, in seconds. */
  toleranceSeconds: number;
}

/** The key id of the request, read first: failures are counted and throttled per key id. */
export function readKeyId(headers: Headers): string {
  const keyId = single(headers[HEADERS.keyId]);
  if (keyId === undefined || keyId === '') throw missing('keyId');
  if (!isWellFormedKeyId(keyId)) throw new PartnerAuthError('PARTNER_AUTH.MALFORMED_HEADER', `${FIELD.keyId} must be a key id of 12 url-safe characters`, FIELD.keyId);
  return keyId;
}

/** The signature headers, checked for form only. */
export function readSignedRequest(headers: Headers, keyId: string): SignedRequest {
  const messageId = single(headers[HEADERS.id]);
  const timestamp = single(headers[HEADERS.timestamp]);
  const signature = single(headers[HEADERS.signature]);
  if (!messageId) throw missing('id');
  if (!timestamp) throw missing('timestamp');
  if (!signature) throw missing('signature');
  if (!MESSAGE_ID.test(messageId)) {
    throw new PartnerAuthError('PARTNER_AUTH.MALFORMED_HEADER', `${FIELD.id} must be 1 to 100 characters of A-Z, a-z, 0-9, "_", "-" and ":"`, FIELD.id);
  }
  if (!TIMESTAMP.test(timestamp)) throw new PartnerAuthError('PARTNER_AUTH.MALFORMED_HEADER', `${FIELD.timestamp} must be unix seconds`, FIELD.timestamp);
  const presented = signature.trim().split(/ +/);
  if (presented.length > MAX_SIGNATURES || !presented.every((s) => SIGNATURE.test(s) || OTHER_VERSION.test(s))) {
    throw new PartnerAuthError(
      'PARTNER_AUTH.MALFORMED_HEADER',
      `${FIELD.signature} must be "v1,<base64 HMAC-SHA256>", several separated by spaces (at most ${MAX_SIGNATURES})`,
      FIELD.signature,
    );
  }
  return { keyId, messageId, signedAt: new Date(Number(timestamp) * 1000), signatures: presented.filter((s) => SIGNATURE.test(s)) };
}

/**
 * Decides whether a signed request authenticates a partner. `stored` is the key found under the
 * presented key id, if any. An unknown key id answers like a wrong signature, and a revoked key
 * is reported as revoked only when the signature proves the caller holds its secret.
 */
export function authenticateSignedRequest(request: SignedRequest, body: Uint8Array, stored: StoredKey | null, policy: SignaturePolicy): AuthenticatedPartner {
  const skewSeconds = (policy.now.getTime() - request.signedAt.getTime()) / 1000;
  if (Math.abs(skewSeconds) > policy.toleranceSeconds) {
    const how = skewSeconds > 0 ? `${Math.floor(skewSeconds)} s old` : `${Math.ceil(-skewSeconds)} s in the future`;
    throw new PartnerAuthError(
      'PARTNER_AUTH.TIMESTAMP_OUTSIDE_WINDOW',
      `${FIELD.timestamp} is ${how}; it must be within ${policy.toleranceSeconds} s of the exchange's clock (${Math.floor(policy.now.getTime() / 1000)}): sign each request when sending it`,
      FIELD.timestamp,
    );
  }
  const message = { id: request.messageId, timestamp: request.signedAt, body };
  if (stored?.secret == null || stored.keyId !== request.keyId || !hasSignatureOf(stored.secret, message, request.signatures)) {
    throw new PartnerAuthError(
      'PARTNER_AUTH.INVALID_SIGNATURE',
      `no valid signature of this key: sign "{webhook-id}.{webhook-timestamp}.{raw body}" with the key's secret`,
      FIELD.signature,
    );
  }
  if (stored.revokedAt !== null) throw new PartnerAuthError('PARTNER_AUTH.KEY_REVOKED', `key ${stored.keyId} has been revoked`, FIELD.keyId);
  if (stored.partnerStatus !== 'active') throw new PartnerAuthError('PARTNER_AUTH.PARTNER_SUSPENDED', `partner ${stored.partnerCode} is suspended`);
  return { code: stored.partnerCode, name: stored.partnerName, keyId: stored.keyId };
}

/** The refusal of a correctly signed request whose webhook-id this partner already used. */
export function replayed(request: SignedRequest): PartnerAuthError {
  return new PartnerAuthError(
    'PARTNER_AUTH.REPLAYED',
    `${FIELD.id} ${request.messageId} was already used; every request needs a new webhook-id (retry a forward with the same Idempotency-Key, not the same webhook-id)`,
    FIELD.id,
  );
}

function missing(header: keyof typeof FIELD): PartnerAuthError {
  return new PartnerAuthError(
    'PARTNER_AUTH.MISSING_HEADER',
    `the ${FIELD[header]} header is required: partner requests are signed (X-Partner-Key-Id, webhook-id, webhook-timestamp, webhook-signature)`,
    FIELD[header],
  );
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

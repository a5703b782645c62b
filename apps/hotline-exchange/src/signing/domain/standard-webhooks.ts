import { randomBytes, timingSafeEqual } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/**
 * Standard Webhooks (https://www.standardwebhooks.com), the one signing scheme of the exchange in
 * both directions: `webhook-signature` is `v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">`
 * keyed with the secret (`whsec_` + base64 of the key bytes). Several signatures may be sent,
 * separated by spaces, so a secret can be replaced without downtime. The HMAC itself is the
 * `standardwebhooks` package's, so partners using any of its libraries compute the same bytes.
 */
export const WEBHOOK_SECRET_PREFIX = 'whsec_';

/** Bytes of a generated secret. */
export const WEBHOOK_SECRET_BYTES = 32;

/** `whsec_` and standard base64 of 24 to 64 bytes. */
const WEBHOOK_SECRET = /^whsec_(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const MIN_SECRET_BYTES = 24;
const MAX_SECRET_BYTES = 64;

export function generateWebhookSecret(random: (size: number) => Buffer = randomBytes): string {
  return `${WEBHOOK_SECRET_PREFIX}${random(WEBHOOK_SECRET_BYTES).toString('base64')}`;
}

/** Whether `text` is a secret of the scheme with enough key bytes to resist guessing. */
export function isWebhookSecret(text: string): boolean {
  if (!WEBHOOK_SECRET.test(text)) return false;
  const bytes = Buffer.from(text.slice(WEBHOOK_SECRET_PREFIX.length), 'base64').length;
  return bytes >= MIN_SECRET_BYTES && bytes <= MAX_SECRET_BYTES;
}

/** What is signed: the message id, the time in whole unix seconds, and the exact body bytes (empty for a GET). */
export interface SignedMessage {
  id: string;
  timestamp: Date;
  body: Uint8Array | string;
}

/** `v1,<base64>` for one secret. */
export function signatureOf(secret: string, message: SignedMessage): string {
  return new Webhook(secret).sign(message.id, message.timestamp, message.body);
}

/** The `webhook-signature` header: one signature per secret, separated by spaces. */
export function signatureHeaderOf(secrets: readonly string[], message: SignedMessage): string {
  return secrets.map((secret) => signatureOf(secret, message)).join(' ');
}

/** Whether one of the presented `v1,...` signatures is the one `secret` makes; compared in constant time. */
export function hasSignatureOf(secret: string, message: SignedMessage, presented: readonly string[]): boolean {
  const expected = Buffer.from(signatureOf(secret, message), 'utf8');
  let found = false;
  for (const signature of presented) {
    const candidate = Buffer.from(signature, 'utf8');
    // Every candidate is compared, so the time taken does not tell which one matched.
    if (candidate.length === expected.length && timingSafeEqual(candidate, expected)) found = true;
  }
  return found;
}

/** Unix seconds, as `webhook-timestamp` carries them. */
export function unixSeconds(instant: Date): number {
  return Math.floor(instant.getTime() / 1000);
}

import { createHmac } from 'node:crypto';

/**
 * How a partner verifies that a transfer comes from the 12348 platform: `X-Signature` is
 * `sha256=<hex HMAC-SHA256 of the exact body bytes, keyed with the partner's signing secret>`,
 * the scheme of common webhook senders, so partners can reuse their verification code.
 */
export function signatureOf(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/**
 * The headers of every attempt. The transfer id is the idempotency key, the same on every retry,
 * so a partner that received an attempt whose answer got lost can recognise the repeat.
 */
export function deliveryHeaders(transferId: string, body: string, secret: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    accept: 'application/json',
    'idempotency-key': transferId,
    'x-signature': signatureOf(body, secret),
    'user-agent': '12348-hotline-exchange',
  };
}

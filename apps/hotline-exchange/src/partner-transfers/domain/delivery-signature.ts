import { signatureHeaderOf, unixSeconds } from '../../signing/domain/standard-webhooks.js';

export interface DeliveryAttempt {
  /** The transfer id: the webhook-id and the Idempotency-Key, the same on every retry. */
  transferId: string;
  /** The exact body sent. */
  body: string;
  /** When this attempt is signed: webhook-timestamp. */
  attemptedAt: Date;
  /** The partner's active delivery secrets (`whsec_...`), one signature each. */
  secrets: readonly string[];
}

/**
 * The headers of every attempt, signed with Standard Webhooks: `webhook-id` is the transfer id,
 * stable across retries so the partner can drop a repeat; `webhook-timestamp` is this attempt's
 * time, so a captured delivery goes stale; `webhook-signature` holds one `v1,` signature per
 * active secret, so a partner switching secrets verifies with either.
 */
export function deliveryHeaders(attempt: DeliveryAttempt): Record<string, string> {
  return {
    'content-type': 'application/json',
    accept: 'application/json',
    'idempotency-key': attempt.transferId,
    'webhook-id': attempt.transferId,
    'webhook-timestamp': String(unixSeconds(attempt.attemptedAt)),
    'webhook-signature': signatureHeaderOf(attempt.secrets, { id: attempt.transferId, timestamp: attempt.attemptedAt, body: attempt.body }),
    'user-agent': '12348-hotline-exchange',
  };
}

import { signatureHeaderOf, unixSeconds } from './standard-webhooks.js';

export interface WebhookAttempt {
  /** The message id (a transfer id, a case change's message id): webhook-id and Idempotency-Key, the same on every retry. */
  messageId: string;
  /** The exact body sent. */
  body: string;
  /** When this attempt is signed: webhook-timestamp. */
  attemptedAt: Date;
  /** The partner's active delivery secrets (`whsec_...`), one signature each. */
  secrets: readonly string[];
}

/**
 * The headers of every webhook the exchange POSTs to a partner (a transfer, a case's status
 * change), signed with Standard Webhooks: `webhook-id` is stable across retries so the partner
 * can drop a repeat; `webhook-timestamp` is this attempt's time, so a captured delivery goes
 * stale; `webhook-signature` holds one `v1,` signature per active secret, so a partner switching
 * secrets verifies with either.
 */
export function webhookHeaders(attempt: WebhookAttempt): Record<string, string> {
  return {
    'content-type': 'application/json',
    accept: 'application/json',
    'idempotency-key': attempt.messageId,
    'webhook-id': attempt.messageId,
    'webhook-timestamp': String(unixSeconds(attempt.attemptedAt)),
    'webhook-signature': signatureHeaderOf(attempt.secrets, { id: attempt.messageId, timestamp: attempt.attemptedAt, body: attempt.body }),
    'user-agent': '12348-hotline-exchange',
  };
}

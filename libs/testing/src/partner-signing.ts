import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/** A partner key as the exchange issues it and the demo keys file holds it. */
export interface PartnerCredentials {
  /** Sent as `X-Partner-Key-Id`. */
  keyId: string;
  /** The Standard Webhooks secret, `whsec_...`. */
  secret: string;
}

export interface SigningOptions {
  /** `webhook-id`; a fresh one by default (the exchange refuses an id used before). */
  id?: string;
  /** When signed, as a Date or unix seconds; now by default. */
  timestamp?: Date | number;
}

/**
 * The headers that sign a partner request to the hotline exchange (Standard Webhooks):
 * `x-partner-key-id`, `webhook-id`, `webhook-timestamp` and `webhook-signature` over
 * "{id}.{timestamp}.{body}". `body` must be what is sent: a string or bytes as they are, an
 * object as `JSON.stringify` writes it (as `http()` sends it), nothing for a GET.
 */
export function signedPartnerHeaders(credentials: PartnerCredentials, body?: unknown, options: SigningOptions = {}): Record<string, string> {
  const id = options.id ?? `msg_${randomUUID().replaceAll('-', '')}`;
  const timestamp = typeof options.timestamp === 'number' ? new Date(options.timestamp * 1000) : (options.timestamp ?? new Date());
  const payload = body === undefined ? '' : typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body);
  return {
    'x-partner-key-id': credentials.keyId,
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
    'webhook-signature': new Webhook(credentials.secret).sign(id, timestamp, payload),
  };
}

import { createHash } from 'node:crypto';

// `Idempotency-Key` on opening a ticket: a client that lost the answer retries with the same
// key and gets the first ticket back instead of a second one. Keys are scoped per organisation.

/** 1 to 200 visible ASCII characters, as HTTP carries them; a UUID is a good choice. */
const IDEMPOTENCY_KEY = /^[\x21-\x7E]{1,200}$/;

export function isIdempotencyKey(value: string): boolean {
  return IDEMPOTENCY_KEY.test(value);
}

/** JSON with object keys sorted at every level, so the same body gives the same text however its keys were ordered. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** SHA-256 (hex) of the canonical body: what "the same request" means for a retry. */
export function requestHashOf(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

/**
 * What a request with a key already used gets: the first answer again when the body is the
 * same, a refusal when it is not (the key names another request, most likely a client bug).
 */
export function retryOutcome(stored: { requestHash: string }, requestHash: string): 'replay' | 'key-reused' {
  return stored.requestHash === requestHash ? 'replay' : 'key-reused';
}

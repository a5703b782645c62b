import { createHash } from 'node:crypto';

/**
 * SHA-256 (hex) of a request body in canonical form: object keys sorted at every level, array
 * order kept, `undefined` members dropped. A retry of the same request therefore matches
 * however the partner's JSON library orders keys, and an idempotency key reused for a
 * different request does not.
 */
export function requestFingerprint(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body), 'utf8').digest('hex');
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonical(value));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : canonical(item)));
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

import { createHash, timingSafeEqual } from 'node:crypto';
import { PartnerTransferError } from './partner-transfer.error.js';

/** The token of `Authorization: Bearer <token>`, if the request carries one. Header names are lower case, as Node delivers them. */
export function bearerTokenOf(headers: Record<string, string | string[] | undefined>): string | null {
  const header = headers['authorization'];
  const authorization = Array.isArray(header) ? header[0] : header;
  return (authorization && /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1]) || null;
}

/**
 * Admits an admin request. No configured token switches the admin API off. Every refusal is 403,
 * a missing token included: the admin API has no login to point to, and the codes tell the cases
 * apart. Both sides are hashed before the constant-time comparison, so lengths leak nothing either.
 */
export function authorizeAdmin(configuredToken: string | null, presentedToken: string | null): void {
  if (configuredToken === null) throw new PartnerTransferError('ADMIN.DISABLED', 'forbidden', 'the admin API is disabled: EXCHANGE_ADMIN_TOKEN is not set');
  if (presentedToken === null) throw new PartnerTransferError('ADMIN.MISSING_TOKEN', 'forbidden', 'the admin token is required: Authorization: Bearer <token>');
  if (!timingSafeEqual(sha256(presentedToken), sha256(configuredToken))) {
    throw new PartnerTransferError('ADMIN.INVALID_TOKEN', 'forbidden', 'the admin token is not valid');
  }
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

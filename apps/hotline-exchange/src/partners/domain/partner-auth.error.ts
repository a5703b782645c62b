/** Why a partner's request is not authenticated; the edge maps `kind` to 401 or 403. */
export type PartnerAuthErrorCode = 'AUTH.MISSING_KEY' | 'AUTH.INVALID_KEY' | 'AUTH.REVOKED_KEY' | 'AUTH.PARTNER_SUSPENDED';

export class PartnerAuthError extends Error {
  readonly kind: 'unauthorized' | 'forbidden';
  readonly field = null;

  constructor(
    readonly code: PartnerAuthErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PartnerAuthError';
    // No key at all is "who are you?" (401); a key we refuse is "not you" (403, as Open311 does).
    this.kind = code === 'AUTH.MISSING_KEY' ? 'unauthorized' : 'forbidden';
  }
}

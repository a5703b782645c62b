/**
 * Why a partner's request is not admitted. 401 for every failure to prove who is calling (the
 * partner can fix it by signing correctly); 403 for a partner that proved who it is but is
 * suspended; 409 for a correctly signed request whose webhook-id was already used (see
 * `signed-request.ts`); 429 when the key id has failed too often.
 */
export type PartnerAuthErrorCode =
  | 'PARTNER_AUTH.MISSING_HEADER'
  | 'PARTNER_AUTH.MALFORMED_HEADER'
  | 'PARTNER_AUTH.TIMESTAMP_OUTSIDE_WINDOW'
  | 'PARTNER_AUTH.INVALID_SIGNATURE'
  | 'PARTNER_AUTH.KEY_REVOKED'
  | 'PARTNER_AUTH.PARTNER_SUSPENDED'
  | 'PARTNER_AUTH.REPLAYED'
  | 'PARTNER_AUTH.TOO_MANY_FAILURES';

const KIND_OF: Record<PartnerAuthErrorCode, PartnerAuthError['kind']> = {
  'PARTNER_AUTH.MISSING_HEADER': 'unauthorized',
  'PARTNER_AUTH.MALFORMED_HEADER': 'unauthorized',
  'PARTNER_AUTH.TIMESTAMP_OUTSIDE_WINDOW': 'unauthorized',
  'PARTNER_AUTH.INVALID_SIGNATURE': 'unauthorized',
  'PARTNER_AUTH.KEY_REVOKED': 'unauthorized',
  'PARTNER_AUTH.PARTNER_SUSPENDED': 'forbidden',
  'PARTNER_AUTH.REPLAYED': 'conflict',
  'PARTNER_AUTH.TOO_MANY_FAILURES': 'too-many-requests',
};

export class PartnerAuthError extends Error {
  readonly kind: 'unauthorized' | 'forbidden' | 'conflict' | 'too-many-requests';

  constructor(
    readonly code: PartnerAuthErrorCode,
    message: string,
    /** The header at fault, if one is. */
    readonly field: string | null = null,
    /** For TOO_MANY_FAILURES: seconds until the key id may try again. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'PartnerAuthError';
    this.kind = KIND_OF[code];
  }

  /**
   * Whether the refusal counts towards the key id's failure limit: every failure to prove
   * possession of the key does; a suspended partner (it did prove it) and the throttle itself do not.
   */
  get countsAsFailure(): boolean {
    return this.code !== 'PARTNER_AUTH.PARTNER_SUSPENDED' && this.code !== 'PARTNER_AUTH.TOO_MANY_FAILURES';
  }
}

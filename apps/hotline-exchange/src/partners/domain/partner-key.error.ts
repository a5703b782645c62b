/** A rule of partner key management that a command broke; the edge maps `kind` to an HTTP status. */
export type PartnerKeyErrorCode = 'PARTNER_KEY.INVALID_ID' | 'PARTNER_KEY.NOT_FOUND' | 'PARTNER_KEY.TOO_MANY_ACTIVE' | 'PARTNER.NOT_FOUND';

export class PartnerKeyError extends Error {
  constructor(
    readonly code: PartnerKeyErrorCode,
    readonly kind: 'invalid' | 'not-found' | 'conflict',
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = 'PartnerKeyError';
  }
}

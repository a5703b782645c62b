/** A rule of the partner exchange that a request broke; the edge maps `kind` to an HTTP status. */
export type PartnerCaseErrorCode =
  | 'CONSENT.REQUIRED'
  | 'REGION.UNKNOWN'
  | 'IDEMPOTENCY.KEY_MISSING'
  | 'IDEMPOTENCY.KEY_INVALID'
  | 'IDEMPOTENCY.KEY_REUSED'
  | 'PARTNER_CASE.NOT_FOUND'
  | 'PARTNER_CASE.REFERENCE_REUSED'
  | 'FEED.CURSOR_UNKNOWN';

export class PartnerCaseError extends Error {
  constructor(
    readonly code: PartnerCaseErrorCode,
    readonly kind: 'invalid' | 'not-found' | 'conflict' | 'unprocessable',
    message: string,
    /** The request field (or header) at fault, so the partner can fix it without reading prose. */
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = 'PartnerCaseError';
  }
}

/** A rule of outbound transfers, of their administration or of a partner's receipt that a request broke; the edge maps `kind` to an HTTP status. */
export type PartnerTransferErrorCode =
  | 'ENDPOINT.INVALID_URL'
  | 'DELIVERY_SECRET.INVALID'
  | 'DELIVERY_SECRET.NOT_FOUND'
  | 'DELIVERY_SECRET.TOO_MANY_ACTIVE'
  | 'PARTNER.NOT_FOUND'
  | 'TRANSFER.ALREADY_DELIVERED'
  | 'PARTNER_TRANSFER.NOT_FOUND'
  | 'PARTNER_TRANSFER.INVALID_STATE'
  | 'PARTNER_TRANSFER.COMPLETED_AT_INVALID'
  | 'PARTNER_TRANSFER.BUSY';

export class PartnerTransferError extends Error {
  constructor(
    readonly code: PartnerTransferErrorCode,
    readonly kind: 'invalid' | 'not-found' | 'conflict' | 'unavailable',
    message: string,
    /** The request field (or header) at fault, if one is. */
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = 'PartnerTransferError';
  }
}

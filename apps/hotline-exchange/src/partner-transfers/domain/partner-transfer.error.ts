/** A rule of outbound transfers or of their administration that a request broke; the edge maps `kind` to an HTTP status. */
export type PartnerTransferErrorCode =
  | 'ENDPOINT.INVALID_URL'
  | 'DELIVERY_SECRET.INVALID'
  | 'DELIVERY_SECRET.NOT_FOUND'
  | 'DELIVERY_SECRET.TOO_MANY_ACTIVE'
  | 'PARTNER.NOT_FOUND'
  | 'TRANSFER.ALREADY_DELIVERED';

export class PartnerTransferError extends Error {
  constructor(
    readonly code: PartnerTransferErrorCode,
    readonly kind: 'invalid' | 'not-found' | 'conflict',
    message: string,
    /** The request field (or header) at fault, if one is. */
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = 'PartnerTransferError';
  }
}

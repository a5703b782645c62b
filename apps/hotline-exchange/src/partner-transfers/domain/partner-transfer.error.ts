/** A rule of outbound transfers or of the admin API that a request broke; the edge maps `kind` to an HTTP status. */
export type PartnerTransferErrorCode =
  | 'ADMIN.DISABLED'
  | 'ADMIN.MISSING_TOKEN'
  | 'ADMIN.INVALID_TOKEN'
  | 'ENDPOINT.INVALID_URL'
  | 'PARTNER.NOT_FOUND'
  | 'TRANSFER.ALREADY_DELIVERED';

export class PartnerTransferError extends Error {
  constructor(
    readonly code: PartnerTransferErrorCode,
    readonly kind: 'invalid' | 'forbidden' | 'not-found' | 'conflict',
    message: string,
    /** The request field (or header) at fault, if one is. */
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = 'PartnerTransferError';
  }
}

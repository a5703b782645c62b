/** Codes of broken directory rules. */
export type DirectoryErrorCode = 'AGENCY.NOT_FOUND';

/** How a broken rule is classified; the HTTP edge maps it to a status. */
export type DirectoryErrorKind = 'not-found';

/** A broken directory rule, with a dotted code callers can act on. */
export class DirectoryError extends Error {
  override readonly name = 'DirectoryError';

  private constructor(
    readonly code: DirectoryErrorCode,
    readonly kind: DirectoryErrorKind,
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
  }

  static agencyNotFound(agencyId: string): DirectoryError {
    return new DirectoryError('AGENCY.NOT_FOUND', 'not-found', `no agency with id '${agencyId}' is in the directory`, 'id');
  }
}

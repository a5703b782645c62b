/** How a broken special-line rule is classified; the edge maps it to HTTP. */
export type SpecialLineErrorKind = 'invalid' | 'not-found' | 'conflict' | 'forbidden';

export type SpecialLineErrorCode =
  | 'SPECIAL_LINE.NOT_FOUND'
  | 'SPECIAL_LINE.ALREADY_EXISTS'
  | 'SPECIAL_LINE.ALREADY_CLOSED'
  | 'SPECIAL_LINE.CLOSED'
  | 'SPECIAL_LINE.ENDS_BEFORE_START'
  | 'SPECIAL_LINE.ENDS_IN_PAST'
  | 'SPECIAL_LINE.PLATFORM_WIDE';

/** A broken special-line rule, with a dotted code such as `SPECIAL_LINE.ALREADY_CLOSED`. */
export class SpecialLineError extends Error {
  constructor(
    readonly code: SpecialLineErrorCode,
    readonly kind: SpecialLineErrorKind,
    message: string,
    /** The request field at fault, when there is one. */
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = 'SpecialLineError';
  }

  static notFound(code: string): SpecialLineError {
    return new SpecialLineError('SPECIAL_LINE.NOT_FOUND', 'not-found', `special line ${code} does not exist`);
  }

  static alreadyExists(code: string): SpecialLineError {
    return new SpecialLineError(
      'SPECIAL_LINE.ALREADY_EXISTS',
      'conflict',
      `a special line with code ${code} already exists (closed lines keep their code: choose another, e.g. ${code}-2)`,
      'code',
    );
  }
}

/** Codes of broken directory rules. */
export type DirectoryErrorCode =
  | 'AGENCY.NOT_FOUND'
  | 'AGENCY.NOTHING_TO_CHANGE'
  | 'AGENCY.INVALID_DUTY_HOURS'
  | 'AGENCY.ALREADY_CLOSED'
  | 'JURISDICTION.NOT_FOUND'
  | 'JURISDICTION.OVERLAPS'
  | 'JURISDICTION.ENDS_BEFORE_START'
  | 'REGION.UNKNOWN';

/** How a broken rule is classified; the HTTP edge maps it to a status. */
export type DirectoryErrorKind = 'not-found' | 'invalid' | 'conflict' | 'unprocessable';

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

  static nothingToChange(): DirectoryError {
    return new DirectoryError(
      'AGENCY.NOTHING_TO_CHANGE',
      'invalid',
      'name at least one of availability, dutyHours, languages, legalCategories, requestTypes',
    );
  }

  static invalidDutyHours(problems: readonly string[]): DirectoryError {
    return new DirectoryError('AGENCY.INVALID_DUTY_HOURS', 'invalid', `dutyHours: ${problems.join('; ')}`, 'dutyHours');
  }

  static alreadyClosed(agencyId: string): DirectoryError {
    return new DirectoryError('AGENCY.ALREADY_CLOSED', 'conflict', `${agencyId} has no jurisdiction left to end`);
  }

  static jurisdictionNotFound(agencyId: string, regionCode: string, on: string): DirectoryError {
    return new DirectoryError(
      'JURISDICTION.NOT_FOUND',
      'not-found',
      `${agencyId} has no jurisdiction over ${regionCode} still in force on ${on}`,
      'regionCode',
    );
  }

  static jurisdictionOverlaps(agencyId: string, regionCode: string, from: string, to: string | null): DirectoryError {
    return new DirectoryError(
      'JURISDICTION.OVERLAPS',
      'conflict',
      `${agencyId} already serves ${regionCode} from ${from}${to ? ` to ${to}` : ''}`,
      'effectiveFrom',
    );
  }

  static endsBeforeStart(regionCode: string, effectiveFrom: string, effectiveTo: string): DirectoryError {
    return new DirectoryError(
      'JURISDICTION.ENDS_BEFORE_START',
      'unprocessable',
      `the jurisdiction over ${regionCode} starts on ${effectiveFrom}; it cannot end on ${effectiveTo}`,
      'effectiveTo',
    );
  }

  static unknownRegion(regionCode: string): DirectoryError {
    return new DirectoryError('REGION.UNKNOWN', 'unprocessable', `${regionCode} names no known division`, 'regionCode');
  }
}

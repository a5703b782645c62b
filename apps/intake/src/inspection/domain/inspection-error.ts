/** How a broken inspection rule is classified; the edge maps it to HTTP. */
export type InspectionErrorKind = 'invalid' | 'not-found' | 'conflict' | 'forbidden';

export type InspectionErrorCode =
  | 'INSPECTION.PERIOD_INVALID'
  | 'INSPECTION.PERIOD_NOT_BEGUN'
  | 'INSPECTION.SCORE_INVALID'
  | 'INSPECTION.SAMPLE_NOT_FOUND'
  | 'INSPECTION.ALREADY_REVIEWED'
  | 'INSPECTION.OWN_SAMPLE'
  | 'INSPECTION.NOT_REVIEWED'
  | 'INSPECTION.NOT_YOUR_FINDING'
  | 'INSPECTION.SHARE_DIFFERS'
  | 'INSPECTION.NO_DRAW_SCOPE';

/** A broken inspection rule, with a dotted code such as `INSPECTION.OWN_SAMPLE`. */
export class InspectionError extends Error {
  constructor(
    readonly code: InspectionErrorCode,
    readonly kind: InspectionErrorKind,
    message: string,
    /** The request field at fault, when there is one. */
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = 'InspectionError';
  }

  static periodInvalid(): InspectionError {
    return new InspectionError(
      'INSPECTION.PERIOD_INVALID',
      'invalid',
      'period must be a month as YYYY-MM, e.g. 2026-11',
      'period',
    );
  }

  static sampleNotFound(sampleId: string): InspectionError {
    return new InspectionError(
      'INSPECTION.SAMPLE_NOT_FOUND',
      'not-found',
      `inspection sample ${sampleId} does not exist`,
    );
  }
}

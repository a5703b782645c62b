/**
 * A refused request: 401 (`unauthorized`: no or bad credentials), 403 (`forbidden`: the
 * credentials are good but lack the right), or 503 (`unavailable`: the identity provider could
 * not be asked, so the token could be neither trusted nor refused; the client should retry, not
 * sign the person out). Same shape as every coded failure of the platform.
 */
export class AccessDeniedError extends Error {
  readonly field = null;

  constructor(
    readonly code: string,
    readonly kind: 'unauthorized' | 'forbidden' | 'unavailable',
    message: string,
  ) {
    super(message);
    this.name = 'AccessDeniedError';
  }

  /** 403 for a resource that belongs to another organisation, body or area. */
  static otherBody(what: string): AccessDeniedError {
    return new AccessDeniedError('ACCESS.OTHER_BODY', 'forbidden', `${what} belongs to another organisation or body`);
  }

  static outsideArea(what: string): AccessDeniedError {
    return new AccessDeniedError('ACCESS.OUTSIDE_AREA', 'forbidden', `${what} lies outside the area you supervise`);
  }

  /** 403 for a supervisor's token without the area it supervises. */
  static noArea(): AccessDeniedError {
    return new AccessDeniedError('ACCESS.NO_AREA', 'forbidden', 'your account names no supervised area; ask an administrator to set it');
  }

  static noOrganisation(): AccessDeniedError {
    return new AccessDeniedError('ACCESS.NO_ORGANISATION', 'forbidden', 'your account names no organisation or body; ask an administrator to set it');
  }
}

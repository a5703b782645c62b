import { AccessDeniedError, type Principal } from '@legal-hotline/auth';
import { CodedError } from '@legal-hotline/service-runtime';
import type { RotaProblem } from './domain/rota.js';

export function rotaProblemError(problem: RotaProblem): CodedError {
  return new CodedError(problem.code, problem.kind, problem.message, problem.field);
}

export function editRefused(): CodedError {
  return new CodedError(
    'DUTY_ROTA.NOT_ALLOWED',
    'forbidden',
    'only the leads of the platform (owner-lead) and the supervisors of its province edit its duty rota',
  );
}

export function readRefused(): AccessDeniedError {
  return AccessDeniedError.otherBody('this duty rota');
}

/** The rota a request means when it names none; refused when the person has none to default to. */
export function rotaOrganisationOr(organisationId: string | null | undefined, principal: Principal): string {
  if (organisationId) return organisationId;
  throw principal.organisation === null
    ? AccessDeniedError.noOrganisation()
    : new CodedError(
        'DUTY_ROTA.ORGANISATION_REQUIRED',
        'invalid',
        'name the platform whose rota you mean (organisationId)',
        'organisationId',
      );
}

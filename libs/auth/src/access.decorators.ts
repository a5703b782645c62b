import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Principal, Role } from './principal.js';

export const ACCESS_METADATA = 'legal-hotline:access';

/** How a route is reached: with a bearer token carrying one of `roles`, or without one (`public`). */
export type RouteAccess = { kind: 'roles'; roles: readonly Role[] } | { kind: 'public'; reason: string };

/** Name of the OpenAPI security scheme every protected operation refers to. */
export const BEARER_SCHEME = 'bearer';

/**
 * The route needs a verified access token holding at least one of `roles`. Without a token, or
 * with a bad one: 401; with a token lacking the roles: 403 `AUTH.ROLE_MISSING`. Finer rules
 * (which organisation, body or area) are checked by the handler with the principal.
 * Documented in OpenAPI as the bearer scheme plus `x-required-roles`.
 */
export function RequireRoles(...roles: [Role, ...Role[]]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(ACCESS_METADATA, { kind: 'roles', roles } satisfies RouteAccess),
    ApiBearerAuth(BEARER_SCHEME),
    ApiExtension('x-required-roles', roles),
    ApiUnauthorizedResponse({ description: 'AUTH.TOKEN_MISSING, AUTH.TOKEN_INVALID or AUTH.TOKEN_EXPIRED: sign in again' }),
  );
}

/**
 * The route takes no bearer token: health checks, the caller's own lookup, and the partner API
 * (which authenticates signed requests itself). `reason` says why, for readers and reviews.
 */
export function PublicRoute(reason: string): MethodDecorator & ClassDecorator {
  return SetMetadata(ACCESS_METADATA, { kind: 'public', reason } satisfies RouteAccess);
}

/** The verified principal of the request (set by the access guard). */
export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<{ principal?: Principal }>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a route that is not protected by RequireRoles');
  return principal;
});

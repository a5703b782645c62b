import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AccessTokenVerifier, InvalidTokenError } from './access-token-verifier.js';
import { ACCESS_METADATA, type RouteAccess } from './access.decorators.js';
import { AccessDeniedError } from './access-denied.error.js';
import { hasAnyRole, type Principal } from './principal.js';

interface GuardedRequest {
  headers: Record<string, string | string[] | undefined>;
  principal?: Principal;
}

interface Reply {
  header(name: string, value: string): unknown;
}

/**
 * The one access guard of every service, installed globally. A route must declare its access
 * (`RequireRoles` or `PublicRoute`): an undeclared route is closed to everyone, so a new route
 * cannot be left open by forgetting. Kafka handlers are not HTTP and pass.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('Access');

  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: AccessTokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const access = this.reflector.getAllAndOverride<RouteAccess | undefined>(ACCESS_METADATA, [context.getHandler(), context.getClass()]);
    if (access?.kind === 'public') return true;

    const request = context.switchToHttp().getRequest<GuardedRequest>();
    const reply = context.switchToHttp().getResponse<Reply>();
    const token = bearerTokenOf(request.headers.authorization);
    if (!token) {
      reply.header('www-authenticate', 'Bearer realm="legal-hotline"');
      throw new AccessDeniedError('AUTH.TOKEN_MISSING', 'unauthorized', 'this operation needs a bearer access token from the identity provider');
    }
    let principal: Principal;
    try {
      principal = await this.verifier.verify(token);
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
      if (error.code === 'AUTH.PROVIDER_UNREACHABLE') {
        this.logger.warn({ msg: error.message });
        throw new AccessDeniedError(error.code, 'unavailable', error.message);
      }
      reply.header('www-authenticate', `Bearer realm="legal-hotline", error="invalid_token"`);
      throw new AccessDeniedError(error.code, 'unauthorized', error.message);
    }
    request.principal = principal;

    if (!access) {
      throw new AccessDeniedError('AUTH.ROUTE_UNDECLARED', 'forbidden', 'this operation declares no access rule and is closed');
    }
    if (!hasAnyRole(principal, access.roles)) {
      throw new AccessDeniedError('AUTH.ROLE_MISSING', 'forbidden', `this operation needs one of the roles: ${access.roles.join(', ')}`);
    }
    return true;
  }
}

function bearerTokenOf(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+([A-Za-z0-9\-_.~+/]+=*)$/i.exec(header.trim());
  return match?.[1] ?? null;
}

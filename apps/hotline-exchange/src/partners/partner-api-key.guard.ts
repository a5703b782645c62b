import { createParamDecorator, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthenticatePartnerHandler } from './authenticate-partner.handler.js';
import { presentedKeyText, type AuthenticatedPartner } from './domain/partner-api-key.js';
import { PartnerAuthError } from './domain/partner-auth.error.js';

type PartnerRequest = FastifyRequest & { partner?: AuthenticatedPartner };

/** OpenAPI names of the two ways to present a key (see the service definition). */
export const API_KEY_SECURITY = 'partner-api-key';
export const BEARER_SECURITY = 'partner-bearer';

/**
 * Admits requests that carry a valid partner key and puts the partner on the request, where
 * {@link AuthPartner} reads it. Runs before validation, so a stranger learns nothing about the
 * API from its validation errors.
 */
@Injectable()
export class PartnerApiKeyGuard implements CanActivate {
  constructor(private readonly authenticate: AuthenticatePartnerHandler) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<PartnerRequest>();
    try {
      request.partner = await this.authenticate.execute(presentedKeyText(request.headers));
      return true;
    } catch (error) {
      if (error instanceof PartnerAuthError && error.kind === 'unauthorized') {
        void context.switchToHttp().getResponse<FastifyReply>().header('www-authenticate', 'Bearer realm="12348-partner-exchange"');
      }
      throw error;
    }
  }
}

/** The partner that {@link PartnerApiKeyGuard} authenticated. */
export const AuthPartner = createParamDecorator((_: unknown, context: ExecutionContext): AuthenticatedPartner => {
  const partner = context.switchToHttp().getRequest<PartnerRequest>().partner;
  // Only reachable when a route forgot the guard: a programming error, not a client one.
  if (!partner) throw new Error('AuthPartner used on a route without PartnerApiKeyGuard');
  return partner;
});

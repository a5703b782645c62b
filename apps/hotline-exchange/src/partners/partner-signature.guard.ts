import { createParamDecorator, HttpException, HttpStatus, Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { errorBody } from '@legal-hotline/service-runtime';
import { AuthenticatePartnerHandler } from './authenticate-partner.handler.js';
import { PartnerAuthError } from './domain/partner-auth.error.js';
import { isWellFormedKeyId, type AuthenticatedPartner } from './domain/partner-key.js';
import { HEADERS } from './domain/signed-request.js';

/** The request as the HTTP edge leaves it: the exact body bytes are kept for signature checks. */
type PartnerRequest = FastifyRequest & { partner?: AuthenticatedPartner; rawBody?: Buffer };

/** OpenAPI name of the partner signature scheme (see the service definition). */
export const PARTNER_SIGNATURE_SECURITY = 'partner-signature';

const EMPTY_BODY = new Uint8Array(0);

/**
 * Admits partner requests signed with a partner key (Standard Webhooks, see
 * `domain/signed-request.ts`) and puts the partner on the request, where {@link AuthPartner}
 * reads it. Runs before validation, so a stranger learns nothing about the API from validation
 * errors. Every refusal is logged at warning level with the key id and the reason, never a
 * secret, a signature or the body.
 */
@Injectable()
export class PartnerSignatureGuard implements CanActivate {
  private readonly logger = new Logger('PartnerAuth');

  constructor(private readonly authenticate: AuthenticatePartnerHandler) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<PartnerRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    try {
      request.partner = await this.authenticate.execute(request.headers, request.rawBody ?? EMPTY_BODY);
      return true;
    } catch (error) {
      if (!(error instanceof PartnerAuthError)) throw error;
      this.logger.warn({
        msg: 'partner authentication refused',
        reason: error.code,
        keyId: wellFormedKeyIdOf(request.headers[HEADERS.keyId]),
        messageId: error.code === 'PARTNER_AUTH.REPLAYED' ? request.headers[HEADERS.id] : undefined,
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        correlationId: request.id,
      });
      if (error.kind === 'unauthorized') {
        void reply.header('www-authenticate', 'Signature realm="12348-partner-exchange", headers="x-partner-key-id webhook-id webhook-timestamp webhook-signature"');
      }
      if (error.kind === 'too-many-requests') {
        void reply.header('retry-after', String(error.retryAfterSeconds ?? 1));
        throw new HttpException(errorBody(HttpStatus.TOO_MANY_REQUESTS, error.code, error.message, error.field), HttpStatus.TOO_MANY_REQUESTS);
      }
      throw error;
    }
  }
}

/** The key id as logged: only a well-formed one, so a log line never carries arbitrary header text. */
function wellFormedKeyIdOf(header: string | string[] | undefined): string | null {
  return typeof header === 'string' && isWellFormedKeyId(header) ? header : null;
}

/** The partner that {@link PartnerSignatureGuard} authenticated. */
export const AuthPartner = createParamDecorator((_: unknown, context: ExecutionContext): AuthenticatedPartner => {
  const partner = context.switchToHttp().getRequest<PartnerRequest>().partner;
  // Only reachable when a route forgot the guard: a programming error, not a client one.
  if (!partner) throw new Error('AuthPartner used on a route without PartnerSignatureGuard');
  return partner;
});

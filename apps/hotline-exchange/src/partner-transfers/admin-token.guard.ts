import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { authorizeAdmin, bearerTokenOf } from './domain/admin-token.js';

/** OpenAPI name of the admin token scheme (see the service definition). */
export const ADMIN_SECURITY = 'admin-bearer';

/** The configured admin token (EXCHANGE_ADMIN_TOKEN), or null when the admin API is off. */
export const EXCHANGE_ADMIN_TOKEN = Symbol('EXCHANGE_ADMIN_TOKEN');

/** Admits requests with the admin token. Runs before validation, so a stranger learns nothing about the admin API. */
@Injectable()
export class AdminTokenGuard implements CanActivate {
  constructor(@Inject(EXCHANGE_ADMIN_TOKEN) private readonly adminToken: string | null) {}

  canActivate(context: ExecutionContext): boolean {
    authorizeAdmin(this.adminToken, bearerTokenOf(context.switchToHttp().getRequest<FastifyRequest>().headers));
    return true;
  }
}

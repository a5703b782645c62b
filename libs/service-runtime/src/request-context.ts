import {
  createParamDecorator,
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Observable } from 'rxjs';
import { runWithCorrelation, type CorrelationContext } from '@legal-hotline/observability';

/**
 * Runs each HTTP request inside its correlation context (the request id, taken from a
 * well-formed `X-Correlation-Id` header or freshly made) and echoes the id in the response.
 */
@Injectable()
export class CorrelationInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    void reply.header('x-correlation-id', request.id);
    const correlation: CorrelationContext = { correlationId: request.id, causationId: null };
    return new Observable((subscriber) => runWithCorrelation(correlation, () => next.handle().subscribe(subscriber)));
  }
}

/** The correlation of the current HTTP request, for handlers that emit events. */
export const RequestCorrelation = createParamDecorator((_: unknown, context: ExecutionContext): CorrelationContext => {
  const request = context.switchToHttp().getRequest<FastifyRequest>();
  return { correlationId: request.id, causationId: null };
});

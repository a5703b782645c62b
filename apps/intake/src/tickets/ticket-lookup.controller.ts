import { Body, Controller, HttpCode, HttpException, Post, Res } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PublicRoute } from '@legal-hotline/auth';
import { CodedError, errorBody } from '@legal-hotline/service-runtime';
import { LookUpTicketHandler } from './look-up-ticket.handler.js';
import { TicketLookupDto } from './ticket.dto.js';
import { CallerLookupView } from './ticket-view.dto.js';

@ApiTags('caller lookup')
@Controller('api/v1/ticket-lookup')
export class TicketLookupController {
  constructor(private readonly lookUpTicket: LookUpTicketHandler) {}

  @Post()
  @HttpCode(200)
  @PublicRoute('callers follow their own ticket with the reference and one-time code they were told; they have no account')
  // Per client address: a token's subject would let anyone mint fresh counters on a public route.
  @RouteConfig({ rateLimit: { max: 10, timeWindow: 60_000, keyGenerator: (request: FastifyRequest) => `lookup:${request.ip}` } })
  @ApiOperation({
    summary: 'A caller follows their ticket: status and next step only (zh/en), no personal information',
    description:
      'Limits: 10 requests a minute per client address, and 5 failed attempts per reference within 15 minutes; past either, 429 with Retry-After (for the reference, even with the right code).',
  })
  @ApiOkResponse({ type: CallerLookupView })
  @ApiBadRequestResponse({ description: 'A malformed reference or code; `errors` names the field' })
  @ApiNotFoundResponse({ description: 'TICKET.NOT_FOUND, for an unknown reference and a wrong code alike (the same body)' })
  @ApiTooManyRequestsResponse({ description: 'RATE_LIMITED (per client) or LOOKUP.TOO_MANY_ATTEMPTS (per reference), with Retry-After in seconds' })
  async lookUp(@Body() dto: TicketLookupDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<CallerLookupView> {
    const result = await this.lookUpTicket.lookUp(dto);
    switch (result.outcome) {
      case 'found':
        return result.view;
      case 'not-found':
        throw new CodedError('TICKET.NOT_FOUND', 'not-found', 'no ticket has this reference and code');
      case 'throttled':
        void reply.header('retry-after', String(result.retryAfterSeconds));
        throw new HttpException(
          errorBody(429, 'LOOKUP.TOO_MANY_ATTEMPTS', `too many failed attempts for this reference; try again in ${result.retryAfterSeconds} s`, 'reference'),
          429,
        );
    }
  }
}

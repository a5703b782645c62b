import { Body, Controller, createParamDecorator, Get, Param, Post, Query, Res, UseGuards, type ExecutionContext } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiSecurity,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PublicRoute } from '@legal-hotline/auth';
import type { CorrelationContext } from '@legal-hotline/observability';
import { RequestCorrelation } from '@legal-hotline/service-runtime';
import type { AuthenticatedPartner } from '../partners/domain/partner-key.js';
import { AuthPartner, PARTNER_SIGNATURE_SECURITY, PartnerSignatureGuard } from '../partners/partner-signature.guard.js';
import { checkIdempotencyKey } from './domain/receive-partner-case.js';
import { ForwardPartnerCaseHandler } from './forward-partner-case.handler.js';
import { ChangeFeedQuery, ForwardPartnerCaseDto, PartnerCaseChangeFeedDto, PartnerTicketDto, ReceiptAnswerDto, TicketIdParams } from './partner-ticket.dto.js';
import { PartnerTicketQueries } from './partner-ticket.queries.js';

/** The request's `Idempotency-Key` header, checked: 400 naming the header when missing or malformed. */
const IdempotencyKey = createParamDecorator((_: unknown, context: ExecutionContext): string =>
  checkIdempotencyKey(context.switchToHttp().getRequest<FastifyRequest>().headers['idempotency-key']),
);

@ApiTags('partner tickets')
@PublicRoute('partner API: partners sign each request with a partner key (Standard Webhooks), checked by PartnerSignatureGuard')
@ApiSecurity(PARTNER_SIGNATURE_SECURITY)
@ApiHeader({ name: 'X-Partner-Key-Id', required: true, description: 'Id of the partner key that signed the request' })
@ApiHeader({ name: 'webhook-id', required: true, description: 'A new id for every request (1-100 of A-Z a-z 0-9 _ - :); a used one is refused' })
@ApiHeader({ name: 'webhook-timestamp', required: true, description: 'Unix seconds when signed; within the tolerance (default 300 s) of the server clock' })
@ApiHeader({ name: 'webhook-signature', required: true, description: 'v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{raw body}"> with the key secret; several separated by spaces' })
@ApiUnauthorizedResponse({
  description:
    'PARTNER_AUTH.MISSING_HEADER, PARTNER_AUTH.MALFORMED_HEADER, PARTNER_AUTH.TIMESTAMP_OUTSIDE_WINDOW, PARTNER_AUTH.INVALID_SIGNATURE or PARTNER_AUTH.KEY_REVOKED; `errors[].field` names the header',
})
@ApiForbiddenResponse({ description: 'PARTNER_AUTH.PARTNER_SUSPENDED' })
@ApiConflictResponse({ description: 'PARTNER_AUTH.REPLAYED: this webhook-id was already used; sign the request again with a new one' })
@ApiTooManyRequestsResponse({ description: 'PARTNER_AUTH.TOO_MANY_FAILURES: too many failed authentications of this key id; wait Retry-After seconds' })
@UseGuards(PartnerSignatureGuard)
@Controller('api/v1/partner/tickets')
export class PartnerTicketController {
  constructor(
    private readonly forward: ForwardPartnerCaseHandler,
    private readonly queries: PartnerTicketQueries,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Forward a case to the 12348 platform (once per Idempotency-Key, and once per partnerReference)' })
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: "The partner's id for this request (1-100 visible ASCII characters). A repeat with the same body returns the first answer; with another body, 422 IDEMPOTENCY.KEY_REUSED." })
  @ApiCreatedResponse({ type: ReceiptAnswerDto, description: 'Received; a repeat returns the same answer with `Idempotent-Replayed: true`' })
  @ApiBadRequestResponse({ description: 'Invalid field or missing Idempotency-Key; `errors[].field` names it' })
  @ApiUnprocessableEntityResponse({ description: 'CONSENT.REQUIRED, REGION.UNKNOWN or IDEMPOTENCY.KEY_REUSED (the same key with another body, responsiblePlatform included)' })
  @ApiConflictResponse({ description: 'PARTNER_CASE.REFERENCE_REUSED: another case was already forwarded under this partnerReference (or PARTNER_AUTH.REPLAYED)' })
  async forwardCase(
    @AuthPartner() partner: AuthenticatedPartner,
    @IdempotencyKey() idempotencyKey: string,
    @Body() body: ForwardPartnerCaseDto,
    @RequestCorrelation() correlation: CorrelationContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReceiptAnswerDto> {
    const result = await this.forward.execute({ partner, idempotencyKey, forwarded: body, correlationId: correlation.correlationId });
    void reply.status(result.statusCode).header('idempotent-replayed', String(result.replayed));
    return result.body;
  }

  @Get()
  @ApiOperation({
    summary: 'Pull feed: every status change of your cases after a cursor, in order',
    description:
      'The same changes that are pushed to your registered endpoint (type case.status-changed), in the order they were recorded: start ' +
      'without after, then pass nextCursor each time. A change that commits while you read comes after nextCursor, so reading on never ' +
      'skips a change nor lists one twice. The cursor is opaque. Polling partners without an endpoint get every change here.',
  })
  @ApiOkResponse({ type: PartnerCaseChangeFeedDto, description: 'Your changes after the cursor, oldest first, and the cursor to read on from' })
  @ApiBadRequestResponse({
    description:
      'after is not a cursor, or FEED.CURSOR_UNKNOWN (a cursor this feed has not reached); limit out of range; updatedSince is no longer supported (use after). `errors[].field` names the parameter',
  })
  listChanges(@AuthPartner() partner: AuthenticatedPartner, @Query() query: ChangeFeedQuery): Promise<PartnerCaseChangeFeedDto> {
    return this.queries.changesAfter(partner, query.after, query.limit);
  }

  @Get(':ticketId')
  @ApiOperation({ summary: 'Status of a case you forwarded' })
  @ApiOkResponse({ type: PartnerTicketDto })
  @ApiNotFoundResponse({ description: 'PARTNER_CASE.NOT_FOUND: no such case among yours' })
  getCase(@AuthPartner() partner: AuthenticatedPartner, @Param() params: TicketIdParams): Promise<PartnerTicketDto> {
    return this.queries.get(partner, params.ticketId);
  }
}

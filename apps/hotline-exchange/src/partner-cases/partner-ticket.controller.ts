import { Body, Controller, createParamDecorator, Get, Param, Post, Query, Res, UseGuards, type ExecutionContext } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiSecurity,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CorrelationContext } from '@legal-hotline/observability';
import { RequestCorrelation } from '@legal-hotline/service-runtime';
import type { AuthenticatedPartner } from '../partners/domain/partner-api-key.js';
import { API_KEY_SECURITY, AuthPartner, BEARER_SECURITY, PartnerApiKeyGuard } from '../partners/partner-api-key.guard.js';
import { checkIdempotencyKey } from './domain/receive-partner-case.js';
import { ForwardPartnerCaseHandler } from './forward-partner-case.handler.js';
import {
  ForwardPartnerCaseDto,
  PartnerTicketDto,
  PartnerTicketFeedDto,
  ReceiptAnswerDto,
  TicketIdParams,
  UpdatedSinceQuery,
} from './partner-ticket.dto.js';
import { PartnerTicketQueries } from './partner-ticket.queries.js';

/** The request's `Idempotency-Key` header, checked: 400 naming the header when missing or malformed. */
const IdempotencyKey = createParamDecorator((_: unknown, context: ExecutionContext): string =>
  checkIdempotencyKey(context.switchToHttp().getRequest<FastifyRequest>().headers['idempotency-key']),
);

@ApiTags('partner tickets')
@ApiSecurity(API_KEY_SECURITY)
@ApiBearerAuth(BEARER_SECURITY)
@ApiUnauthorizedResponse({ description: 'AUTH.MISSING_KEY: no API key' })
@ApiForbiddenResponse({ description: 'AUTH.INVALID_KEY, AUTH.REVOKED_KEY or AUTH.PARTNER_SUSPENDED' })
@UseGuards(PartnerApiKeyGuard)
@Controller('api/v1/partner/tickets')
export class PartnerTicketController {
  constructor(
    private readonly forward: ForwardPartnerCaseHandler,
    private readonly queries: PartnerTicketQueries,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Forward a case to the 12348 platform (once per Idempotency-Key)' })
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: "The partner's id for this request (1-100 visible ASCII characters). A repeat with the same body returns the first answer; with another body, 422 IDEMPOTENCY.KEY_REUSED." })
  @ApiCreatedResponse({ type: ReceiptAnswerDto, description: 'Received; a repeat returns the same answer with `Idempotent-Replayed: true`' })
  @ApiBadRequestResponse({ description: 'Invalid field or missing Idempotency-Key; `errors[].field` names it' })
  @ApiUnprocessableEntityResponse({ description: 'CONSENT.REQUIRED, REGION.UNKNOWN or IDEMPOTENCY.KEY_REUSED' })
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
  @ApiOperation({ summary: 'Pull feed: your cases whose status changed at or after `updatedSince`' })
  @ApiOkResponse({ type: PartnerTicketFeedDto })
  listUpdatedSince(@AuthPartner() partner: AuthenticatedPartner, @Query() query: UpdatedSinceQuery): Promise<PartnerTicketFeedDto> {
    return this.queries.updatedSince(partner, new Date(query.updatedSince), query.limit);
  }

  @Get(':ticketId')
  @ApiOperation({ summary: 'Status of a case you forwarded' })
  @ApiOkResponse({ type: PartnerTicketDto })
  @ApiNotFoundResponse({ description: 'PARTNER_CASE.NOT_FOUND: no such case among yours' })
  getCase(@AuthPartner() partner: AuthenticatedPartner, @Param() params: TicketIdParams): Promise<PartnerTicketDto> {
    return this.queries.get(partner, params.ticketId);
  }
}

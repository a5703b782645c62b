import {
  Controller,
  createParamDecorator,
  Get,
  Param,
  Post,
  Query,
  Res,
  UseFilters,
  UseGuards,
  ValidationPipe,
  type ExecutionContext,
} from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotAcceptableResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiSecurity,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PublicRoute } from '@legal-hotline/auth';
import type { CorrelationContext } from '@legal-hotline/observability';
import { FORM_BODY_ROUTE, RequestCorrelation, validationException } from '@legal-hotline/service-runtime';
import type { AuthenticatedPartner } from '../partners/domain/partner-key.js';
import { AuthPartner, PARTNER_SIGNATURE_SECURITY, PartnerSignatureGuard } from '../partners/partner-signature.guard.js';
import { postedFieldsOf, type Open311Receipt } from './domain/posted-service-request.js';
import { serviceRequestFilterOf } from './domain/service-request-filter.js';
import type { Open311ServiceRequest } from './domain/service-request-view.js';
import {
  Open311ErrorDto,
  POSTED_FIELDS_VALIDATION_OPTIONS,
  PostServiceRequestDto,
  ServiceRequestDto,
  ServiceRequestReceiptDto,
  ServiceRequestsQuery,
} from './open311.dto.js';
import { Open311ExceptionFilter } from './open311-exception.filter.js';
import { Open311ServiceRequestQueries } from './open311-service-request.queries.js';
import { PostServiceRequestHandler } from './post-service-request.handler.js';
import { JsonFormatOnly } from './response-format.pipe.js';
import { ServiceRequestId } from './service-request-id.pipe.js';

/** The posted fields in one shape, form-encoded or JSON; validated by the pipe given to it. */
const PostedFields = createParamDecorator((_: unknown, context: ExecutionContext): Record<string, unknown> =>
  postedFieldsOf(context.switchToHttp().getRequest<FastifyRequest>().body),
);

/** Validation of the posted fields once they are in one shape; errors in the platform's body, which the filter writes the Open311 way. */
const POSTED_FIELDS_VALIDATION = new ValidationPipe({
  ...POSTED_FIELDS_VALIDATION_OPTIONS,
  transform: true,
  validateCustomDecorators: true,
  exceptionFactory: validationException,
});

const SIGNED =
  "Signed like every partner request, with a partner key (Standard Webhooks headers X-Partner-Key-Id, webhook-id, webhook-timestamp, webhook-signature over the exact body, empty for GET). The specification's api_key is not used: one sent is ignored.";
const FORMAT_PARAM = {
  name: 'format',
  enum: ['json'],
  description: 'json; any other format, xml included, answers 406',
} as const;

@ApiTags('open311')
@PublicRoute(
  'partner API (Open311): partners sign each request with a partner key (Standard Webhooks), checked by PartnerSignatureGuard',
)
@ApiSecurity(PARTNER_SIGNATURE_SECURITY)
@ApiHeader({ name: 'X-Partner-Key-Id', required: true, description: 'Id of the partner key that signed the request' })
@ApiHeader({
  name: 'webhook-id',
  required: true,
  description: 'A new id for every request (1-100 of A-Z a-z 0-9 _ - :); a used one is refused',
})
@ApiHeader({
  name: 'webhook-timestamp',
  required: true,
  description: 'Unix seconds when signed; within the tolerance (default 300 s) of the server clock',
})
@ApiHeader({
  name: 'webhook-signature',
  required: true,
  description:
    'v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{raw body}"> with the key secret; several separated by spaces',
})
@ApiUnauthorizedResponse({
  type: [Open311ErrorDto],
  description:
    'PARTNER_AUTH.MISSING_HEADER, PARTNER_AUTH.MALFORMED_HEADER, PARTNER_AUTH.TIMESTAMP_OUTSIDE_WINDOW, PARTNER_AUTH.INVALID_SIGNATURE or PARTNER_AUTH.KEY_REVOKED; the description names the header',
})
@ApiForbiddenResponse({ type: [Open311ErrorDto], description: 'PARTNER_AUTH.PARTNER_SUSPENDED' })
@ApiConflictResponse({
  type: [Open311ErrorDto],
  description: 'PARTNER_AUTH.REPLAYED: this webhook-id was already used; sign the request again with a new one',
})
@ApiTooManyRequestsResponse({
  type: [Open311ErrorDto],
  description:
    'PARTNER_AUTH.TOO_MANY_FAILURES: too many failed authentications of this key id; wait Retry-After seconds',
})
@ApiNotAcceptableResponse({ type: [Open311ErrorDto], description: 'OPEN311.FORMAT_NOT_SERVED: only .json is served' })
@UseGuards(PartnerSignatureGuard)
@UseFilters(Open311ExceptionFilter)
@Controller('api/open311/v2')
export class Open311RequestsController {
  constructor(
    private readonly post: PostServiceRequestHandler,
    private readonly queries: Open311ServiceRequestQueries,
  ) {}

  @Post('requests.:format')
  @RouteConfig(FORM_BODY_ROUTE)
  @ApiOperation({
    summary: 'Forward a case as an Open311 service request (once per attribute[partner_reference])',
    description:
      `GeoReport v2 POST service request, form-encoded as the specification sends it (attributes as attribute[<code>]=<value>) or JSON. ${SIGNED} ` +
      'The specification has no idempotency: attribute[partner_reference] names the case. The same case posted again answers the first receipt ' +
      '(header Idempotent-Replayed: true) and opens nothing; another case under a used reference answers 409. The case reaches the 12348 platform ' +
      'exactly as one forwarded with POST /api/v1/partner/tickets; address_string and lat/long are added to its summary, attribute[region_code] routes it. ' +
      'email, device_id, account_id, address_id and jurisdiction_id are ignored and not kept. A body that cannot be read (malformed form or JSON), ' +
      'another content type, an oversized body and the rate limit are refused at the HTTP edge, before this route, in the platform error body.',
  })
  @ApiParam(FORMAT_PARAM)
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  // deepObject: in a form the attribute object travels as attribute[<code>]=<value>, as the
  // specification writes it (an encoding means nothing to the JSON body, which ignores it).
  @ApiBody({ type: PostServiceRequestDto, encoding: { attribute: { style: 'deepObject', explode: true } } })
  @ApiCreatedResponse({
    type: [ServiceRequestReceiptDto],
    description: 'Received; a repeat of the same case returns the same answer with Idempotent-Replayed: true',
  })
  @ApiBadRequestResponse({
    type: [Open311ErrorDto],
    description: 'A missing or invalid field or attribute (unknown service_code included); the description names it',
  })
  @ApiUnprocessableEntityResponse({
    type: [Open311ErrorDto],
    description:
      'CONSENT.REQUIRED: attribute[caller_consent] is not true; REGION.UNKNOWN: a well-formed region code that names no division served',
  })
  @ApiConflictResponse({
    type: [Open311ErrorDto],
    description:
      'PARTNER_CASE.REFERENCE_REUSED: another case was already forwarded under this attribute[partner_reference]; or PARTNER_AUTH.REPLAYED',
  })
  async postServiceRequest(
    @AuthPartner() partner: AuthenticatedPartner,
    @Param('format', JsonFormatOnly) _format: 'json',
    @PostedFields(POSTED_FIELDS_VALIDATION) posted: PostServiceRequestDto,
    @RequestCorrelation() correlation: CorrelationContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Open311Receipt[]> {
    const result = await this.post.execute({ partner, posted, correlationId: correlation.correlationId });
    void reply.header('idempotent-replayed', String(result.replayed));
    return [result.receipt];
  }

  @Get('requests.:format')
  @ApiOperation({
    summary: 'Your Open311 service requests: by id, or searched by service, status and time',
    description:
      `GeoReport v2 GET service requests, over the cases you forwarded (through Open311 or the partner API). ${SIGNED} ` +
      'service_request_id overrides every other argument. start_date/end_date search requested_datetime over at most 90 days (the last 90 days when no time is given); ' +
      "updated_after/updated_before, this platform's extension, search updated_datetime for polling: with updated_after the oldest change comes first. At most 1000 requests.",
  })
  @ApiParam(FORMAT_PARAM)
  @ApiOkResponse({ type: [ServiceRequestDto] })
  @ApiBadRequestResponse({ type: [Open311ErrorDto], description: 'An invalid argument; the description names it' })
  listServiceRequests(
    @AuthPartner() partner: AuthenticatedPartner,
    @Param('format', JsonFormatOnly) _format: 'json',
    @Query() query: ServiceRequestsQuery,
  ): Promise<Open311ServiceRequest[]> {
    return this.queries.search(partner, serviceRequestFilterOf(query, new Date()));
  }

  @Get('requests/:service_request_id.:format')
  @ApiOperation({
    summary: 'One of your Open311 service requests, with its extended status and history',
    description: `GeoReport v2 GET service request: a list of one. ${SIGNED}`,
  })
  @ApiParam({
    name: 'service_request_id',
    format: 'uuid',
    description: 'The service_request_id the POST answered (the shared ticket id)',
  })
  @ApiParam(FORMAT_PARAM)
  @ApiOkResponse({ type: [ServiceRequestDto] })
  @ApiBadRequestResponse({ type: [Open311ErrorDto], description: 'OPEN311.ID_INVALID: not a UUID' })
  @ApiNotFoundResponse({
    type: [Open311ErrorDto],
    description: 'OPEN311.NOT_FOUND: no such service request among yours',
  })
  async getServiceRequest(
    @AuthPartner() partner: AuthenticatedPartner,
    @Param('service_request_id', ServiceRequestId) ticketId: string,
    @Param('format', JsonFormatOnly) _format: 'json',
  ): Promise<Open311ServiceRequest[]> {
    return [await this.queries.get(partner, ticketId)];
  }
}

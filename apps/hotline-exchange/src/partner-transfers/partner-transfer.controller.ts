import { Body, Controller, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiSecurity,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { PublicRoute } from '@legal-hotline/auth';
import type { AuthenticatedPartner } from '../partners/domain/partner-key.js';
import { AuthPartner, PARTNER_SIGNATURE_SECURITY, PartnerSignatureGuard } from '../partners/partner-signature.guard.js';
import {
  AcceptTransferDto,
  PartnerTransferDto,
  PartnerTransferListDto,
  PartnerTransfersQuery,
  RejectTransferDto,
  ReportProgressDto,
  ReportResultDto,
  TransferIdParams,
} from './partner-transfer.dto.js';
import { PartnerTransferQueries } from './partner-transfer.queries.js';
import { RecordPartnerReceiptHandler } from './record-partner-receipt.handler.js';

const NOT_FOUND = 'PARTNER_TRANSFER.NOT_FOUND: no such transfer to you (`errors[].field` is transferId)';
const INVALID_STATE =
  'PARTNER_TRANSFER.INVALID_STATE: the command contradicts the receipt recorded so far (the message names the receipt state), or PARTNER_AUTH.REPLAYED';
const BUSY =
  'PARTNER_TRANSFER.BUSY: the transfer is being delivered to your endpoint at this moment; answer the delivery, then send the command again';
const REPEAT = 'The transfer as you see it afterwards. Sending the same command again with the same content answers the same, and records nothing twice.';

/**
 * A partner's business receipt of the transfers the 12348 platform sends it: accept or reject
 * (with a coded reason), progress notes, the result. The delivery's 2xx is only the technical
 * receipt; the owner's ticket waits for these.
 */
@ApiTags('partner transfers')
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
@ApiTooManyRequestsResponse({ description: 'PARTNER_AUTH.TOO_MANY_FAILURES: too many failed authentications of this key id; wait Retry-After seconds' })
@UseGuards(PartnerSignatureGuard)
@Controller('api/v1/partner/transfers')
export class PartnerTransferController {
  constructor(
    private readonly receipts: RecordPartnerReceiptHandler,
    private readonly queries: PartnerTransferQueries,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Your transfers, oldest request first; `receipt=awaiting-acceptance` lists the ones still to answer' })
  @ApiOkResponse({ type: PartnerTransferListDto })
  @ApiBadRequestResponse({ description: 'Unknown receipt state, a limit out of range or an unknown parameter; `errors[].field` names it' })
  @ApiConflictResponse({ description: 'PARTNER_AUTH.REPLAYED: this webhook-id was already used; sign the request again with a new one' })
  listTransfers(@AuthPartner() partner: AuthenticatedPartner, @Query() query: PartnerTransfersQuery): Promise<PartnerTransferListDto> {
    return this.queries.list(partner, query);
  }

  @Get(':transferId')
  @ApiOperation({ summary: 'A transfer sent to you: its delivery, your receipt, the acceptance deadline, your progress notes and result' })
  @ApiOkResponse({ type: PartnerTransferDto })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiBadRequestResponse({ description: 'transferId is not a UUID' })
  @ApiConflictResponse({ description: 'PARTNER_AUTH.REPLAYED: this webhook-id was already used; sign the request again with a new one' })
  getTransfer(@AuthPartner() partner: AuthenticatedPartner, @Param() params: TransferIdParams): Promise<PartnerTransferDto> {
    return this.queries.get(partner, params.transferId);
  }

  @Post(':transferId/accept')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Accept the transfer: you take the case on (business acceptance)',
    description:
      'Allowed while awaiting acceptance and after the deadline passed (recorded as late), even before the delivery was recorded as delivered. `partnerReference` replaces the one your answer to the delivery carried. A repeat that leaves out partnerReference or names the one in force is the same acceptance.',
  })
  @ApiOkResponse({ type: PartnerTransferDto, description: REPEAT })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiBadRequestResponse({ description: 'Invalid field; `errors[].field` names it' })
  @ApiConflictResponse({ description: `${INVALID_STATE}: already rejected, or accepted with other details` })
  @ApiServiceUnavailableResponse({ description: BUSY })
  accept(@AuthPartner() partner: AuthenticatedPartner, @Param() params: TransferIdParams, @Body() body: AcceptTransferDto): Promise<PartnerTransferDto> {
    return this.receipts.accept(partner, params.transferId, body);
  }

  @Post(':transferId/reject')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Reject the transfer with a coded reason; the ticket goes back to the 12348 platform that owns it',
    description: 'Allowed while awaiting acceptance and after the deadline passed, even before the delivery was recorded as delivered. Final.',
  })
  @ApiOkResponse({ type: PartnerTransferDto, description: REPEAT })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiBadRequestResponse({ description: 'Missing or unknown reason, or a note too long; `errors[].field` names it' })
  @ApiConflictResponse({ description: `${INVALID_STATE}: already accepted (or completed), or rejected with another reason or note` })
  @ApiServiceUnavailableResponse({ description: BUSY })
  reject(@AuthPartner() partner: AuthenticatedPartner, @Param() params: TransferIdParams, @Body() body: RejectTransferDto): Promise<PartnerTransferDto> {
    return this.receipts.reject(partner, params.transferId, body);
  }

  @Post(':transferId/progress')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Report progress on a transfer you accepted',
    description: 'Each new note is kept and passed to the owner; the same note as your latest one is a repeat.',
  })
  @ApiOkResponse({ type: PartnerTransferDto, description: REPEAT })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiBadRequestResponse({ description: 'Missing, blank or too long note; `errors[].field` names it' })
  @ApiConflictResponse({ description: `${INVALID_STATE}: not accepted (yet), rejected, or the result is already reported` })
  @ApiServiceUnavailableResponse({ description: BUSY })
  reportProgress(@AuthPartner() partner: AuthenticatedPartner, @Param() params: TransferIdParams, @Body() body: ReportProgressDto): Promise<PartnerTransferDto> {
    return this.receipts.reportProgress(partner, params.transferId, body);
  }

  @Post(':transferId/result')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Report the result of a transfer you accepted: what you did and what you told the caller (once)',
    description: 'The 12348 platform answers the caller and closes its ticket from it.',
  })
  @ApiOkResponse({ type: PartnerTransferDto, description: REPEAT })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiBadRequestResponse({ description: 'Invalid field, or PARTNER_TRANSFER.COMPLETED_AT_INVALID (in the future or before the request); `errors[].field` names it' })
  @ApiConflictResponse({ description: `${INVALID_STATE}: not accepted (yet), rejected, or a result with other content is already reported` })
  @ApiServiceUnavailableResponse({ description: BUSY })
  reportResult(@AuthPartner() partner: AuthenticatedPartner, @Param() params: TransferIdParams, @Body() body: ReportResultDto): Promise<PartnerTransferDto> {
    return this.receipts.reportResult(partner, params.transferId, body);
  }
}

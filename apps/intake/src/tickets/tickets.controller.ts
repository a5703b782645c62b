import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentPrincipal, RequireRoles, type Principal } from '@legal-hotline/auth';
import type { CorrelationContext } from '@legal-hotline/observability';
import { CodedError, RequestCorrelation } from '@legal-hotline/service-runtime';
import { isIdempotencyKey } from './domain/idempotency.js';
import { GetTicketHandler } from './get-ticket.handler.js';
import { ListTicketsHandler } from './list-tickets.handler.js';
import { MergeTicketsHandler } from './merge-tickets.handler.js';
import { OpenTicketHandler } from './open-ticket.handler.js';
import { TicketCommandsHandler } from './ticket-commands.handler.js';
import {
  AnswerCallerDto,
  CloseTicketDto,
  DeskResolutionDto,
  ListTicketsQueryDto,
  MergeTicketDto,
  OpenTicketDto,
  RecordFollowUpDto,
  ReferTicketDto,
  ReopenTicketDto,
  TicketIdParamsDto,
  TransferTicketDto,
  UndoMergeDto,
  WorkOrderDto,
} from './ticket.dto.js';
import { DeskResolutionHandler } from './desk-resolution.handler.js';
import { OpenedTicketView, TicketPageView, TicketView } from './ticket-view.dto.js';

const CONFLICT = 'TICKET.INVALID_TRANSITION naming the current and the refused status, or the rule broken';
const NOT_OWNER =
  'TICKET.NOT_OWNER: the token’s organisation is not the platform responsible for the ticket (`responsible`: the first-contact organisation, or for a partner’s forward the 12348 platform that answers it); AUTH.ROLE_MISSING: the token lacks the role';
const READ_REFUSED =
  'ACCESS.OTHER_BODY (the ticket belongs to another organisation or body) or ACCESS.OUTSIDE_AREA (a supervisor, outside the area); AUTH.ROLE_MISSING';

@ApiTags('tickets')
@Controller('api/v1/tickets')
export class TicketsController {
  constructor(
    private readonly openTicket: OpenTicketHandler,
    private readonly getTicket: GetTicketHandler,
    private readonly listTickets: ListTicketsHandler,
    private readonly commands: TicketCommandsHandler,
    private readonly merges: MergeTicketsHandler,
    private readonly deskResolution: DeskResolutionHandler,
  ) {}

  @Post()
  @RequireRoles('hotline-agent')
  @ApiOperation({
    summary: 'Open a ticket (受理) for a request received on a 12348 platform; a consultation answered on the call is closed at once (即时办结)',
    description:
      'The first contact is the token’s organisation and agent; the platform follows from the channel. The answer carries the caller’s lookup reference and one-time code, once. ' +
      '`handling`: `resolve` records the answer and closes the ticket in the same step (ticket.opened.v1 with handling desk, ticket.resolved-at-first-contact.v1, ticket.closed.v1; never routed); ' +
      '`desk` keeps it at the desk (status at-desk); `dispatch` sends it to routing, with a `reason` that a consultation or complaint needs. ' +
      'Absent: consultations and complaints stay at the desk, legal-aid and mediation applications are routed. A dangerous matter goes to 110 and is routed whatever the handling. ' +
      '`specialLine`: the open special line (专线) the request came in on; the ticket takes its priority when higher.',
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: '1 to 200 visible ASCII characters, per organisation: a retry with the same key and body answers the first ticket and opens none',
  })
  @ApiCreatedResponse({ type: OpenedTicketView })
  @ApiBadRequestResponse({
    description:
      'Invalid request (a body field such as `firstContact` is refused); `errors` names each field. TICKET.DISPATCH_REASON_MISSING (field `handling.reason`): a consultation or complaint sent to routing without a reason',
  })
  @ApiForbiddenResponse({ description: 'AUTH.ROLE_MISSING, or ACCESS.NO_ORGANISATION: the token names no organisation' })
  @ApiUnprocessableEntityResponse({
    description:
      'REGION.UNKNOWN: a region code names no known division; IDEMPOTENCY.KEY_REUSED: the key was used with another body; ' +
      'TICKET.NOT_A_DESK_REQUEST (field `handling.mode`): only consultations and complaints are kept or resolved at the desk; ' +
      'TICKET.DANGEROUS_MATTER (field `handling.mode`): a dangerous matter cannot be closed at first contact; ' +
      'TICKET.KNOWLEDGE_UNPUBLISHED (field `handling.knowledgeEntryIds`): the answer cites entries that are not published, listed; ' +
      'TICKET.SPECIAL_LINE_CLOSED (field `specialLine`): the special line is not open',
  })
  open(
    @Body() dto: OpenTicketDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @RequestCorrelation() correlation: CorrelationContext,
  ): Promise<OpenedTicketView> {
    return this.openTicket.open(dto, principal, idempotencyKeyOf(idempotencyKey), correlation);
  }

  @Get()
  @RequireRoles('hotline-agent', 'owner-lead', 'office-staff', 'supervisor')
  @ApiOperation({
    summary: 'Tickets the caller may read that match the filters, newest first; search by ticket number or by the caller’s phone',
    description:
      'Agents and leads: tickets their organisation is responsible for (received first, or answers for a partner) or watches. Office staff: tickets handed (at any time) to their body. Supervisors: tickets in their area. Filtered, never refused. ' +
      'A search by `callerPhone` (matched by its keyed hash) is for agents and leads only and finds only tickets their organisation is responsible for; each ticket it shows is written to the access trail (purpose `search`). ' +
      'The callback list of the desk: `followUpSampled=true&followUpRecorded=false` (tickets resolved at first contact drawn for the follow-up call and not called back yet).',
  })
  @ApiOkResponse({ type: TicketPageView })
  @ApiBadRequestResponse({ description: 'A filter is malformed (`ticketNumber`, `callerPhone`, `regionCode`, ...); `errors` names each field' })
  @ApiForbiddenResponse({ description: 'PII.NOT_ENTITLED (field `callerPhone`): only hotline agents and leads search by the caller’s phone; AUTH.ROLE_MISSING' })
  list(
    @Query() query: ListTicketsQueryDto,
    @CurrentPrincipal() principal: Principal,
    @RequestCorrelation() correlation: CorrelationContext,
  ): Promise<TicketPageView> {
    return this.listTickets.list(query, principal, correlation);
  }

  @Get(':id')
  @RequireRoles('hotline-agent', 'owner-lead', 'office-staff', 'supervisor')
  @ApiOperation({
    summary: 'A ticket with its first contact, responsible platform, current handler, hand-offs, transfers and their receipts, records, possible duplicates and timeline; caller masked',
    description: 'Readable as in the list. Possible duplicates are shown to agents only, and only tickets their organisation is responsible for or watches.',
  })
  @ApiOkResponse({ type: TicketView })
  @ApiForbiddenResponse({ description: READ_REFUSED })
  @ApiNotFoundResponse({ description: 'TICKET.NOT_FOUND' })
  get(@Param() params: TicketIdParamsDto, @CurrentPrincipal() principal: Principal): Promise<TicketView> {
    return this.getTicket.get(params.id, principal);
  }

  @Post(':id/answer')
  @HttpCode(200)
  @RequireRoles('hotline-agent')
  @ApiOperation({ summary: 'The responsible platform answered the caller (答复)' })
  @ApiOkResponse({ type: TicketView })
  @ApiForbiddenResponse({ description: NOT_OWNER })
  @ApiNotFoundResponse({ description: 'TICKET.NOT_FOUND' })
  @ApiConflictResponse({ description: CONFLICT })
  answer(
    @Param() params: TicketIdParamsDto,
    @Body() dto: AnswerCallerDto,
    @CurrentPrincipal() principal: Principal,
    @RequestCorrelation() correlation: CorrelationContext,
  ): Promise<TicketView> {
    return this.commands.answer(params.id, dto, principal, correlation);
  }

  @Post(':id/desk-resolution')
  @HttpCode(200)
  @RequireRoles('hotline-agent')
  @ApiOperation({
    summary: 'The desk answers a ticket kept there and closes it (即时办结)',
    description:
      'For a ticket at the desk (at-desk), reopened after an earlier desk answer, or back from a partner hotline. Emits ticket.resolved-at-first-contact.v1 and ticket.closed.v1; ' +
      'the answer is the caller’s answer, shown to the asker at the caller lookup. Drawn for the follow-up call by DESK_FOLLOW_UP_SAMPLE_SHARE (`followUpSampled`).',
  })
  @ApiOkResponse({ type: TicketView })
  @ApiBadRequestResponse({ description: 'Invalid request; `errors` names each field' })
  @ApiForbiddenResponse({ description: NOT_OWNER })
  @ApiNotFoundResponse({ description: 'TICKET.NOT_FOUND' })
  @ApiConflictResponse({ description: `TICKET.NOT_AT_DESK: the ticket was sent to routing; or ${CONFLICT}` })
  @ApiUnprocessableEntityResponse({ description: 'TICKET.KNOWLEDGE_UNPUBLISHED (field `knowledgeEntryIds`): the answer cites entries that are not published, listed' })
  resolveAtDesk(
    @Param() params: TicketIdParamsDto,
    @Body() dto: DeskResolutionDto,
    @CurrentPrincipal() principal: Principal,
    @RequestCorrelation() correlation: CorrelationContext,
  ): Promise<TicketView> {
    const input = { answer: dto.answer, knowledgeEntryIds: dto.knowledgeEntryIds ?? [], citedArticles: dto.citedArticles ?? [], caseEducationGiven: dto.caseEducationGiven };
    return this.deskResolution.resolve(params.id, input, principal, correlation);
  }

  @Post(':id/work-order')
  @HttpCode(200)
  @RequireRoles('hotline-agent')
  @ApiOperation({
    summary: 'The desk turns a ticket kept there into a work order, sent to routing (e.g. a consultation becomes a legal-aid application)',
    description:
      'For a desk ticket never sent to routing: at-desk, closed at the desk (reopened in the same step), reopened, or back from a partner hotline. The ticket keeps its number, owner and history; ' +
      'its handling becomes dispatch, its status received, and ticket.dispatch-requested.v1 carries it to routing as it now stands.',
  })
  @ApiOkResponse({ type: TicketView })
  @ApiBadRequestResponse({ description: 'Invalid request (`requestType`, `reason`); `errors` names each field' })
  @ApiForbiddenResponse({ description: NOT_OWNER })
  @ApiNotFoundResponse({ description: 'TICKET.NOT_FOUND' })
  @ApiConflictResponse({ description: `TICKET.ALREADY_DISPATCHED: the ticket was sent to routing already; or ${CONFLICT}` })
  workOrder(
    @Param() params: TicketIdParamsDto,
    @Body() dto: WorkOrderDto,
    @CurrentPrincipal() principal: Principal,
    @RequestCorrelation() correlation: CorrelationContext,
  ): Promise<TicketView> {
    return this.commands.workOrder(params.id, dto, principal, correlation);
  }

  @Post(':id/follow-up')
  @HttpCode(200)
  @RequireRoles('hotline-agent')
  @ApiOperation({
    summary: 'The responsible platform recorded the follow-up call (回访); a dissatisfied caller reopens the ticket under supervision',
    description:
      'Also on a ticket closed at the desk (即时办结): recorded on the closed ticket; a dissatisfied caller or an unresolved matter reopens it for the desk, to be answered again or turned into a work order.',
  })
  @ApiOkResponse({ type: TicketView })
  @ApiForbiddenResponse({ description: NOT_OWNER })
  @ApiNotFoundResponse({ description: 'TICKET.NOT_FOUND' })
  @ApiConflictResponse({ description: `TICKET.NOT_ANSWERED, or ${CONFLICT}` })
  followUp(
    @Param() params: TicketIdParamsDto,
    @Body() dto: RecordFollowUpDto,
    @CurrentPrincipal() principal: Principal,
    @RequestCorrelation() correlation: CorrelationContext,
  ): Promise<TicketView> {
    return this.commands.recordFollowUp(params.id, dto, principal, correlation);
  }

  @Post(':id/close')
  @HttpCode(200)
  @RequireRoles('owner-lead')
  @ApiOperation({ summary: 'A lead of the responsible platform closes the ticket (办结) after the answer and the follow-up call' })
  @ApiOkResponse({ type: TicketView })
  @ApiForbiddenResponse({ description: NOT_OWNER })
  @ApiNotFoundResponse({ description: 'TICKET.NOT_FOUND' })
  @ApiConflictResponse({ description: `TICKET.NOT_ANSWERED, TICKET.FOLLOW_UP_MISSING, or ${CONFLICT}` })
  close(
    @Param() params: TicketIdParamsDto,
    @Body() _empty: CloseTicketDto,
    @CurrentPrincipal() principal: Principal,
    @RequestCorrelation() correlation: CorrelationContext,
  ): Promise<TicketView> {
    return this.commands.close(params.id, principal, correlation);
  }

  @Post(':id/reopen')
  @HttpCode(200)
  @RequireRoles('hotline-agent')
  @ApiOperation({ summary: 'The responsible platform reopens the ticket' })
  @ApiOkResponse({ type: TicketView })
  @ApiForbiddenResponse({ description: NOT_OWNER })
  @ApiNotFoundResponse({ description: 'TICKET.NOT_FOUND' })
  @ApiConflictResponse({ description: CONFLICT })
  reopen(
    @Param() params: TicketIdParamsDto,
    @Body() dto: ReopenTicketDto,
    @CurrentPrincipal() principal: Principal,
    @RequestCorrelation() correlation: CorrelationContext,
  ): Promise<TicketView> {
    return this.commands.reopen(params.id, dto, principal, correlation);
  }

  @Post(':id/transfer')
  @HttpCode(200)
  @RequireRoles('hotline-agent')
  @ApiOperation({
    summary: 'The responsible platform passes a matter that is not the legal service’s to a partner hotline',
    description:
      'From at-desk (a question that is not the legal service’s), returned-to-owner or reopened, also after an earlier transfer came back (rejected, or not accepted in time). The partner’s receipts (accepted, rejected, overdue, progress, result) appear in `transfers[].receipt` and the timeline.',
  })
  @ApiOkResponse({ type: TicketView })
  @ApiForbiddenResponse({ description: NOT_OWNER })
  @ApiNotFoundResponse({ description: 'TICKET.NOT_FOUND' })
  @ApiConflictResponse({ description: CONFLICT })
  transfer(
    @Param() params: TicketIdParamsDto,
    @Body() dto: TransferTicketDto,
    @CurrentPrincipal() principal: Principal,
    @RequestCorrelation() correlation: CorrelationContext,
  ): Promise<TicketView> {
    return this.commands.transfer(params.id, dto, principal, correlation);
  }

  @Post(':id/referrals')
  @RequireRoles('hotline-agent')
  @ApiOperation({ summary: 'The responsible platform lets another organisation (by id) see the ticket without owning it (referral)' })
  @ApiCreatedResponse({ type: TicketView })
  @ApiForbiddenResponse({ description: NOT_OWNER })
  @ApiNotFoundResponse({ description: 'TICKET.NOT_FOUND' })
  @ApiConflictResponse({ description: 'TICKET.ALREADY_WATCHING' })
  refer(
    @Param() params: TicketIdParamsDto,
    @Body() dto: ReferTicketDto,
    @CurrentPrincipal() principal: Principal,
    @RequestCorrelation() correlation: CorrelationContext,
  ): Promise<TicketView> {
    return this.commands.refer(params.id, dto, principal, correlation);
  }

  @Post(':id/merge')
  @HttpCode(200)
  @RequireRoles('owner-lead')
  @ApiOperation({ summary: 'A lead of the responsible platform of either ticket merges this duplicate into another open ticket' })
  @ApiOkResponse({ type: TicketView })
  @ApiForbiddenResponse({ description: `${NOT_OWNER} (of neither ticket)` })
  @ApiNotFoundResponse({ description: 'TICKET.NOT_FOUND' })
  @ApiConflictResponse({ description: `TICKET.MERGE_TARGET_UNKNOWN, TICKET.MERGE_INTO_ITSELF, TICKET.MERGE_TARGET_CLOSED, or ${CONFLICT}` })
  merge(
    @Param() params: TicketIdParamsDto,
    @Body() dto: MergeTicketDto,
    @CurrentPrincipal() principal: Principal,
    @RequestCorrelation() correlation: CorrelationContext,
  ): Promise<TicketView> {
    return this.merges.merge(params.id, dto, principal, correlation);
  }

  @Post(':id/unmerge')
  @HttpCode(200)
  @RequireRoles('owner-lead')
  @ApiOperation({ summary: 'A lead of the responsible platform of either ticket undoes a merge: the ticket is open on its own again' })
  @ApiOkResponse({ type: TicketView })
  @ApiForbiddenResponse({ description: NOT_OWNER })
  @ApiNotFoundResponse({ description: 'TICKET.NOT_FOUND' })
  @ApiConflictResponse({ description: CONFLICT })
  unmerge(
    @Param() params: TicketIdParamsDto,
    @Body() _empty: UndoMergeDto,
    @CurrentPrincipal() principal: Principal,
    @RequestCorrelation() correlation: CorrelationContext,
  ): Promise<TicketView> {
    return this.merges.undo(params.id, principal, correlation);
  }
}

/** The optional Idempotency-Key header, checked: absent is null, malformed is a 400 naming it. */
export function idempotencyKeyOf(header: string | undefined): string | null {
  if (header === undefined) return null;
  if (!isIdempotencyKey(header)) {
    throw new CodedError('REQUEST.INVALID_IDEMPOTENCY_KEY', 'invalid', 'Idempotency-Key must be 1 to 200 visible ASCII characters', 'Idempotency-Key');
  }
  return header;
}

import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { CorrelationContext } from '@legal-hotline/observability';
import { RequestCorrelation } from '@legal-hotline/service-runtime';
import { GetTicketHandler } from './get-ticket.handler.js';
import { ListTicketsHandler } from './list-tickets.handler.js';
import { MergeTicketsHandler } from './merge-tickets.handler.js';
import { OpenTicketHandler } from './open-ticket.handler.js';
import { TicketCommandsHandler } from './ticket-commands.handler.js';
import {
  AnswerCallerDto,
  CloseTicketDto,
  ListTicketsQueryDto,
  MergeTicketDto,
  OpenTicketDto,
  RecordFollowUpDto,
  ReferTicketDto,
  ReopenTicketDto,
  TicketIdParamsDto,
  TransferTicketDto,
  UndoMergeDto,
} from './ticket.dto.js';
import { OpenedTicketView, TicketPageView, TicketView } from './ticket-view.dto.js';

const CONFLICT = 'TICKET.INVALID_TRANSITION naming the current and the refused status, or the rule broken';

@ApiTags('tickets')
@Controller('api/v1/tickets')
export class TicketsController {
  constructor(
    private readonly openTicket: OpenTicketHandler,
    private readonly getTicket: GetTicketHandler,
    private readonly listTickets: ListTicketsHandler,
    private readonly commands: TicketCommandsHandler,
    private readonly merges: MergeTicketsHandler,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Open a ticket (受理) for a request received on a 12348 platform' })
  @ApiCreatedResponse({ type: OpenedTicketView })
  @ApiBadRequestResponse({ description: 'Invalid request; `errors` names each field' })
  @ApiUnprocessableEntityResponse({ description: 'REGION.UNKNOWN: a region code names no known division' })
  open(@Body() dto: OpenTicketDto, @RequestCorrelation() correlation: CorrelationContext): Promise<OpenedTicketView> {
    return this.openTicket.open(dto, correlation);
  }

  @Get()
  @ApiOperation({ summary: 'Tickets matching the filters, newest first' })
  @ApiOkResponse({ type: TicketPageView })
  list(@Query() query: ListTicketsQueryDto): Promise<TicketPageView> {
    return this.listTickets.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A ticket with its first contact, current handler, hand-offs, records, possible duplicates and timeline' })
  @ApiOkResponse({ type: TicketView })
  @ApiNotFoundResponse({ description: 'TICKET.NOT_FOUND' })
  get(@Param() params: TicketIdParamsDto): Promise<TicketView> {
    return this.getTicket.get(params.id);
  }

  @Post(':id/answer')
  @HttpCode(200)
  @ApiOperation({ summary: 'The first-contact owner answered the caller (答复)' })
  @ApiOkResponse({ type: TicketView })
  @ApiForbiddenResponse({ description: 'TICKET.NOT_OWNER' })
  @ApiConflictResponse({ description: CONFLICT })
  answer(@Param() params: TicketIdParamsDto, @Body() dto: AnswerCallerDto, @RequestCorrelation() correlation: CorrelationContext): Promise<TicketView> {
    return this.commands.answer(params.id, dto, correlation);
  }

  @Post(':id/follow-up')
  @HttpCode(200)
  @ApiOperation({ summary: 'The owner recorded the follow-up call (回访); a dissatisfied caller reopens the ticket under supervision' })
  @ApiOkResponse({ type: TicketView })
  @ApiForbiddenResponse({ description: 'TICKET.NOT_OWNER' })
  @ApiConflictResponse({ description: `TICKET.NOT_ANSWERED, or ${CONFLICT}` })
  followUp(@Param() params: TicketIdParamsDto, @Body() dto: RecordFollowUpDto, @RequestCorrelation() correlation: CorrelationContext): Promise<TicketView> {
    return this.commands.recordFollowUp(params.id, dto, correlation);
  }

  @Post(':id/close')
  @HttpCode(200)
  @ApiOperation({ summary: 'The first-contact owner closes the ticket (办结) after the answer and the follow-up call' })
  @ApiOkResponse({ type: TicketView })
  @ApiForbiddenResponse({ description: 'TICKET.NOT_OWNER' })
  @ApiConflictResponse({ description: `TICKET.NOT_ANSWERED, TICKET.FOLLOW_UP_MISSING, or ${CONFLICT}` })
  close(@Param() params: TicketIdParamsDto, @Body() dto: CloseTicketDto, @RequestCorrelation() correlation: CorrelationContext): Promise<TicketView> {
    return this.commands.close(params.id, dto, correlation);
  }

  @Post(':id/reopen')
  @HttpCode(200)
  @ApiOperation({ summary: 'The owner reopens the ticket' })
  @ApiOkResponse({ type: TicketView })
  @ApiForbiddenResponse({ description: 'TICKET.NOT_OWNER' })
  @ApiConflictResponse({ description: CONFLICT })
  reopen(@Param() params: TicketIdParamsDto, @Body() dto: ReopenTicketDto, @RequestCorrelation() correlation: CorrelationContext): Promise<TicketView> {
    return this.commands.reopen(params.id, dto, correlation);
  }

  @Post(':id/transfer')
  @HttpCode(200)
  @ApiOperation({ summary: 'The owner passes a matter that is not the legal service’s to a partner hotline' })
  @ApiOkResponse({ type: TicketView })
  @ApiForbiddenResponse({ description: 'TICKET.NOT_OWNER' })
  @ApiConflictResponse({ description: CONFLICT })
  transfer(@Param() params: TicketIdParamsDto, @Body() dto: TransferTicketDto, @RequestCorrelation() correlation: CorrelationContext): Promise<TicketView> {
    return this.commands.transfer(params.id, dto, correlation);
  }

  @Post(':id/referrals')
  @ApiOperation({ summary: 'Let another body see the ticket without owning it (referral)' })
  @ApiCreatedResponse({ type: TicketView })
  @ApiConflictResponse({ description: 'TICKET.ALREADY_WATCHING' })
  refer(@Param() params: TicketIdParamsDto, @Body() dto: ReferTicketDto, @RequestCorrelation() correlation: CorrelationContext): Promise<TicketView> {
    return this.commands.refer(params.id, dto, correlation);
  }

  @Post(':id/merge')
  @HttpCode(200)
  @ApiOperation({ summary: 'Merge this duplicate into another open ticket' })
  @ApiOkResponse({ type: TicketView })
  @ApiForbiddenResponse({ description: 'TICKET.NOT_OWNER: neither ticket was first received by the actor' })
  @ApiConflictResponse({ description: `TICKET.MERGE_TARGET_UNKNOWN, TICKET.MERGE_INTO_ITSELF, TICKET.MERGE_TARGET_CLOSED, or ${CONFLICT}` })
  merge(@Param() params: TicketIdParamsDto, @Body() dto: MergeTicketDto, @RequestCorrelation() correlation: CorrelationContext): Promise<TicketView> {
    return this.merges.merge(params.id, dto, correlation);
  }

  @Post(':id/unmerge')
  @HttpCode(200)
  @ApiOperation({ summary: 'Undo a merge: the ticket is open on its own again' })
  @ApiOkResponse({ type: TicketView })
  @ApiForbiddenResponse({ description: 'TICKET.NOT_OWNER' })
  @ApiConflictResponse({ description: CONFLICT })
  unmerge(@Param() params: TicketIdParamsDto, @Body() dto: UndoMergeDto, @RequestCorrelation() correlation: CorrelationContext): Promise<TicketView> {
    return this.merges.undo(params.id, dto, correlation);
  }
}

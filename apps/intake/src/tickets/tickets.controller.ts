import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { CorrelationContext } from '@legal-hotline/observability';
import { RequestCorrelation } from '@legal-hotline/service-runtime';
import { GetTicketHandler } from './get-ticket.handler.js';
import { ListTicketsHandler } from './list-tickets.handler.js';
import { OpenTicketHandler } from './open-ticket.handler.js';
import { ListTicketsQueryDto, OpenTicketDto, TicketIdParamsDto } from './ticket.dto.js';
import { OpenedTicketView, TicketPageView, TicketView } from './ticket-view.dto.js';

@ApiTags('tickets')
@Controller('api/v1/tickets')
export class TicketsController {
  constructor(
    private readonly openTicket: OpenTicketHandler,
    private readonly getTicket: GetTicketHandler,
    private readonly listTickets: ListTicketsHandler,
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
  @ApiOperation({ summary: 'A ticket with its first contact, current handler and timeline' })
  @ApiOkResponse({ type: TicketView })
  @ApiNotFoundResponse({ description: 'TICKET.NOT_FOUND' })
  get(@Param() params: TicketIdParamsDto): Promise<TicketView> {
    return this.getTicket.get(params.id);
  }
}

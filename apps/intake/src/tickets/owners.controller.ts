import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ListOwnerTicketsHandler } from './list-owner-tickets.handler.js';
import { OwnerTicketsQueryDto } from './ticket.dto.js';
import { OwnerTicketPageView } from './ticket-view.dto.js';

@ApiTags('owners')
@Controller('api/v1/owners')
export class OwnersController {
  constructor(private readonly ownerTickets: ListOwnerTicketsHandler) {}

  @Get('tickets')
  @ApiOperation({ summary: 'The first-contact owner’s open tickets, longest-waiting first, with their hand-offs and times' })
  @ApiOkResponse({ type: OwnerTicketPageView })
  list(@Query() query: OwnerTicketsQueryDto): Promise<OwnerTicketPageView> {
    return this.ownerTickets.list(query);
  }
}

import { Controller, Get, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { LookUpTicketHandler } from './look-up-ticket.handler.js';
import { TicketLookupQueryDto } from './ticket.dto.js';
import { CallerLookupView } from './ticket-view.dto.js';

@ApiTags('caller lookup')
@Controller('api/v1/ticket-lookup')
export class TicketLookupController {
  constructor(private readonly lookUpTicket: LookUpTicketHandler) {}

  @Get()
  @ApiOperation({ summary: 'A caller follows their ticket: status and next step only, no personal information' })
  @ApiOkResponse({ type: CallerLookupView })
  @ApiNotFoundResponse({ description: 'TICKET.NOT_FOUND, for an unknown number and for wrong phone digits alike' })
  lookUp(@Query() query: TicketLookupQueryDto): Promise<CallerLookupView> {
    return this.lookUpTicket.lookUp(query);
  }
}

import { Controller, Get, Query } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireRoles, type Principal } from '@legal-hotline/auth';
import { ListOwnerTicketsHandler } from './list-owner-tickets.handler.js';
import { OwnerTicketsQueryDto } from './ticket.dto.js';
import { OwnerTicketPageView } from './ticket-view.dto.js';

@ApiTags('owners')
@Controller('api/v1/owners')
export class OwnersController {
  constructor(private readonly ownerTickets: ListOwnerTicketsHandler) {}

  @Get('tickets')
  @RequireRoles('hotline-agent', 'owner-lead')
  @ApiOperation({ summary: 'The open tickets the token’s organisation received first (首问), longest-waiting first, with their hand-offs and times' })
  @ApiOkResponse({ type: OwnerTicketPageView })
  @ApiForbiddenResponse({ description: 'AUTH.ROLE_MISSING, or ACCESS.NO_ORGANISATION: the token names no organisation' })
  list(@Query() query: OwnerTicketsQueryDto, @CurrentPrincipal() principal: Principal): Promise<OwnerTicketPageView> {
    return this.ownerTickets.list(query, principal);
  }
}

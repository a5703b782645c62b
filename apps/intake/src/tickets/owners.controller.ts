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
  @ApiOperation({
    summary: 'The open tickets the token’s organisation is responsible for, longest-waiting first, with their hand-offs and times',
    description:
      'Those it received first (首问) and the cases partner hotlines forwarded that it answers (the platform the partner chose, or the provincial 12348 platform of the region). With `mine`, only those the signed-in agent received.',
  })
  @ApiOkResponse({ type: OwnerTicketPageView })
  @ApiForbiddenResponse({ description: 'AUTH.ROLE_MISSING, or ACCESS.NO_ORGANISATION: the token names no organisation' })
  list(@Query() query: OwnerTicketsQueryDto, @CurrentPrincipal() principal: Principal): Promise<OwnerTicketPageView> {
    return this.ownerTickets.list(query, principal);
  }
}

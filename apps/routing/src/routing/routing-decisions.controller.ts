import { Controller, Get, Param } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRoles } from '@legal-hotline/auth';
import { TicketIdParams, TicketRoutingDecisions } from './routing-decision.dto.js';
import { RoutingDecisionQueries } from './routing-decision.queries.js';

@ApiTags('routing decisions')
@Controller('api/v1/tickets/:ticketId/routing-decisions')
export class RoutingDecisionsController {
  constructor(private readonly queries: RoutingDecisionQueries) {}

  @Get()
  @RequireRoles('hotline-agent', 'supervisor', 'directory-admin')
  @ApiOperation({
    summary: "A ticket's routing decisions with their explanations",
    description:
      'Oldest first, newest last. Empty while the ticket has not been routed. Hotline agents (owner leads too), supervisors and directory administrators: ' +
      "a decision holds no personal data (region codes, body ids and names, the rule and its reason, deadlines), never the caller's name, phone or ID number.",
  })
  @ApiOkResponse({ type: TicketRoutingDecisions })
  @ApiBadRequestResponse({ description: 'ticketId is not a UUID' })
  list(@Param() { ticketId }: TicketIdParams): Promise<TicketRoutingDecisions> {
    return this.queries.forTicket(ticketId);
  }
}

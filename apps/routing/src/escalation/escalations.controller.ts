import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireRoles, type Principal } from '@legal-hotline/auth';
import { EscalationPage, ListEscalationsQuery } from './acceptance-clock.dto.js';
import { EscalationQueries } from './escalation.queries.js';

@ApiTags('escalations')
@Controller('api/v1/escalations')
export class EscalationsController {
  constructor(private readonly queries: EscalationQueries) {}

  @Get()
  @RequireRoles('supervisor')
  @ApiOperation({
    summary: "The supervisor's list of hand-offs by acceptance clock (督办): overdue by default",
    description:
      "Supervisors; each sees the hand-offs to bodies whose seat lies in their area. " +
      'state=overdue: assignments whose acceptance deadline passed, newest first, with the action taken (re-route or alert-only); paused: clocks paused now; running: clocks counting down, soonest deadline first.',
  })
  @ApiOkResponse({ type: EscalationPage })
  @ApiBadRequestResponse({ description: 'Malformed state, page or pageSize' })
  @ApiForbiddenResponse({ description: 'ACCESS.NO_AREA: the account names no supervised area; AUTH.ROLE_MISSING' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListEscalationsQuery): Promise<EscalationPage> {
    return this.queries.list(principal, query);
  }
}

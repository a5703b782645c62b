import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireRoles, type Principal } from '@legal-hotline/auth';
import { DashboardQueryDto, DashboardSummaryView, RegionBreakdownView, TicketsPerDayView } from './dashboard.dto.js';
import { ReadDashboardFiguresHandler } from './read-dashboard-figures.handler.js';

const SCOPE =
  'Supervisors count the tickets of their area, owner leads those their organisation is responsible for (received first, or answers for a partner). Period: Asia/Shanghai calendar days `from` to `to`, both included (the last 30 days by default, at most 366).';
const BAD_INPUT =
  'PERIOD.ENDS_BEFORE_START naming `to` or PERIOD.TOO_LONG (more than 366 days) naming `from`, or a malformed `from`, `to` or `regionCode`; `errors` names each field';
const REFUSED = 'ACCESS.OUTSIDE_AREA: a supervisor asked for a region outside its area; AUTH.ROLE_MISSING';

@ApiTags('dashboard')
@Controller('api/v1/dashboard')
export class DashboardController {
  constructor(private readonly figures: ReadDashboardFiguresHandler) {}

  @Get('tickets-per-day')
  @RequireRoles('supervisor', 'owner-lead')
  @ApiOperation({ summary: 'Tickets opened per Asia/Shanghai day and channel', description: SCOPE })
  @ApiOkResponse({ type: TicketsPerDayView })
  @ApiBadRequestResponse({ description: BAD_INPUT })
  @ApiForbiddenResponse({ description: REFUSED })
  ticketsPerDay(
    @Query() query: DashboardQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<TicketsPerDayView> {
    return this.figures.ticketsPerDay(query, principal);
  }

  @Get('regions')
  @RequireRoles('supervisor', 'owner-lead')
  @ApiOperation({
    summary:
      'Tickets opened per region and legal category, one level below the region asked for (province → city → county → township)',
    description: `${SCOPE} Without \`regionCode\`, a supervisor starts at its own area, an owner lead at every province (by city).`,
  })
  @ApiOkResponse({ type: RegionBreakdownView })
  @ApiBadRequestResponse({
    description: `${BAD_INPUT}; DASHBOARD.NO_LEVEL_BELOW: \`regionCode\` names no province, city or county`,
  })
  @ApiForbiddenResponse({ description: REFUSED })
  regions(@Query() query: DashboardQueryDto, @CurrentPrincipal() principal: Principal): Promise<RegionBreakdownView> {
    return this.figures.regions(query, principal);
  }

  @Get('summary')
  @RequireRoles('supervisor', 'owner-lead')
  @ApiOperation({
    summary:
      'Opened, closed and open tickets, statuses, urgent, dangerous and green-channel counts, and follow-up satisfaction for the period',
    description: `${SCOPE} Ticket counts are over the tickets opened in the period; satisfaction over the follow-up calls recorded in it.`,
  })
  @ApiOkResponse({ type: DashboardSummaryView })
  @ApiBadRequestResponse({ description: BAD_INPUT })
  @ApiForbiddenResponse({ description: REFUSED })
  summary(@Query() query: DashboardQueryDto, @CurrentPrincipal() principal: Principal): Promise<DashboardSummaryView> {
    return this.figures.summary(query, principal);
  }
}

import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireRoles, type Principal } from '@legal-hotline/auth';
import { AcceptanceFiguresQuery, AcceptanceFiguresView } from './acceptance-figures.dto.js';
import { AcceptanceFiguresQueries } from './acceptance-figures.queries.js';

@ApiTags('dashboard')
@Controller('api/v1/dashboard')
export class DashboardController {
  constructor(private readonly acceptance: AcceptanceFiguresQueries) {}

  @Get('acceptance')
  @RequireRoles('supervisor', 'directory-admin')
  @ApiOperation({
    summary: 'Acceptance time percentiles and overdue rate per body, for the hand-offs made in a period',
    description:
      'Supervisors see the bodies seated in their area (or in a region inside it); directory administrators every body. Counted in the database over the hand-offs (assignments) requested between from and to, Asia/Shanghai days included (the last 30 days by default, at most 366).',
  })
  @ApiOkResponse({ type: AcceptanceFiguresView })
  @ApiBadRequestResponse({
    description:
      'Malformed from, to or regionCode; PERIOD.ENDS_BEFORE_START naming to, or PERIOD.TOO_LONG (more than 366 days) naming from',
  })
  @ApiForbiddenResponse({
    description:
      'ACCESS.OUTSIDE_AREA: regionCode lies outside (or reaches beyond) your area; ACCESS.NO_AREA: the account names no supervised area; AUTH.ROLE_MISSING',
  })
  acceptanceFigures(
    @CurrentPrincipal() principal: Principal,
    @Query() query: AcceptanceFiguresQuery,
  ): Promise<AcceptanceFiguresView> {
    return this.acceptance.figures(principal, query);
  }
}

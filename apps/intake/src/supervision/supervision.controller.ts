import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireRoles, type Principal } from '@legal-hotline/auth';
import { ListAlertsHandler } from './list-alerts.handler.js';
import { ListAlertsQueryDto, SupervisionAlertPageView } from './supervision-alert.dto.js';

@ApiTags('supervision')
@Controller('api/v1/supervision')
export class SupervisionController {
  constructor(private readonly listAlerts: ListAlertsHandler) {}

  @Get('alerts')
  @RequireRoles('supervisor')
  @ApiOperation({ summary: 'Supervision alerts (督办) from every service about tickets in the supervisor’s area, newest first' })
  @ApiOkResponse({ type: SupervisionAlertPageView })
  list(@Query() query: ListAlertsQueryDto, @CurrentPrincipal() principal: Principal): Promise<SupervisionAlertPageView> {
    return this.listAlerts.list(query, principal);
  }
}

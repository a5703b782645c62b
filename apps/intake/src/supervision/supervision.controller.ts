import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ListAlertsHandler } from './list-alerts.handler.js';
import { ListAlertsQueryDto, SupervisionAlertPageView } from './supervision-alert.dto.js';

@ApiTags('supervision')
@Controller('api/v1/supervision')
export class SupervisionController {
  constructor(private readonly listAlerts: ListAlertsHandler) {}

  @Get('alerts')
  @ApiOperation({ summary: 'Supervision alerts (督办) from every service, newest first' })
  @ApiOkResponse({ type: SupervisionAlertPageView })
  list(@Query() query: ListAlertsQueryDto): Promise<SupervisionAlertPageView> {
    return this.listAlerts.list(query);
  }
}

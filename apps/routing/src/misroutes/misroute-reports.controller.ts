import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRoles } from '@legal-hotline/auth';
import { ListMisrouteReportsQuery, MisrouteReportPage } from './misroute-report.dto.js';
import { MisrouteReportQueries } from './misroute-report.queries.js';

@ApiTags('misroute reports')
@Controller('api/v1/misroute-reports')
export class MisrouteReportsController {
  constructor(private readonly queries: MisrouteReportQueries) {}

  @Get()
  @RequireRoles('supervisor', 'directory-admin')
  @ApiOperation({
    summary: '"Not ours" rejections counted per legal category, county and body, most counted first',
    description:
      'Supervisors and directory administrators (who correct the routing table). Rejections with not-our-jurisdiction or not-our-category: each row is a routing-table entry to look at, with the first and latest sighting and the latest note.',
  })
  @ApiOkResponse({ type: MisrouteReportPage })
  @ApiBadRequestResponse({ description: 'Malformed legalCategory, regionCode, reason, page or pageSize' })
  list(@Query() query: ListMisrouteReportsQuery): Promise<MisrouteReportPage> {
    return this.queries.list(query);
  }
}

import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AgencyDirectoryQueries } from './agency-directory.queries.js';
import { AgencyDetailView, AgencyIdParams, AgencyPage, ListAgenciesQuery } from './agency.dto.js';

@ApiTags('agencies')
@Controller('api/v1/agencies')
export class AgenciesController {
  constructor(private readonly queries: AgencyDirectoryQueries) {}

  @Get()
  @ApiOperation({
    summary: 'Receiving bodies, by the region they serve',
    description:
      'Agencies with a jurisdiction in force inside regionCode (440605: the Nanhai centre and every Nanhai township committee); with includeAncestors=true also those covering it from above. Ordered by seat region code, type and id.',
  })
  @ApiOkResponse({ type: AgencyPage })
  @ApiBadRequestResponse({ description: 'Malformed regionCode, includeAncestors, type, page or pageSize' })
  list(@Query() query: ListAgenciesQuery): Promise<AgencyPage> {
    return this.queries.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One receiving body, with the requests, categories and duty hours it takes' })
  @ApiOkResponse({ type: AgencyDetailView })
  @ApiNotFoundResponse({ description: 'AGENCY.NOT_FOUND' })
  get(@Param() { id }: AgencyIdParams): Promise<AgencyDetailView> {
    return this.queries.get(id);
  }
}

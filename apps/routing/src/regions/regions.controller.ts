import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRoles, ROLES } from '@legal-hotline/auth';
import { RegionCodeParams, RegionDetailView, RegionListView } from './region.dto.js';
import { RegionTreeQueries } from './region-tree.queries.js';

// The catalog changes only with a release: a browser may keep an answer for an hour.
const CACHE_FOR_AN_HOUR = 'private, max-age=3600';

@ApiTags('regions')
@Controller('api/v1/regions')
export class RegionsController {
  constructor(private readonly queries: RegionTreeQueries) {}

  @Get()
  @RequireRoles(...ROLES)
  @Header('cache-control', CACHE_FOR_AN_HOUR)
  @ApiOperation({
    summary: 'The provinces of the region catalog (ROUTING_PROVINCES), for a cascading picker',
    description: 'Open to every role. Divisions of the NBS statistical division codes routing decides with, by code.',
  })
  @ApiOkResponse({ type: RegionListView })
  provinces(): RegionListView {
    return this.queries.topLevel();
  }

  @Get(':code/children')
  @RequireRoles(...ROLES)
  @Header('cache-control', CACHE_FOR_AN_HOUR)
  @ApiOperation({
    summary: 'The divisions one level below a division, by code',
    description:
      "Open to every role. A province: its prefecture-level cities and the county-level divisions it governs directly (东莞市 441900 and 中山市 442000, cities without counties, at county level); a city: its counties; a county: its townships; a township: its villages; a village: none. A statistical grouping (市辖区 of a municipality, 省直辖县级行政区划) governs nothing: its counties are the province's.",
  })
  @ApiOkResponse({ type: RegionListView })
  @ApiBadRequestResponse({ description: 'code is not 6, 9 or 12 digits' })
  @ApiNotFoundResponse({
    description:
      'REGION.NOT_FOUND: no such division in the loaded provinces; REGION.RETIRED: a retired code, the message names the division now covering its area',
  })
  children(@Param() { code }: RegionCodeParams): Promise<RegionListView> {
    return this.queries.childrenOf(code);
  }

  @Get(':code')
  @RequireRoles(...ROLES)
  @Header('cache-control', CACHE_FOR_AN_HOUR)
  @ApiOperation({
    summary: 'A division with its ancestors, province first ("广东省 / 佛山市 / 南海区" for 桂城街道)',
    description:
      'Open to every role. A retired code (高要市 441283) is answered with the division now covering its area in retiredInto.',
  })
  @ApiOkResponse({ type: RegionDetailView })
  @ApiBadRequestResponse({ description: 'code is not 6, 9 or 12 digits' })
  @ApiNotFoundResponse({ description: 'REGION.NOT_FOUND: no such division in the loaded provinces' })
  get(@Param() { code }: RegionCodeParams): Promise<RegionDetailView> {
    return this.queries.get(code);
  }
}

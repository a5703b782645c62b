import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AgencyDirectoryQueries } from './agency-directory.queries.js';
import {
  AddJurisdictionDto,
  AgencyAuditTrail,
  AgencyDetailView,
  AgencyIdParams,
  AgencyPage,
  ChangeAgencyDto,
  CloseAgencyDto,
  EndJurisdictionDto,
  JurisdictionParams,
  ListAgenciesQuery,
} from './agency.dto.js';
import { ChangeAgencyHandler } from './change-agency.handler.js';
import { DirectoryAuditQueries } from './directory-audit.queries.js';

@ApiTags('agencies')
@Controller('api/v1/agencies')
export class AgenciesController {
  constructor(
    private readonly queries: AgencyDirectoryQueries,
    private readonly changes: ChangeAgencyHandler,
    private readonly audit: DirectoryAuditQueries,
  ) {}

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

  @Patch(':id')
  @ApiOperation({
    summary: "Change a body's availability, duty hours, languages, categories or request types (audited)",
    description: 'Applies to the next routing decision, without a restart. Only the fields that really change are audited.',
  })
  @ApiOkResponse({ type: AgencyDetailView })
  @ApiBadRequestResponse({ description: 'Malformed field, AGENCY.NOTHING_TO_CHANGE or AGENCY.INVALID_DUTY_HOURS' })
  @ApiNotFoundResponse({ description: 'AGENCY.NOT_FOUND' })
  update(@Param() { id }: AgencyIdParams, @Body() dto: ChangeAgencyDto): Promise<AgencyDetailView> {
    return this.changes.update(id, dto);
  }

  @Post(':id/close')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close a body: end every jurisdiction it still has (audited)' })
  @ApiOkResponse({ type: AgencyDetailView })
  @ApiNotFoundResponse({ description: 'AGENCY.NOT_FOUND' })
  @ApiConflictResponse({ description: 'AGENCY.ALREADY_CLOSED' })
  close(@Param() { id }: AgencyIdParams, @Body() dto: CloseAgencyDto): Promise<AgencyDetailView> {
    return this.changes.close(id, dto);
  }

  @Post(':id/jurisdictions')
  @ApiOperation({
    summary: 'Add a region the body serves from a date (audited)',
    description: 'A jurisdiction moved from one body to another is ended at one and added at the other.',
  })
  @ApiCreatedResponse({ type: AgencyDetailView })
  @ApiNotFoundResponse({ description: 'AGENCY.NOT_FOUND' })
  @ApiConflictResponse({ description: 'JURISDICTION.OVERLAPS: the body already serves the region then' })
  @ApiUnprocessableEntityResponse({ description: 'REGION.UNKNOWN' })
  addJurisdiction(@Param() { id }: AgencyIdParams, @Body() dto: AddJurisdictionDto): Promise<AgencyDetailView> {
    return this.changes.addJurisdiction(id, dto);
  }

  @Post(':id/jurisdictions/:regionCode/end')
  @HttpCode(200)
  @ApiOperation({ summary: "End the body's jurisdiction over a region from a date (audited)" })
  @ApiOkResponse({ type: AgencyDetailView })
  @ApiNotFoundResponse({ description: 'AGENCY.NOT_FOUND, JURISDICTION.NOT_FOUND' })
  @ApiUnprocessableEntityResponse({ description: 'JURISDICTION.ENDS_BEFORE_START' })
  endJurisdiction(@Param() { id, regionCode }: JurisdictionParams, @Body() dto: EndJurisdictionDto): Promise<AgencyDetailView> {
    return this.changes.endJurisdiction(id, regionCode, dto);
  }

  @Get(':id/audit')
  @ApiOperation({ summary: "The body's audit trail: every change made through the API, oldest first" })
  @ApiOkResponse({ type: AgencyAuditTrail })
  @ApiNotFoundResponse({ description: 'AGENCY.NOT_FOUND' })
  auditTrail(@Param() { id }: AgencyIdParams): Promise<AgencyAuditTrail> {
    return this.audit.forAgency(id);
  }
}

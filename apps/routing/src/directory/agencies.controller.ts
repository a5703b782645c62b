import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentPrincipal, RequireRoles, ROLES, type Principal } from '@legal-hotline/auth';
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

// Who may change the directory: only its keeper. The audit names them from their token.
const CHANGES_NEED = 'Directory administrators only (directory-admin); the audit row names the signed-in person (name and token subject), never a name from the body.';
const NOT_ADMIN = 'AUTH.ROLE_MISSING: only a directory administrator changes the directory';
const BAD_CHANGE = 'Malformed field, a reason without visible text, or an unknown field (changedBy included)';

@ApiTags('agencies')
@Controller('api/v1/agencies')
export class AgenciesController {
  constructor(
    private readonly queries: AgencyDirectoryQueries,
    private readonly changes: ChangeAgencyHandler,
    private readonly audit: DirectoryAuditQueries,
  ) {}

  @Get()
  @RequireRoles(...ROLES)
  @ApiOperation({
    summary: 'Receiving bodies, by the region they serve',
    description:
      'Open to every role. Agencies with a jurisdiction in force inside regionCode (440605: the Nanhai centre and every Nanhai township committee); with includeAncestors=true also those covering it from above. Ordered by seat region code, type and id.',
  })
  @ApiOkResponse({ type: AgencyPage })
  @ApiBadRequestResponse({ description: 'Malformed regionCode, includeAncestors, type, page or pageSize' })
  list(@Query() query: ListAgenciesQuery): Promise<AgencyPage> {
    return this.queries.list(query);
  }

  @Get(':id')
  @RequireRoles(...ROLES)
  @ApiOperation({ summary: 'One receiving body, with the requests, categories and duty hours it takes', description: 'Open to every role.' })
  @ApiOkResponse({ type: AgencyDetailView })
  @ApiNotFoundResponse({ description: 'AGENCY.NOT_FOUND' })
  get(@Param() { id }: AgencyIdParams): Promise<AgencyDetailView> {
    return this.queries.get(id);
  }

  @Patch(':id')
  @RequireRoles('directory-admin')
  @ApiOperation({
    summary: "Change a body's availability, duty hours, languages, categories or request types (audited)",
    description: `Applies to the next routing decision, without a restart. Only the fields that really change are audited. ${CHANGES_NEED}`,
  })
  @ApiOkResponse({ type: AgencyDetailView })
  @ApiBadRequestResponse({ description: `${BAD_CHANGE}, AGENCY.NOTHING_TO_CHANGE or AGENCY.INVALID_DUTY_HOURS` })
  @ApiForbiddenResponse({ description: NOT_ADMIN })
  @ApiNotFoundResponse({ description: 'AGENCY.NOT_FOUND' })
  update(@CurrentPrincipal() principal: Principal, @Param() { id }: AgencyIdParams, @Body() dto: ChangeAgencyDto): Promise<AgencyDetailView> {
    return this.changes.update(id, principal, dto);
  }

  @Post(':id/close')
  @HttpCode(200)
  @RequireRoles('directory-admin')
  @ApiOperation({ summary: 'Close a body: end every jurisdiction it still has (audited)', description: CHANGES_NEED })
  @ApiOkResponse({ type: AgencyDetailView })
  @ApiBadRequestResponse({ description: BAD_CHANGE })
  @ApiForbiddenResponse({ description: NOT_ADMIN })
  @ApiNotFoundResponse({ description: 'AGENCY.NOT_FOUND' })
  @ApiConflictResponse({ description: 'AGENCY.ALREADY_CLOSED' })
  close(@CurrentPrincipal() principal: Principal, @Param() { id }: AgencyIdParams, @Body() dto: CloseAgencyDto): Promise<AgencyDetailView> {
    return this.changes.close(id, principal, dto);
  }

  @Post(':id/jurisdictions')
  @RequireRoles('directory-admin')
  @ApiOperation({
    summary: 'Add a region the body serves from a date (audited)',
    description: `A jurisdiction moved from one body to another is ended at one and added at the other. ${CHANGES_NEED}`,
  })
  @ApiCreatedResponse({ type: AgencyDetailView })
  @ApiBadRequestResponse({ description: BAD_CHANGE })
  @ApiForbiddenResponse({ description: NOT_ADMIN })
  @ApiNotFoundResponse({ description: 'AGENCY.NOT_FOUND' })
  @ApiConflictResponse({ description: 'JURISDICTION.OVERLAPS: the body already serves the region then' })
  @ApiUnprocessableEntityResponse({ description: 'REGION.UNKNOWN' })
  addJurisdiction(@CurrentPrincipal() principal: Principal, @Param() { id }: AgencyIdParams, @Body() dto: AddJurisdictionDto): Promise<AgencyDetailView> {
    return this.changes.addJurisdiction(id, principal, dto);
  }

  @Post(':id/jurisdictions/:regionCode/end')
  @HttpCode(200)
  @RequireRoles('directory-admin')
  @ApiOperation({ summary: "End the body's jurisdiction over a region from a date (audited)", description: CHANGES_NEED })
  @ApiOkResponse({ type: AgencyDetailView })
  @ApiBadRequestResponse({ description: BAD_CHANGE })
  @ApiForbiddenResponse({ description: NOT_ADMIN })
  @ApiNotFoundResponse({ description: 'AGENCY.NOT_FOUND, JURISDICTION.NOT_FOUND' })
  @ApiUnprocessableEntityResponse({ description: 'JURISDICTION.ENDS_BEFORE_START' })
  endJurisdiction(
    @CurrentPrincipal() principal: Principal,
    @Param() { id, regionCode }: JurisdictionParams,
    @Body() dto: EndJurisdictionDto,
  ): Promise<AgencyDetailView> {
    return this.changes.endJurisdiction(id, regionCode, principal, dto);
  }

  @Get(':id/audit')
  @RequireRoles('directory-admin', 'supervisor')
  @ApiOperation({ summary: "The body's audit trail: every change made through the API, oldest first", description: 'Directory administrators and supervisors.' })
  @ApiOkResponse({ type: AgencyAuditTrail })
  @ApiNotFoundResponse({ description: 'AGENCY.NOT_FOUND' })
  auditTrail(@Param() { id }: AgencyIdParams): Promise<AgencyAuditTrail> {
    return this.audit.forAgency(id);
  }
}

import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireRoles, type Principal } from '@legal-hotline/auth';
import type { CorrelationContext } from '@legal-hotline/observability';
import { RequestCorrelation } from '@legal-hotline/service-runtime';
import { TicketIdParamsDto } from '../tickets/ticket.dto.js';
import { AccessTrailPageView, AccessTrailQueryDto, CallerDetailsQueryDto, CallerDetailsView } from './caller-access.dto.js';
import { ListCallerAccessTrailHandler } from './list-caller-access-trail.handler.js';
import { ReadCallerDetailsHandler } from './read-caller-details.handler.js';

@ApiTags('caller details (PIPL)')
@Controller('api/v1')
export class CallerAccessController {
  constructor(
    private readonly readCallerDetails: ReadCallerDetailsHandler,
    private readonly listTrail: ListCallerAccessTrailHandler,
  ) {}

  @Get('tickets/:id/caller')
  @RequireRoles('hotline-agent', 'office-staff')
  @ApiOperation({
    summary: 'The caller’s full name, phone and ID number, for those who must reach them; every read is in the access trail',
    description:
      'Agents and leads of the platform responsible for the ticket (its first contact, or the 12348 platform answering a partner’s forward), and office staff of a body that accepted a hand-off of the ticket (and has not since rejected it or had it withdrawn). Everyone else: 403.',
  })
  @ApiOkResponse({ type: CallerDetailsView })
  @ApiForbiddenResponse({
    description: 'PII.NOT_ENTITLED (sees the ticket, masked only), ACCESS.OTHER_BODY (another organisation’s or body’s ticket), AUTH.ROLE_MISSING',
  })
  @ApiNotFoundResponse({ description: 'TICKET.NOT_FOUND' })
  read(
    @Param() params: TicketIdParamsDto,
    @Query() query: CallerDetailsQueryDto,
    @CurrentPrincipal() principal: Principal,
    @RequestCorrelation() correlation: CorrelationContext,
  ): Promise<CallerDetailsView> {
    return this.readCallerDetails.read(params.id, query.purpose, principal, correlation);
  }

  @Get('pii-access-trail')
  @RequireRoles('supervisor')
  @ApiOperation({ summary: 'Who read which caller in full or found their tickets by phone (purpose search), when, which fields and why: tickets in the supervisor’s area, newest first' })
  @ApiOkResponse({ type: AccessTrailPageView })
  trail(@Query() query: AccessTrailQueryDto, @CurrentPrincipal() principal: Principal): Promise<AccessTrailPageView> {
    return this.listTrail.list(query, principal);
  }
}

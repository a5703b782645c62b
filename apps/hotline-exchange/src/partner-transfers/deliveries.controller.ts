import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccessDeniedError, CurrentPrincipal, RequireRoles, type Principal } from '@legal-hotline/auth';
import { DeliveryStateQueries } from './delivery-state.queries.js';
import { deliveryScopeOf } from './domain/delivery-scope.js';
import { DeliveriesDto, DeliveriesQuery } from './partner-admin.dto.js';

/**
 * Delivery state of the transfers to partner hotlines, read by the exchange administrator and
 * by supervisors (督办: "partner delivery state with failures"). Only reads: every change to
 * endpoints and secrets stays the administrator's (PartnerAdminController).
 */
@ApiTags('admin: partner transfers')
@Controller('api/v1/admin')
export class DeliveriesController {
  constructor(private readonly queries: DeliveryStateQueries) {}

  @Get('deliveries')
  @RequireRoles('exchange-admin', 'supervisor')
  @ApiOperation({
    summary: "Delivery state per transfer and per partner, with each transfer's receipt by the partner and acceptance deadline, optionally of one partner or in one state",
    description:
      "Exchange administrators see every transfer; supervisors those of tickets whose region lies in their area, with each partner's counts over those transfers (the partner endpoint's last success, last failure and consecutive failures are over all its transfers). The latest failures: state=failing (transfers whose attempts failed so far and are retried with back-off, each with its last error and attempts), newest request first. Never the payload (the caller's contact) nor a signing secret.",
  })
  @ApiOkResponse({ type: DeliveriesDto })
  @ApiBadRequestResponse({
    description: 'Malformed partner, state or limit, or an unknown parameter; `errors[].field` names it',
  })
  @ApiForbiddenResponse({
    description:
      'AUTH.ROLE_MISSING: neither exchange-admin nor supervisor; ACCESS.NO_AREA: a supervisor account naming no area',
  })
  async listDeliveries(
    @CurrentPrincipal() principal: Principal,
    @Query() query: DeliveriesQuery,
  ): Promise<DeliveriesDto> {
    const scope = deliveryScopeOf(principal);
    switch (scope.kind) {
      case 'no-area':
        throw AccessDeniedError.noArea();
      case 'all':
        return { regionCode: null, ...(await this.queries.deliveries(query)) };
      case 'area':
        return {
          regionCode: scope.area,
          ...(await this.queries.deliveries({ ...query, regionPrefix: scope.regionPrefix })),
        };
    }
  }
}

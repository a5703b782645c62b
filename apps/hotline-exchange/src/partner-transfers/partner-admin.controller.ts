import { Body, Controller, Get, Param, Put, Query, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ADMIN_SECURITY, AdminTokenGuard } from './admin-token.guard.js';
import { DeliveryStateQueries } from './delivery-state.queries.js';
import { DeliveriesDto, DeliveriesQuery, PartnerAdminListDto, PartnerCodeParams, RegisteredEndpointDto, RegisterEndpointDto } from './partner-admin.dto.js';
import { RegisterPartnerEndpointHandler } from './register-partner-endpoint.handler.js';

@ApiTags('admin: partner transfers')
@ApiBearerAuth(ADMIN_SECURITY)
@ApiForbiddenResponse({ description: 'ADMIN.DISABLED (no EXCHANGE_ADMIN_TOKEN configured), ADMIN.MISSING_TOKEN or ADMIN.INVALID_TOKEN' })
@UseGuards(AdminTokenGuard)
@Controller('api/v1/admin')
export class PartnerAdminController {
  constructor(
    private readonly register: RegisterPartnerEndpointHandler,
    private readonly queries: DeliveryStateQueries,
  ) {}

  @Put('partners/:code/endpoint')
  @ApiOperation({ summary: "Register or replace a partner's delivery endpoint and signing secret" })
  @ApiOkResponse({ type: RegisteredEndpointDto, description: 'Registered; a generated secret is in the answer this one time. Transfers waiting for a retry become due at once.' })
  @ApiBadRequestResponse({ description: 'Unknown partner code, or an invalid url or secret; `errors[].field` names it' })
  registerEndpoint(@Param() params: PartnerCodeParams, @Body() body: RegisterEndpointDto): Promise<RegisteredEndpointDto> {
    return this.register.execute({ partnerCode: params.code, url: body.url, secret: body.secret });
  }

  @Get('partners')
  @ApiOperation({ summary: 'Partners with their delivery endpoint (never the secret) and delivery state' })
  @ApiOkResponse({ type: PartnerAdminListDto })
  async listPartners(): Promise<PartnerAdminListDto> {
    return { items: await this.queries.partners() };
  }

  @Get('deliveries')
  @ApiOperation({ summary: 'Delivery state per transfer and per partner, optionally of one partner or in one state' })
  @ApiOkResponse({ type: DeliveriesDto })
  listDeliveries(@Query() query: DeliveriesQuery): Promise<DeliveriesDto> {
    return this.queries.deliveries(query);
  }
}

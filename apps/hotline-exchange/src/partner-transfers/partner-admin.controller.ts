import { Body, Controller, Get, Header, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { actorOf, CurrentPrincipal, RequireRoles, type Principal } from '@legal-hotline/auth';
import { PartnerCodeParams } from '../partners/partner-keys.dto.js';
import { AddDeliverySecretHandler } from './add-delivery-secret.handler.js';
import { DeliverySecretsQueries } from './delivery-secrets.queries.js';
import { DeliveryStateQueries } from './delivery-state.queries.js';
import {
  AddDeliverySecretDto,
  AddedDeliverySecretDto,
  DeliverySecretListDto,
  DeliverySecretParams,
  PartnerAdminListDto,
  RegisteredEndpointDto,
  RegisterEndpointDto,
  RevokedDeliverySecretDto,
} from './partner-admin.dto.js';
import { RegisterPartnerEndpointHandler } from './register-partner-endpoint.handler.js';
import { RevokeDeliverySecretHandler } from './revoke-delivery-secret.handler.js';

/**
 * Partner endpoints, the secrets deliveries are signed with, and the partners with their delivery
 * state: the exchange administrator's. (The delivery list, which supervisors read too, is
 * DeliveriesController's.)
 */
@ApiTags('admin: partner transfers')
@RequireRoles('exchange-admin')
@ApiForbiddenResponse({ description: 'AUTH.ROLE_MISSING: the token lacks the exchange-admin role' })
@Controller('api/v1/admin')
export class PartnerAdminController {
  constructor(
    private readonly register: RegisterPartnerEndpointHandler,
    private readonly addSecret: AddDeliverySecretHandler,
    private readonly revokeSecret: RevokeDeliverySecretHandler,
    private readonly secrets: DeliverySecretsQueries,
    private readonly queries: DeliveryStateQueries,
  ) {}

  @Put('partners/:code/endpoint')
  @Header('cache-control', 'no-store')
  @ApiOperation({ summary: "Register or replace a partner's delivery endpoint; its first signing secret is generated with it" })
  @ApiOkResponse({
    type: RegisteredEndpointDto,
    description: 'Registered. When the partner had no active signing secret, one was generated and is in this answer only. Transfers waiting for a retry become due at once.',
  })
  @ApiBadRequestResponse({ description: 'Unknown partner code or an invalid url; `errors[].field` names it' })
  registerEndpoint(@Param() params: PartnerCodeParams, @Body() body: RegisterEndpointDto, @CurrentPrincipal() principal: Principal): Promise<RegisteredEndpointDto> {
    return this.register.execute({ partnerCode: params.code, url: body.url, registeredBy: actorOf(principal) });
  }

  @Post('partners/:code/endpoint/secrets')
  @HttpCode(201)
  @Header('cache-control', 'no-store')
  @ApiOperation({ summary: 'Add a secret deliveries are signed with (at most two active: each delivery carries a signature per active secret)' })
  @ApiCreatedResponse({ type: AddedDeliverySecretDto, description: 'Added; a generated secret is in this answer only' })
  @ApiBadRequestResponse({ description: 'Unknown partner code or a secret not of the form whsec_<base64>' })
  @ApiConflictResponse({ description: 'DELIVERY_SECRET.TOO_MANY_ACTIVE: two are active; revoke the one the partner no longer verifies with first' })
  addDeliverySecret(@Param() params: PartnerCodeParams, @Body() body: AddDeliverySecretDto, @CurrentPrincipal() principal: Principal): Promise<AddedDeliverySecretDto> {
    return this.addSecret.execute({ partnerCode: params.code, secret: body.secret, addedBy: actorOf(principal) });
  }

  @Get('partners/:code/endpoint/secrets')
  @ApiOperation({ summary: "A partner's delivery signing secrets, never the secrets themselves" })
  @ApiOkResponse({ type: DeliverySecretListDto })
  async listDeliverySecrets(@Param() params: PartnerCodeParams): Promise<DeliverySecretListDto> {
    return { items: await this.secrets.secretsOf(params.code) };
  }

  @Post('partners/:code/endpoint/secrets/:secretId/revoke')
  @HttpCode(200)
  @ApiOperation({ summary: 'Stop signing deliveries with a secret, from the next attempt on' })
  @ApiOkResponse({ type: RevokedDeliverySecretDto })
  @ApiNotFoundResponse({ description: 'DELIVERY_SECRET.NOT_FOUND: no such secret of this partner' })
  revokeDeliverySecret(@Param() params: DeliverySecretParams, @CurrentPrincipal() principal: Principal): Promise<RevokedDeliverySecretDto> {
    return this.revokeSecret.execute({ partnerCode: params.code, secretId: params.secretId, revokedBy: actorOf(principal) });
  }

  @Get('partners')
  @ApiOperation({ summary: 'Partners with their delivery endpoint (never a secret) and delivery state' })
  @ApiOkResponse({ type: PartnerAdminListDto })
  async listPartners(): Promise<PartnerAdminListDto> {
    return { items: await this.queries.partners() };
  }
}

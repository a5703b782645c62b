import { Controller, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { actorOf, CurrentPrincipal, RequireRoles, type Principal } from '@legal-hotline/auth';
import { IssuePartnerKeyHandler } from './issue-partner-key.handler.js';
import { IssuedPartnerKeyDto, PartnerCodeParams, PartnerKeyListDto, PartnerKeyParams, RevokedPartnerKeyDto } from './partner-keys.dto.js';
import { PartnerKeysQueries } from './partner-keys.queries.js';
import { RevokePartnerKeyHandler } from './revoke-partner-key.handler.js';

/** Partner signing keys, managed by the exchange administrator (as the command-line tools do). */
@ApiTags('admin: partner keys')
@RequireRoles('exchange-admin')
@ApiForbiddenResponse({ description: 'AUTH.ROLE_MISSING: the token lacks the exchange-admin role' })
@Controller('api/v1/admin/partners/:code/keys')
export class PartnerKeysController {
  constructor(
    private readonly issueKey: IssuePartnerKeyHandler,
    private readonly revokeKey: RevokePartnerKeyHandler,
    private readonly queries: PartnerKeysQueries,
  ) {}

  @Post()
  @HttpCode(201)
  @Header('cache-control', 'no-store')
  @ApiOperation({ summary: 'Issue a signing key to a partner; the secret is in this answer only' })
  @ApiCreatedResponse({ type: IssuedPartnerKeyDto })
  @ApiBadRequestResponse({ description: 'Not a partner code; `errors[].field` names it' })
  @ApiConflictResponse({ description: 'PARTNER_KEY.TOO_MANY_ACTIVE: the partner holds two active keys; revoke one first' })
  issue(@Param() params: PartnerCodeParams, @CurrentPrincipal() principal: Principal): Promise<IssuedPartnerKeyDto> {
    return this.issueKey.execute({ partnerCode: params.code, issuedBy: actorOf(principal) });
  }

  @Get()
  @ApiOperation({ summary: "A partner's keys, never their secrets" })
  @ApiOkResponse({ type: PartnerKeyListDto })
  async list(@Param() params: PartnerCodeParams): Promise<PartnerKeyListDto> {
    return { items: await this.queries.keysOf(params.code) };
  }

  @Post(':keyId/revoke')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke a key at once; revoking it again changes nothing' })
  @ApiOkResponse({ type: RevokedPartnerKeyDto })
  @ApiNotFoundResponse({ description: 'PARTNER_KEY.NOT_FOUND: no such key of this partner' })
  revoke(@Param() params: PartnerKeyParams, @CurrentPrincipal() principal: Principal): Promise<RevokedPartnerKeyDto> {
    return this.revokeKey.execute({ keyId: params.keyId, partnerCode: params.code, revokedBy: actorOf(principal) });
  }
}

import { Module } from '@nestjs/common';
import { AuthenticatePartnerHandler } from './authenticate-partner.handler.js';
import { IssuePartnerKeyHandler } from './issue-partner-key.handler.js';
import { PartnerApiKeyGuard } from './partner-api-key.guard.js';
import { RevokePartnerKeyHandler } from './revoke-partner-key.handler.js';

/** Partner hotlines and their API keys: issuing, revoking, and authenticating requests. */
@Module({
  providers: [AuthenticatePartnerHandler, IssuePartnerKeyHandler, RevokePartnerKeyHandler, PartnerApiKeyGuard],
  exports: [AuthenticatePartnerHandler, IssuePartnerKeyHandler, RevokePartnerKeyHandler, PartnerApiKeyGuard],
})
export class PartnersModule {}

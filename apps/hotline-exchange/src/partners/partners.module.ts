import { Global, Module, type DynamicModule } from '@nestjs/common';
import { AuthenticatePartnerHandler } from './authenticate-partner.handler.js';
import { IssuePartnerKeyHandler } from './issue-partner-key.handler.js';
import { PARTNER_AUTH_SETTINGS, type PartnerAuthSettings } from './partner-auth-settings.js';
import { PartnerAuthHousekeepingWorker } from './partner-auth-housekeeping.worker.js';
import { PartnerKeysController } from './partner-keys.controller.js';
import { PartnerKeysQueries } from './partner-keys.queries.js';
import { PartnerSignatureGuard } from './partner-signature.guard.js';
import { RevokePartnerKeyHandler } from './revoke-partner-key.handler.js';

/**
 * Partner hotlines and their signing keys: issuing, revoking, and authenticating signed requests.
 * Global, so every partner-facing capability can use the signature guard.
 */
@Global()
@Module({})
export class PartnersModule {
  static register(settings: PartnerAuthSettings): DynamicModule {
    return {
      module: PartnersModule,
      controllers: [PartnerKeysController],
      providers: [
        { provide: PARTNER_AUTH_SETTINGS, useValue: settings },
        AuthenticatePartnerHandler,
        IssuePartnerKeyHandler,
        RevokePartnerKeyHandler,
        PartnerKeysQueries,
        PartnerSignatureGuard,
        PartnerAuthHousekeepingWorker,
      ],
      exports: [AuthenticatePartnerHandler, PartnerSignatureGuard],
    };
  }
}

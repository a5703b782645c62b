import { Module, type DynamicModule } from '@nestjs/common';
import { ASSIGNMENT_INBOX_ENTITIES, ASSIGNMENT_INBOX_MIGRATIONS, servedProvincesOf } from '@legal-hotline/assignment-inbox';
import { ServiceRuntimeModule } from '@legal-hotline/service-runtime';
import type { LegalAidConfig } from './legal-aid.service-definition.js';
import { OfficeInboxModule } from './office-inbox/office-inbox.module.js';

@Module({})
export class LegalAidModule {
  static register(config: LegalAidConfig): DynamicModule {
    return {
      module: LegalAidModule,
      imports: [
        ServiceRuntimeModule.forService({
          service: 'legal-aid',
          config,
          // This database holds the inbox tables only; they come from the shared library.
          entities: ASSIGNMENT_INBOX_ENTITIES,
          migrations: ASSIGNMENT_INBOX_MIGRATIONS,
        }),
        OfficeInboxModule.register(servedProvincesOf(config)),
      ],
    };
  }
}

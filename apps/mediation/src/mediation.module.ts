import { Module, type DynamicModule } from '@nestjs/common';
import { ASSIGNMENT_INBOX_ENTITIES, ASSIGNMENT_INBOX_MIGRATIONS, servedProvincesOf } from '@legal-hotline/assignment-inbox';
import { ServiceRuntimeModule } from '@legal-hotline/service-runtime';
import type { MediationConfig } from './mediation.service-definition.js';
import { CommitteeInboxModule } from './committee-inbox/committee-inbox.module.js';

@Module({})
export class MediationModule {
  static register(config: MediationConfig): DynamicModule {
    return {
      module: MediationModule,
      imports: [
        ServiceRuntimeModule.forService({
          service: 'mediation',
          config,
          // This database holds the inbox tables only; they come from the shared library.
          entities: ASSIGNMENT_INBOX_ENTITIES,
          migrations: ASSIGNMENT_INBOX_MIGRATIONS,
        }),
        CommitteeInboxModule.register(servedProvincesOf(config)),
      ],
    };
  }
}

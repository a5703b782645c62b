import { Module, type DynamicModule } from '@nestjs/common';
import { AssignmentEntity, CreateAssignmentInbox1732406400000 } from '@legal-hotline/assignment-inbox';
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
          entities: [AssignmentEntity],
          // This database's migrations, in order; the inbox table comes from the shared library.
          migrations: [CreateAssignmentInbox1732406400000],
        }),
        OfficeInboxModule,
      ],
    };
  }
}

import { Module, type DynamicModule } from '@nestjs/common';
import {
  AssignmentEntity,
  AssignmentWorkAndWithdrawal1795392000000,
  CreateAssignmentInbox1732406400000,
  EarlyWithdrawalEntity,
} from '@legal-hotline/assignment-inbox';
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
          entities: [AssignmentEntity, EarlyWithdrawalEntity],
          // This database's migrations, in order; the inbox tables come from the shared library.
          migrations: [CreateAssignmentInbox1732406400000, AssignmentWorkAndWithdrawal1795392000000],
        }),
        OfficeInboxModule,
      ],
    };
  }
}

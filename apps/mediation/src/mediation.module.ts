import { Module, type DynamicModule } from '@nestjs/common';
import {
  AssignmentEntity,
  AssignmentWorkAndWithdrawal1795392000000,
  CreateAssignmentInbox1732406400000,
  EarlyWithdrawalEntity,
} from '@legal-hotline/assignment-inbox';
import { ServiceRuntimeModule } from '@legal-hotline/service-runtime';
import { CommitteeInboxModule } from './committee-inbox/committee-inbox.module.js';
import type { MediationConfig } from './mediation.service-definition.js';

@Module({})
export class MediationModule {
  static register(config: MediationConfig): DynamicModule {
    return {
      module: MediationModule,
      imports: [
        ServiceRuntimeModule.forService({
          service: 'mediation',
          config,
          entities: [AssignmentEntity, EarlyWithdrawalEntity],
          // This database's migrations, in order; the inbox tables come from the shared library.
          migrations: [CreateAssignmentInbox1732406400000, AssignmentWorkAndWithdrawal1795392000000],
        }),
        CommitteeInboxModule,
      ],
    };
  }
}

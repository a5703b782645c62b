import { Module, type DynamicModule } from '@nestjs/common';
import { AssignmentInboxModule } from '@legal-hotline/assignment-inbox';
import { AssignmentsConsumer } from './assignments.consumer.js';
import { AssignmentsController, CommitteeAssignmentsController } from './assignments.controller.js';

/**
 * Each people's mediation committee's (人民调解委员会) inbox of assignments routed to it.
 * Committees sit at village and residents'-committee level (People's Mediation Law Art. 7-8);
 * the directory keeps one per township and a joint one per county-level area. Those that exist
 * are derived from the region catalog of the served provinces at start-up, as routing's
 * directory seed derives them: a committee id of another type, an unknown region or a malformed
 * id answers 404, not an empty inbox.
 */
@Module({})
export class CommitteeInboxModule {
  static register(servedProvinces: readonly string[]): DynamicModule {
    return {
      module: CommitteeInboxModule,
      imports: [AssignmentInboxModule.register({ service: 'mediation', agencyType: 'mediation-committee' }, servedProvinces)],
      controllers: [CommitteeAssignmentsController, AssignmentsController, AssignmentsConsumer],
    };
  }
}

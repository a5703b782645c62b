import { Module, type DynamicModule } from '@nestjs/common';
import { AssignmentInboxModule } from '@legal-hotline/assignment-inbox';
import { AssignmentsConsumer } from './assignments.consumer.js';
import { AssignmentsController, OfficeAssignmentsController } from './assignments.controller.js';

/**
 * Each legal-aid centre's (法律援助中心) inbox of assignments routed to it. The centres that
 * exist are derived from the region catalog of the served provinces at start-up, as routing's
 * directory seed derives them (one per province, prefecture city and county-level area): an
 * office id of another type, an unknown region or a malformed id answers 404, not an empty inbox.
 */
@Module({})
export class OfficeInboxModule {
  static register(servedProvinces: readonly string[]): DynamicModule {
    return {
      module: OfficeInboxModule,
      imports: [AssignmentInboxModule.register({ service: 'legal-aid', agencyType: 'legal-aid-centre' }, servedProvinces)],
      controllers: [OfficeAssignmentsController, AssignmentsController, AssignmentsConsumer],
    };
  }
}

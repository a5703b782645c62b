import { Module } from '@nestjs/common';
import { AssignmentInboxModule } from '@legal-hotline/assignment-inbox';
import { AssignmentsConsumer } from './assignments.consumer.js';
import { AssignmentsController, OfficeAssignmentsController } from './assignments.controller.js';

/** Each legal-aid centre's (法律援助中心) inbox of assignments routed to it. */
@Module({
  imports: [AssignmentInboxModule.register({ service: 'legal-aid', agencyType: 'legal-aid-centre' })],
  controllers: [OfficeAssignmentsController, AssignmentsController, AssignmentsConsumer],
})
export class OfficeInboxModule {}

import { Module } from '@nestjs/common';
import { AssignmentInboxModule } from '@legal-hotline/assignment-inbox';
import { AssignmentsConsumer } from './assignments.consumer.js';
import { AssignmentsController, CommitteeAssignmentsController } from './assignments.controller.js';

/**
 * Each people's mediation committee's (人民调解委员会) inbox of assignments routed to it.
 * Committees sit at village and residents'-committee level (People's Mediation Law Art. 7-8).
 */
@Module({
  imports: [AssignmentInboxModule.register({ service: 'mediation', agencyType: 'mediation-committee' })],
  controllers: [CommitteeAssignmentsController, AssignmentsController, AssignmentsConsumer],
})
export class CommitteeInboxModule {}

import { Module } from '@nestjs/common';
import { AssignmentRepository } from './assignment.repository.js';
import { AssignmentsConsumer } from './assignments.consumer.js';
import { RecordAssignmentDecisionHandler } from './record-assignment-decision.handler.js';

/** The assignments routing made and the bodies' decisions on them: open load and exclusions. */
@Module({
  providers: [AssignmentRepository, RecordAssignmentDecisionHandler],
  controllers: [AssignmentsConsumer],
  exports: [AssignmentRepository],
})
export class AssignmentTrackingModule {}

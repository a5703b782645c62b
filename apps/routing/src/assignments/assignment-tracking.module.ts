import { Module } from '@nestjs/common';
import { AcceptanceClockRepository } from './acceptance-clock.repository.js';
import { AssignmentRepository } from './assignment.repository.js';
import { RecordAssignmentDecisionHandler } from './record-assignment-decision.handler.js';

/**
 * The assignments routing made, their acceptance clocks and the bodies' decisions on them:
 * open load, exclusions, hop count. The assignments topic is consumed by ticket routing, which
 * re-routes after a rejection.
 */
@Module({
  providers: [AssignmentRepository, AcceptanceClockRepository, RecordAssignmentDecisionHandler],
  exports: [AssignmentRepository, AcceptanceClockRepository, RecordAssignmentDecisionHandler],
})
export class AssignmentTrackingModule {}

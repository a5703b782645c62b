import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext } from '@nestjs/microservices';
import { TOPICS } from '@legal-hotline/contracts';
import { IdempotentConsumer, kafkaTopic } from '@legal-hotline/messaging';
import { RecordAssignmentDecisionHandler } from './record-assignment-decision.handler.js';

/** The one consumer of the assignments topic in this service (Nest keeps one handler per pattern). */
@Controller()
export class AssignmentsConsumer {
  constructor(
    private readonly consumer: IdempotentConsumer,
    private readonly recordDecision: RecordAssignmentDecisionHandler,
  ) {}

  // `<string>` picks the untyped overload: the idempotent consumer parses the raw message itself.
  @EventPattern<string>(kafkaTopic(TOPICS.assignments))
  onAssignmentEvent(@Ctx() context: KafkaContext): Promise<void> {
    return this.consumer.consume(context, async (event, manager) => {
      switch (event.type) {
        case 'assignment.accepted.v1':
          return this.recordDecision.execute(manager, event.data.assignmentId, {
            outcome: 'accepted',
            agencyId: event.data.agencyId,
            decidedAt: new Date(event.data.acceptedAt),
          });
        case 'assignment.rejected.v1':
          return this.recordDecision.execute(manager, event.data.assignmentId, {
            outcome: 'rejected',
            agencyId: event.data.agencyId,
            reason: event.data.reason,
            decidedAt: new Date(event.data.rejectedAt),
          });
        // Requests are routing's own; receipt, start, completion and the acceptance clock leave
        // the open load (requested and not yet decided) as it is.
        default:
          return;
      }
    });
  }
}

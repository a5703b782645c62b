import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext } from '@nestjs/microservices';
import { TOPICS } from '@legal-hotline/contracts';
import { IdempotentConsumer, kafkaTopic } from '@legal-hotline/messaging';
import { RecordAssignmentDecisionHandler } from '../assignments/record-assignment-decision.handler.js';
import { ReRouteAfterRejectionHandler } from './re-route-after-rejection.handler.js';

/**
 * The one consumer of the assignments topic in this service (Nest keeps one handler per
 * pattern). It lives with ticket routing because a rejection re-routes the ticket.
 */
@Controller()
export class AssignmentsConsumer {
  constructor(
    private readonly consumer: IdempotentConsumer,
    private readonly recordDecision: RecordAssignmentDecisionHandler,
    private readonly reRouteAfterRejection: ReRouteAfterRejectionHandler,
  ) {}

  // `<string>` picks the untyped overload: the idempotent consumer parses the raw message itself.
  @EventPattern<string>(kafkaTopic(TOPICS.assignments))
  onAssignmentEvent(@Ctx() context: KafkaContext): Promise<void> {
    return this.consumer.consume(context, async (event, manager) => {
      switch (event.type) {
        case 'assignment.accepted.v1':
          await this.recordDecision.execute(manager, event.data.assignmentId, {
            outcome: 'accepted',
            agencyId: event.data.agencyId,
            decidedAt: new Date(event.data.acceptedAt),
          });
          return;
        case 'assignment.rejected.v1':
          return this.reRouteAfterRejection.execute(manager, event.data, {
            correlationId: event.correlationId,
            causationId: event.id,
          });
        // Requests, overdue, withdrawals and clock changes are routing's own facts; receipt,
        // start and completion leave the open load (requested and not yet decided) as it is.
        default:
          return;
      }
    });
  }
}

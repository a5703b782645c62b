import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext } from '@nestjs/microservices';
import { TOPICS } from '@legal-hotline/contracts';
import { AssignmentEventsHandler } from '@legal-hotline/assignment-inbox';
import { IdempotentConsumer, kafkaTopic } from '@legal-hotline/messaging';

/** The one consumer of the assignments topic in this service (Nest keeps one handler per pattern). */
@Controller()
export class AssignmentsConsumer {
  constructor(
    private readonly consumer: IdempotentConsumer,
    private readonly assignmentEvents: AssignmentEventsHandler,
  ) {}

  // `<string>` picks the untyped overload: the idempotent consumer parses the raw message itself.
  @EventPattern<string>(kafkaTopic(TOPICS.assignments))
  onAssignmentEvent(@Ctx() context: KafkaContext): Promise<void> {
    return this.consumer.consume(context, (event, manager) => this.assignmentEvents.handle(event, manager));
  }
}

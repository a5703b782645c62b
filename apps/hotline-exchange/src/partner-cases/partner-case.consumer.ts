import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext } from '@nestjs/microservices';
import { TOPICS } from '@legal-hotline/contracts';
import { IdempotentConsumer, kafkaTopic, type EventHandler } from '@legal-hotline/messaging';
import { partnerCaseFactOf } from './domain/partner-case-view.js';
import { TrackPartnerCaseHandler } from './track-partner-case.handler.js';

/**
 * Follows the platform's facts about partner cases; one method per topic, as Nest keeps one
 * handler per pattern. `<string>` picks the untyped overload of `EventPattern`: the idempotent
 * consumer parses and validates the raw message itself.
 */
@Controller()
export class PartnerCaseConsumer {
  constructor(
    private readonly consumer: IdempotentConsumer,
    private readonly track: TrackPartnerCaseHandler,
  ) {}

  @EventPattern<string>(kafkaTopic(TOPICS.tickets))
  onTicketEvent(@Ctx() context: KafkaContext): Promise<void> {
    return this.consumer.consume(context, this.trackFact);
  }

  @EventPattern<string>(kafkaTopic(TOPICS.assignments))
  onAssignmentEvent(@Ctx() context: KafkaContext): Promise<void> {
    return this.consumer.consume(context, this.trackFact);
  }

  @EventPattern<string>(kafkaTopic(TOPICS.routingDecisions))
  onRoutingDecision(@Ctx() context: KafkaContext): Promise<void> {
    return this.consumer.consume(context, this.trackFact);
  }

  private readonly trackFact: EventHandler = async (event, manager) => {
    const fact = partnerCaseFactOf(event);
    if (fact) await this.track.execute(fact, manager);
  };
}

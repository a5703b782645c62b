import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext } from '@nestjs/microservices';
import { TOPICS } from '@legal-hotline/contracts';
import { IdempotentConsumer, kafkaTopic } from '@legal-hotline/messaging';
import { OpenPartnerTicketHandler } from './open-partner-ticket.handler.js';
import { isTicketProgressEvent, RecordTicketProgressHandler } from './record-ticket-progress.handler.js';

/**
 * What other services report about tickets; one method per topic, as Nest keeps one handler per
 * pattern. `<string>` picks the untyped overload of `EventPattern`: the idempotent consumer
 * parses and validates the raw message itself. Event types intake does not follow are skipped
 * (guards rather than a `switch` with `default`, which the exhaustiveness lint rule refuses).
 */
@Controller()
export class TicketEventsConsumer {
  constructor(
    private readonly consumer: IdempotentConsumer,
    private readonly openPartnerTicket: OpenPartnerTicketHandler,
    private readonly recordProgress: RecordTicketProgressHandler,
  ) {}

  @EventPattern<string>(kafkaTopic(TOPICS.partnerCases))
  onPartnerCase(@Ctx() context: KafkaContext): Promise<void> {
    return this.consumer.consume(context, async (event, manager) => {
      if (event.type === 'partner-case.received.v1') await this.openPartnerTicket.handle(event, manager);
    });
  }

  @EventPattern<string>(kafkaTopic(TOPICS.assignments))
  onAssignment(@Ctx() context: KafkaContext): Promise<void> {
    return this.consumer.consume(context, async (event, manager) => {
      if (isTicketProgressEvent(event)) await this.recordProgress.handle(event, manager);
    });
  }

  @EventPattern<string>(kafkaTopic(TOPICS.routingDecisions))
  onRoutingDecision(@Ctx() context: KafkaContext): Promise<void> {
    return this.consumer.consume(context, async (event, manager) => {
      if (isTicketProgressEvent(event)) await this.recordProgress.handle(event, manager);
    });
  }

  /**
   * Delivery reports of transfers to partner hotlines and the partners' receipts (accepted,
   * rejected, acceptance overdue, progress, result); the requests on this topic are intake's own.
   */
  @EventPattern<string>(kafkaTopic(TOPICS.partnerTransfers))
  onPartnerTransfer(@Ctx() context: KafkaContext): Promise<void> {
    return this.consumer.consume(context, async (event, manager) => {
      if (isTicketProgressEvent(event)) await this.recordProgress.handle(event, manager);
    });
  }
}

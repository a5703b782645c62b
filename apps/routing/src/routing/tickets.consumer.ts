import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext } from '@nestjs/microservices';
import { TOPICS } from '@legal-hotline/contracts';
import { IdempotentConsumer, kafkaTopic } from '@legal-hotline/messaging';
import { RouteTicketHandler } from './route-ticket.handler.js';

/** The one consumer of the tickets topic in this service (Nest keeps one handler per pattern). */
@Controller()
export class TicketsConsumer {
  constructor(
    private readonly consumer: IdempotentConsumer,
    private readonly routeTicket: RouteTicketHandler,
  ) {}

  // `<string>` picks the untyped overload: the idempotent consumer parses the raw message itself.
  @EventPattern<string>(kafkaTopic(TOPICS.tickets))
  onTicketEvent(@Ctx() context: KafkaContext): Promise<void> {
    return this.consumer.consume(context, async (event, manager) => {
      switch (event.type) {
        case 'ticket.opened.v1':
          // Every request type is routed; the domain rule picks the kind of body.
          await this.routeTicket.routeOpenedTicket(manager, event.data, {
            correlationId: event.correlationId,
            causationId: event.id,
          });
          return;
        // Later ticket facts (answered, closed, merged, ...) do not change where a ticket goes.
        default:
          return;
      }
    });
  }
}

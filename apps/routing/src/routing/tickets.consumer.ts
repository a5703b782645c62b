import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext } from '@nestjs/microservices';
import { TOPICS } from '@legal-hotline/contracts';
import { IdempotentConsumer, kafkaTopic } from '@legal-hotline/messaging';
import { EndTicketRoutingHandler } from './end-ticket-routing.handler.js';
import { RouteTicketHandler } from './route-ticket.handler.js';

/** The one consumer of the tickets topic in this service (Nest keeps one handler per pattern). */
@Controller()
export class TicketsConsumer {
  constructor(
    private readonly consumer: IdempotentConsumer,
    private readonly routeTicket: RouteTicketHandler,
    private readonly endTicketRouting: EndTicketRoutingHandler,
  ) {}

  // `<string>` picks the untyped overload: the idempotent consumer parses the raw message itself.
  @EventPattern<string>(kafkaTopic(TOPICS.tickets))
  onTicketEvent(@Ctx() context: KafkaContext): Promise<void> {
    return this.consumer.consume(context, async (event, manager) => {
      const cause = { correlationId: event.correlationId, causationId: event.id };
      switch (event.type) {
        case 'ticket.opened.v1':
          // A ticket kept at the hotline desk is answered there; routing waits for a dispatch request.
          if (event.data.handling === 'desk') return;
          await this.routeTicket.routeOpenedTicket(manager, event.data, cause);
          return;
        case 'ticket.dispatch-requested.v1':
          // A desk ticket turned into a work order: routed like a new ticket, once.
          await this.routeTicket.routeOpenedTicket(manager, event.data, cause);
          return;
        case 'ticket.closed.v1':
          return this.endTicketRouting.execute(manager, event.data.ticketId, { kind: 'closed' }, cause);
        case 'ticket.merged.v1':
          return this.endTicketRouting.execute(manager, event.data.ticketId, { kind: 'merged', intoTicketId: event.data.intoTicketId }, cause);
        // Answers, follow-ups, reopening and undoing a merge do not change where a ticket goes.
        default:
          return;
      }
    });
  }
}

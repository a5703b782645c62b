import { Module, type DynamicModule } from '@nestjs/common';
import { RegionsModule, type RegionsOptions } from '../regions/regions.module.js';
import { GetTicketHandler } from './get-ticket.handler.js';
import { ListTicketsHandler } from './list-tickets.handler.js';
import { OpenPartnerTicketHandler } from './open-partner-ticket.handler.js';
import { OpenTicketHandler } from './open-ticket.handler.js';
import { RecordTicketProgressHandler } from './record-ticket-progress.handler.js';
import { TicketEventsConsumer } from './ticket-events.consumer.js';
import { TicketRepository } from './ticket.repository.js';
import { TicketsController } from './tickets.controller.js';

/** Tickets (工单): opening, first-contact ownership, status and timeline. */
@Module({})
export class TicketsModule {
  static register(options: { regions: RegionsOptions }): DynamicModule {
    return {
      module: TicketsModule,
      imports: [RegionsModule.register(options.regions)],
      controllers: [TicketsController, TicketEventsConsumer],
      providers: [TicketRepository, OpenTicketHandler, OpenPartnerTicketHandler, RecordTicketProgressHandler, GetTicketHandler, ListTicketsHandler],
    };
  }
}

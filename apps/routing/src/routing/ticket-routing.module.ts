import { Module, type DynamicModule } from '@nestjs/common';
import { AssignmentTrackingModule } from '../assignments/assignment-tracking.module.js';
import { DirectoryModule } from '../directory/directory.module.js';
import { CLOCK, type Clock } from './clock.js';
import { RouteTicketHandler } from './route-ticket.handler.js';
import { RoutingDecisionQueries } from './routing-decision.queries.js';
import { RoutingDecisionsController } from './routing-decisions.controller.js';
import { TicketsConsumer } from './tickets.consumer.js';

export interface TicketRoutingOptions {
  clock: Clock;
}

/** Routing of every new ticket to the competent body (派单), and the record of why. */
@Module({})
export class TicketRoutingModule {
  static register(options: TicketRoutingOptions): DynamicModule {
    return {
      module: TicketRoutingModule,
      imports: [DirectoryModule, AssignmentTrackingModule],
      providers: [{ provide: CLOCK, useValue: options.clock }, RouteTicketHandler, RoutingDecisionQueries],
      controllers: [RoutingDecisionsController, TicketsConsumer],
      exports: [RouteTicketHandler],
    };
  }
}

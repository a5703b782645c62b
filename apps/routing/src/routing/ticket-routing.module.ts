import { Module } from '@nestjs/common';
import { AssignmentTrackingModule } from '../assignments/assignment-tracking.module.js';
import { DirectoryModule } from '../directory/directory.module.js';
import { MisrouteReportsModule } from '../misroutes/misroute-reports.module.js';
import { AssignmentsConsumer } from './assignments.consumer.js';
import { EndTicketRoutingHandler } from './end-ticket-routing.handler.js';
import { ReRouteAfterRejectionHandler } from './re-route-after-rejection.handler.js';
import { RouteTicketHandler } from './route-ticket.handler.js';
import { RoutedTicketRepository } from './routed-ticket.repository.js';
import { RoutingDecisionQueries } from './routing-decision.queries.js';
import { RoutingDecisionsController } from './routing-decisions.controller.js';
import { TicketsConsumer } from './tickets.consumer.js';

/**
 * Routing of every new ticket to the competent body (派单), re-routing after a rejection, the
 * bounce-back to the first-contact owner, withdrawal when the owner ends the ticket, and the
 * record of why.
 */
@Module({
  imports: [DirectoryModule, AssignmentTrackingModule, MisrouteReportsModule],
  providers: [RouteTicketHandler, RoutedTicketRepository, ReRouteAfterRejectionHandler, EndTicketRoutingHandler, RoutingDecisionQueries],
  controllers: [RoutingDecisionsController, TicketsConsumer, AssignmentsConsumer],
  exports: [RouteTicketHandler, RoutedTicketRepository],
})
export class TicketRoutingModule {}

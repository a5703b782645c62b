import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AssignmentRejectedV1 } from '@legal-hotline/contracts';
import { RecordAssignmentDecisionHandler } from '../assignments/record-assignment-decision.handler.js';
import { lockTicket } from '../db/ticket-lock.js';
import { misrouteOf } from '../misroutes/domain/misroute.js';
import { MisrouteReportRepository } from '../misroutes/misroute-report.repository.js';
import type { RoutingCause } from './domain/route-ticket.js';
import { RouteTicketHandler } from './route-ticket.handler.js';
import { RoutedTicketRepository } from './routed-ticket.repository.js';

/**
 * A body rejected an assignment (`assignment.rejected.v1`), in the consumer's transaction:
 * records the rejection and stops the clock, counts it as a misroute when it says "not ours",
 * then passes the ticket to the next candidate or back to its owner.
 */
@Injectable()
export class ReRouteAfterRejectionHandler {
  private readonly logger = new Logger(ReRouteAfterRejectionHandler.name);

  constructor(
    private readonly recordDecision: RecordAssignmentDecisionHandler,
    private readonly misroutes: MisrouteReportRepository,
    private readonly routedTickets: RoutedTicketRepository,
    private readonly routeTicket: RouteTicketHandler,
  ) {}

  async execute(manager: EntityManager, rejected: AssignmentRejectedV1, cause: RoutingCause): Promise<void> {
    const rejectedAt = new Date(rejected.rejectedAt);
    const assignment = await this.recordDecision.execute(manager, rejected.assignmentId, {
      outcome: 'rejected',
      agencyId: rejected.agencyId,
      reason: rejected.reason,
      note: rejected.note,
      decidedAt: rejectedAt,
    });
    // Ignored (not ours, a replay, or withdrawn before): the ticket has moved on already.
    if (!assignment) return;

    await lockTicket(manager, assignment.ticketId);
    const ticket = await this.routedTickets.find(manager, assignment.ticketId);
    const sighting = ticket
      ? misrouteOf({
          reason: rejected.reason,
          note: rejected.note,
          agencyId: assignment.agencyId,
          ticketId: assignment.ticketId,
          legalCategory: ticket.legalCategory,
          routedOnRegionCode: assignment.routedOnRegionCode ?? ticket.regionCode,
          rejectedAt,
        })
      : null;
    if (sighting) await this.misroutes.record(manager, sighting);
    else if (!ticket) this.logger.warn({ msg: 'rejection not counted as a misroute: routing keeps no copy of the ticket', ticketId: assignment.ticketId });

    await this.routeTicket.reRoute(
      manager,
      assignment.ticketId,
      { kind: 'rejected', agencyId: assignment.agencyId, agencyName: assignment.agencyName, reason: rejected.reason, note: rejected.note },
      cause,
    );
  }
}

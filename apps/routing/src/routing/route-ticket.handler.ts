import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { appendToOutbox } from '@legal-hotline/messaging';
import { RegionCatalog, resolveRetired } from '@legal-hotline/regions';
import { AssignmentRepository } from '../assignments/assignment.repository.js';
import { AgencyDirectoryRepository } from '../directory/agency-directory.repository.js';
import { indexAgencies } from '../directory/domain/agency-directory.js';
import { SERVED_PROVINCES } from '../regions/regions.module.js';
import { CLOCK, type Clock } from './clock.js';
import type { RoutingDirectory } from './domain/choose-destination.js';
import { routeTicket, type RoutingCause, type RoutingDecisionRecord, type TicketToRoute } from './domain/route-ticket.js';
import { RoutingDecisionEntity } from './routing-decision.entity.js';

/**
 * Routes a ticket (派单) in the caller's transaction: loads the bodies serving the ticket's
 * regions and their open load, decides, then stores the decision, the assignment and the event
 * (`assignment.requested.v1` or `routing.failed.v1`) together.
 */
@Injectable()
export class RouteTicketHandler {
  private readonly logger = new Logger(RouteTicketHandler.name);

  constructor(
    private readonly catalog: RegionCatalog,
    @Inject(SERVED_PROVINCES) private readonly servedProvinces: readonly string[],
    private readonly agencies: AgencyDirectoryRepository,
    private readonly assignments: AssignmentRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Routes a newly opened ticket once. A ticket that already has a decision is left alone: the
   * consumer dedupes on the event id, but a `ticket.opened.v1` published again under a new id
   * must not send the ticket to a second body.
   */
  async routeOpenedTicket(manager: EntityManager, ticket: TicketToRoute, cause: RoutingCause): Promise<RoutingDecisionRecord | null> {
    await this.lockTicket(manager, ticket.ticketId);
    if (await manager.existsBy(RoutingDecisionEntity, { ticketId: ticket.ticketId })) {
      this.logger.warn({ msg: 'ticket already routed; ticket.opened ignored', ticketId: ticket.ticketId, eventId: cause.causationId });
      return null;
    }
    return this.decide(manager, ticket, cause);
  }

  /** Routes the ticket now, whatever was decided before (re-routing passes the ticket again). */
  async route(manager: EntityManager, ticket: TicketToRoute, cause: RoutingCause): Promise<RoutingDecisionRecord> {
    await this.lockTicket(manager, ticket.ticketId);
    return this.decide(manager, ticket, cause);
  }

  private async decide(manager: EntityManager, ticket: TicketToRoute, cause: RoutingCause): Promise<RoutingDecisionRecord> {
    const now = this.clock();
    const routed = routeTicket(
      ticket,
      {
        directory: await this.directoryFor(manager, ticket, now),
        excludedAgencyIds: await this.assignments.agenciesThatRejected(manager, ticket.ticketId),
        servedProvinces: this.servedProvinces,
      },
      now,
      { decisionId: randomUUID(), assignmentId: randomUUID(), eventId: randomUUID() },
      cause,
    );
    await manager.insert(RoutingDecisionEntity, routed.decision);
    if (routed.assignment) await this.assignments.insert(manager, routed.assignment);
    await appendToOutbox(manager, routed.events);

    const { decision } = routed;
    this.logger.log({
      msg: 'ticket routed',
      ticketId: ticket.ticketId,
      outcome: decision.outcome,
      agencyId: decision.agencyId,
      assignmentId: decision.assignmentId,
      rule: decision.explanation.rule,
      fallbackLevel: decision.explanation.fallbackLevel,
    });
    return decision;
  }

  // Decisions on one ticket run one at a time: two at once would each miss the other's
  // assignment and could send the ticket to two bodies.
  private async lockTicket(manager: EntityManager, ticketId: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`routing:ticket:${ticketId}`]);
  }

  /**
   * The part of the directory this ticket can reach: bodies serving any region the routing rule
   * may key on (the ticket's region, where the matter arose, the handling organ's seat) or any
   * region above them. Read per decision, so directory changes apply to the next ticket.
   */
  private async directoryFor(manager: EntityManager, ticket: TicketToRoute, now: Date): Promise<RoutingDirectory> {
    const keys = [
      ticket.regionCode,
      ticket.matterLocation.arosenInRegionCode,
      ticket.matterLocation.handlingOrgan?.regionCode,
    ].flatMap((code) => (code ? [resolveRetired(code, now)] : []));
    // ancestorsOf refuses a village code until its province's villages are loaded.
    await Promise.all(keys.filter((code) => code.length === 12).map((code) => this.catalog.loadVillages(code)));
    const regionCodes = [...new Set(keys.flatMap((code) => this.catalog.ancestorsOf(code).map((region) => region.code)))];

    const agencies = await this.agencies.findServing(manager, regionCodes);
    const load = await this.assignments.openLoadOf(manager, agencies.map((agency) => agency.id));
    const index = indexAgencies(agencies);
    return {
      agenciesCovering: index.agenciesCovering,
      ancestorsOf: (code) => this.catalog.ancestorsOf(code),
      resolveRetired: (code, at) => resolveRetired(code, at),
      loadOf: (agencyId) => load.get(agencyId) ?? 0,
    };
  }
}

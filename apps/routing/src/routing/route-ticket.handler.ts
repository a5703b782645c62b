import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { appendToOutbox } from '@legal-hotline/messaging';
import { RegionCatalog, resolveRetired } from '@legal-hotline/regions';
import { AcceptanceClockRepository } from '../assignments/acceptance-clock.repository.js';
import { AssignmentRepository } from '../assignments/assignment.repository.js';
import { lockTicket } from '../db/ticket-lock.js';
import { AgencyDirectoryRepository } from '../directory/agency-directory.repository.js';
import { indexAgencies } from '../directory/domain/agency-directory.js';
import { SERVED_PROVINCES } from '../regions/regions.module.js';
import { CLOCK, type Clock } from './clock.js';
import type { RoutingDirectory } from './domain/choose-destination.js';
import { reRouteTicket, returnWithoutTicketCopy, type ReRouteIds } from './domain/re-route-ticket.js';
import {
  routeTicket,
  type HandOffEnd,
  type RoutedTicket,
  type RoutingCause,
  type RoutingDecisionRecord,
  type TicketToRoute,
} from './domain/route-ticket.js';
import { RoutedTicketRepository, ticketToRouteOf } from './routed-ticket.repository.js';
import { RoutingDecisionEntity } from './routing-decision.entity.js';
import { ROUTING_SETTINGS, type RoutingSettings } from './routing-settings.js';

/**
 * Routes a ticket (派单) in the caller's transaction: loads the bodies serving the ticket's
 * regions and their open load (read per decision, so a directory change applies to the next
 * one), decides, then stores the decision, the assignment, its acceptance clock and the events
 * together. Re-routes a ticket after a hand-off ended unaccepted, or hands it back to its owner.
 */
@Injectable()
export class RouteTicketHandler {
  private readonly logger = new Logger(RouteTicketHandler.name);

  constructor(
    private readonly catalog: RegionCatalog,
    @Inject(SERVED_PROVINCES) private readonly servedProvinces: readonly string[],
    private readonly agencies: AgencyDirectoryRepository,
    private readonly assignments: AssignmentRepository,
    private readonly clocks: AcceptanceClockRepository,
    private readonly routedTickets: RoutedTicketRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ROUTING_SETTINGS) private readonly settings: RoutingSettings,
  ) {}

  /**
   * Routes a newly opened ticket once, keeping routing's copy of it. A ticket that already has
   * a decision is left alone: the consumer dedupes on the event id, but a `ticket.opened.v1`
   * published again under a new id must not send the ticket to a second body.
   */
  async routeOpenedTicket(manager: EntityManager, ticket: TicketToRoute, cause: RoutingCause): Promise<RoutingDecisionRecord | null> {
    await lockTicket(manager, ticket.ticketId);
    if (await manager.existsBy(RoutingDecisionEntity, { ticketId: ticket.ticketId })) {
      this.logger.warn({ msg: 'ticket already routed; ticket.opened ignored', ticketId: ticket.ticketId, eventId: cause.causationId });
      return null;
    }
    const now = this.clock();
    await this.routedTickets.insert(manager, ticket, cause.correlationId, now);
    const routed = routeTicket(
      ticket,
      {
        directory: await this.directoryFor(manager, ticket, now),
        excludedAgencyIds: [],
        servedProvinces: this.servedProvinces,
        acceptance: this.settings.acceptance,
      },
      now,
      this.newIds(),
      cause,
    );
    await this.store(manager, routed);
    // routing.failed.v1 hands the ticket back to its owner: routing no longer follows it.
    if (routed.decision.outcome === 'no-destination') await this.routedTickets.setState(manager, ticket.ticketId, 'returned-to-owner', now);
    return routed.decision;
  }

  /**
   * Passes the ticket on after the hand-off `after` ended unaccepted: to the next candidate, or
   * back to its first-contact owner (hop limit, no candidate left). Nothing happens while
   * another body holds the ticket or once the ticket is closed, merged or handed back.
   */
  async reRoute(manager: EntityManager, ticketId: string, after: HandOffEnd, cause: RoutingCause): Promise<RoutingDecisionRecord | null> {
    await lockTicket(manager, ticketId);
    const row = await this.routedTickets.findForUpdate(manager, ticketId);
    const handOffs = await this.assignments.ofTicketForUpdate(manager, ticketId);
    const holder = handOffs.find((a) => a.status === 'requested' || a.status === 'accepted');
    if (holder) {
      this.logger.warn({ msg: 'ticket not re-routed: a body holds it', ticketId, assignmentId: holder.id, status: holder.status });
      return null;
    }
    if (row && row.state !== 'open') {
      this.logger.log({ msg: 'ticket not re-routed: routing no longer follows it', ticketId, state: row.state });
      return null;
    }
    const now = this.clock();
    if (!row) {
      // Routed before routing kept ticket copies: without the ticket there is nothing to route on.
      this.logger.warn({ msg: 'ticket not kept by routing; handed back to its owner', ticketId });
      const returned = returnWithoutTicketCopy(ticketId, handOffs, now, this.newIds(), cause);
      await this.store(manager, returned);
      return returned.decision;
    }
    const ticket = ticketToRouteOf(row);
    const routed = reRouteTicket(
      ticket,
      handOffs,
      after,
      {
        directory: await this.directoryFor(manager, ticket, now),
        servedProvinces: this.servedProvinces,
        acceptance: this.settings.acceptance,
        maxHops: this.settings.maxHops,
      },
      now,
      this.newIds(),
      cause,
    );
    await this.store(manager, routed);
    if (routed.ticketState === 'returned-to-owner') await this.routedTickets.setState(manager, ticketId, 'returned-to-owner', now);
    return routed.decision;
  }

  private async store(manager: EntityManager, routed: RoutedTicket): Promise<void> {
    await manager.insert(RoutingDecisionEntity, routed.decision);
    if (routed.assignment) await this.assignments.insert(manager, routed.assignment);
    if (routed.clock) await this.clocks.insert(manager, routed.clock);
    await appendToOutbox(manager, routed.events);

    const { decision } = routed;
    this.logger.log({
      msg: 'ticket routed',
      ticketId: decision.ticketId,
      outcome: decision.outcome,
      agencyId: decision.agencyId,
      assignmentId: decision.assignmentId,
      rule: decision.explanation.rule,
      fallbackLevel: decision.explanation.fallbackLevel,
      acceptanceDueAt: decision.acceptance?.dueAt,
    });
  }

  private newIds(): ReRouteIds {
    return { decisionId: randomUUID(), assignmentId: randomUUID(), eventId: randomUUID(), alertEventId: randomUUID(), alertId: randomUUID() };
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

import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { appendToOutbox } from '@legal-hotline/messaging';
import { AcceptanceClockRepository } from '../assignments/acceptance-clock.repository.js';
import { AssignmentRepository } from '../assignments/assignment.repository.js';
import { lockTicket } from '../db/ticket-lock.js';
import { CLOCK, type Clock } from './clock.js';
import { endTicketRouting, type TicketEnd } from './domain/end-ticket-routing.js';
import type { RoutingCause } from './domain/route-ticket.js';
import { RoutedTicketRepository } from './routed-ticket.repository.js';

/**
 * The owner closed or merged the ticket (`ticket.closed.v1` / `ticket.merged.v1`), in the
 * consumer's transaction: routing stops following it, withdraws every assignment still awaiting
 * acceptance (`assignment.withdrawn.v1`) and stops their clocks.
 */
@Injectable()
export class EndTicketRoutingHandler {
  private readonly logger = new Logger(EndTicketRoutingHandler.name);

  constructor(
    private readonly routedTickets: RoutedTicketRepository,
    private readonly assignments: AssignmentRepository,
    private readonly clocks: AcceptanceClockRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(manager: EntityManager, ticketId: string, end: TicketEnd, cause: RoutingCause): Promise<void> {
    await lockTicket(manager, ticketId);
    const now = this.clock();
    const ticket = await this.routedTickets.findForUpdate(manager, ticketId);
    if (ticket) await this.routedTickets.setState(manager, ticketId, end.kind, now);

    const handOffs = await this.assignments.ofTicketForUpdate(manager, ticketId);
    const clocks = await this.clocks.ofAssignmentsForUpdate(manager, handOffs.filter((a) => a.status === 'requested').map((a) => a.id));
    const ended = endTicketRouting(end, handOffs, clocks, now, randomUUID, cause);
    for (const assignment of ended.withdrawn) await this.assignments.save(manager, assignment);
    for (const stopped of ended.clocks) await this.clocks.save(manager, stopped);
    await appendToOutbox(manager, ended.events);
    this.logger.log({ msg: `ticket ${end.kind}; open assignments withdrawn`, ticketId, withdrawn: ended.withdrawn.map((a) => a.id) });
  }
}

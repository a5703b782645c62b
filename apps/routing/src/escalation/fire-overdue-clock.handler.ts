import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { appendToOutbox } from '@legal-hotline/messaging';
import { AcceptanceClockRepository } from '../assignments/acceptance-clock.repository.js';
import { AssignmentRepository } from '../assignments/assignment.repository.js';
import { tryLockTicket } from '../db/ticket-lock.js';
import { CLOCK, type Clock } from '../routing/clock.js';
import { RouteTicketHandler } from '../routing/route-ticket.handler.js';
import { RoutedTicketRepository } from '../routing/routed-ticket.repository.js';
import { ROUTING_SETTINGS, type RoutingSettings } from '../routing/routing-settings.js';
import { escalateOverdue } from './domain/escalate-overdue.js';

/** What one attempt did: fired a clock, passed one over for this round, or found none due. */
export type FiringResult = 'fired' | 'skipped' | 'none';

/**
 * Fires the next acceptance clock that fell due, in one transaction: claims it (FOR UPDATE SKIP
 * LOCKED, so instances never fire the same one), marks it fired, emits `assignment.overdue.v1`
 * and the supervisor's alert, and applies ESCALATION_POLICY — under `re-route` withdraws the
 * assignment and routes the ticket on, all before commit. A crash before commit fires it again
 * later; after commit it never fires again.
 */
@Injectable()
export class FireOverdueClockHandler {
  private readonly logger = new Logger(FireOverdueClockHandler.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly assignments: AssignmentRepository,
    private readonly clocks: AcceptanceClockRepository,
    private readonly routedTickets: RoutedTicketRepository,
    private readonly routeTicket: RouteTicketHandler,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ROUTING_SETTINGS) private readonly settings: RoutingSettings,
  ) {}

  /**
   * `skip`: clocks this round passed over; one whose ticket another transaction holds, or whose
   * firing failed, is added so the round moves on to the others. The next round tries it again.
   */
  fireNext(skip: Set<string>): Promise<FiringResult> {
    let claimed: string | null = null;
    return this.dataSource
      .transaction(async (manager): Promise<FiringResult> => {
        const now = this.clock();
        const next = await this.clocks.claimNextDue(manager, now, skip);
        if (!next) return 'none';
        claimed = next.assignmentId;
        // Holding the clock row, the timer must not wait for the ticket: a handler holding the
        // ticket may be waiting for this very row. Give way and come back next round.
        if (!(await tryLockTicket(manager, next.ticketId))) {
          skip.add(next.assignmentId);
          return 'skipped';
        }
        const clock = await this.clocks.findForUpdate(manager, next.assignmentId);
        const assignment = await this.assignments.findForUpdate(manager, next.assignmentId);
        if (!clock || !assignment) {
          skip.add(next.assignmentId);
          return 'skipped';
        }
        const ticket = await this.routedTickets.find(manager, assignment.ticketId);
        const ids = { overdueEventId: randomUUID(), alertEventId: randomUUID(), alertId: randomUUID(), withdrawnEventId: randomUUID() };
        // No event caused this: the deadline did. The flow's correlation id stays the ticket's.
        const cause = { correlationId: ticket?.correlationId ?? randomUUID(), causationId: null };
        const outcome = escalateOverdue(
          clock,
          assignment,
          this.settings.escalationPolicy,
          now,
          { ticketNumber: ticket?.ticketNumber ?? null, timeZone: this.settings.acceptance.calendar.timeZone },
          ids,
          cause,
        );
        switch (outcome.kind) {
          case 'not-due':
            skip.add(next.assignmentId);
            return 'skipped';
          case 'stale':
            await this.clocks.save(manager, outcome.clock);
            return 'skipped';
          case 'escalated':
            await this.clocks.save(manager, outcome.clock);
            await this.assignments.save(manager, outcome.assignment);
            await appendToOutbox(manager, outcome.events);
            this.logger.log({
              msg: 'acceptance deadline passed',
              assignmentId: assignment.id,
              ticketId: assignment.ticketId,
              agencyId: assignment.agencyId,
              dueAt: clock.dueAt.toISOString(),
              action: this.settings.escalationPolicy,
            });
            if (outcome.reRouteAfter) {
              await this.routeTicket.reRoute(manager, assignment.ticketId, outcome.reRouteAfter, {
                correlationId: cause.correlationId,
                causationId: ids.overdueEventId,
              });
            }
            return 'fired';
        }
      })
      .catch((error: unknown) => {
        if (claimed) skip.add(claimed);
        throw error;
      });
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessDeniedError, type Principal } from '@legal-hotline/auth';
import { appendToOutbox } from '@legal-hotline/messaging';
import type { CorrelationContext } from '@legal-hotline/observability';
import { AcceptanceClockRepository } from '../assignments/acceptance-clock.repository.js';
import { AssignmentRepository } from '../assignments/assignment.repository.js';
import { ClockError, type AcceptanceClock } from '../assignments/domain/acceptance-clock.js';
import { lockTicket } from '../db/ticket-lock.js';
import { recordedName } from '../directory/domain/person-name.js';
import { CLOCK, type Clock } from '../routing/clock.js';
import { toAcceptanceClockView, type AcceptanceClockView, type PauseClockDto } from './acceptance-clock.dto.js';
import { pauseAssignmentClock, resumeAssignmentClock, type AdjustedClock } from './domain/adjust-clock.js';
import { clockAdjustAccess, clockReadAccess, type ClockAccess } from './domain/supervision-scope.js';

/**
 * Pauses and resumes acceptance clocks: one transaction each, with its event in the outbox.
 * Only a supervisor whose area covers the assignment's body does either; the person recorded
 * is the one their access token names.
 */
@Injectable()
export class AdjustAcceptanceClockHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assignments: AssignmentRepository,
    private readonly clocks: AcceptanceClockRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  pause(principal: Principal, assignmentId: string, command: PauseClockDto, correlation: CorrelationContext): Promise<AcceptanceClockView> {
    return this.adjust(principal, assignmentId, (clock, now) =>
      pauseAssignmentClock(clock, { reason: command.reason, pausedBy: recordedName(principal.name) }, now, randomUUID(), {
        correlationId: correlation.correlationId,
        causationId: null,
      }),
    );
  }

  resume(principal: Principal, assignmentId: string, correlation: CorrelationContext): Promise<AcceptanceClockView> {
    return this.adjust(principal, assignmentId, (clock, now) =>
      resumeAssignmentClock(clock, { resumedBy: recordedName(principal.name) }, now, randomUUID(), {
        correlationId: correlation.correlationId,
        causationId: null,
      }),
    );
  }

  /** The clock as it stands; reads only. */
  async get(principal: Principal, assignmentId: string): Promise<AcceptanceClockView> {
    const clock = await this.clocks.find(this.dataSource.manager, assignmentId);
    if (!clock) throw ClockError.assignmentNotFound(assignmentId);
    refuseUnlessAllowed(clockReadAccess(principal, clock.agencyId), assignmentId);
    return toAcceptanceClockView(clock);
  }

  private adjust(principal: Principal, assignmentId: string, decide: (clock: AcceptanceClock, now: Date) => AdjustedClock): Promise<AcceptanceClockView> {
    return this.dataSource.transaction(async (manager) => {
      const ticketId = await this.assignments.ticketIdOf(manager, assignmentId);
      if (!ticketId) throw ClockError.assignmentNotFound(assignmentId);
      // The ticket first, as every handler: the timer may be about to fire this very clock.
      await lockTicket(manager, ticketId);
      const current = await this.load(manager, assignmentId);
      refuseUnlessAllowed(clockAdjustAccess(principal, current.agencyId), assignmentId);
      const adjusted = decide(current, this.clock());
      await this.clocks.save(manager, adjusted.clock);
      await appendToOutbox(manager, adjusted.events);
      return toAcceptanceClockView(adjusted.clock);
    });
  }

  private async load(manager: EntityManager, assignmentId: string): Promise<AcceptanceClock> {
    const clock = await this.clocks.findForUpdate(manager, assignmentId);
    if (!clock) throw ClockError.assignmentNotFound(assignmentId);
    return clock;
  }
}

function refuseUnlessAllowed(access: ClockAccess, assignmentId: string): void {
  switch (access) {
    case 'allowed':
      return;
    case 'other-body':
      throw AccessDeniedError.otherBody(`the acceptance clock of assignment ${assignmentId}`);
    case 'outside-area':
      throw AccessDeniedError.outsideArea(`the acceptance clock of assignment ${assignmentId}`);
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { appendToOutbox } from '@legal-hotline/messaging';
import type { CorrelationContext } from '@legal-hotline/observability';
import { AcceptanceClockRepository } from '../assignments/acceptance-clock.repository.js';
import { AssignmentRepository } from '../assignments/assignment.repository.js';
import { ClockError, type AcceptanceClock } from '../assignments/domain/acceptance-clock.js';
import { lockTicket } from '../db/ticket-lock.js';
import { CLOCK, type Clock } from '../routing/clock.js';
import { toAcceptanceClockView, type AcceptanceClockView, type PauseClockDto, type ResumeClockDto } from './acceptance-clock.dto.js';
import { pauseAssignmentClock, resumeAssignmentClock, type AdjustedClock } from './domain/adjust-clock.js';

/** Pauses and resumes acceptance clocks: one transaction each, with its event in the outbox. */
@Injectable()
export class AdjustAcceptanceClockHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assignments: AssignmentRepository,
    private readonly clocks: AcceptanceClockRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  pause(assignmentId: string, command: PauseClockDto, correlation: CorrelationContext): Promise<AcceptanceClockView> {
    return this.adjust(assignmentId, (clock, now) =>
      pauseAssignmentClock(clock, command, now, randomUUID(), { correlationId: correlation.correlationId, causationId: null }),
    );
  }

  resume(assignmentId: string, command: ResumeClockDto, correlation: CorrelationContext): Promise<AcceptanceClockView> {
    return this.adjust(assignmentId, (clock, now) =>
      resumeAssignmentClock(clock, command, now, randomUUID(), { correlationId: correlation.correlationId, causationId: null }),
    );
  }

  /** The clock as it stands; reads only. */
  async get(assignmentId: string): Promise<AcceptanceClockView> {
    const clock = await this.clocks.find(this.dataSource.manager, assignmentId);
    if (!clock) throw ClockError.assignmentNotFound(assignmentId);
    return toAcceptanceClockView(clock);
  }

  private adjust(assignmentId: string, decide: (clock: AcceptanceClock, now: Date) => AdjustedClock): Promise<AcceptanceClockView> {
    return this.dataSource.transaction(async (manager) => {
      const ticketId = await this.assignments.ticketIdOf(manager, assignmentId);
      if (!ticketId) throw ClockError.assignmentNotFound(assignmentId);
      // The ticket first, as every handler: the timer may be about to fire this very clock.
      await lockTicket(manager, ticketId);
      const current = await this.load(manager, assignmentId);
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

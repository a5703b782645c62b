import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { lockTicket } from '../db/ticket-lock.js';
import { AcceptanceClockRepository } from './acceptance-clock.repository.js';
import { AssignmentRepository } from './assignment.repository.js';
import { stopAcceptanceClock } from './domain/acceptance-clock.js';
import { recordBodyDecision, type BodyDecision, type TrackedAssignment } from './domain/assignment.js';

/**
 * Records a body's acceptance or rejection of an assignment and stops its acceptance clock, in
 * the consumer's transaction, so that its open load and the ticket's exclusions are right for
 * the next routing decision. Returns the assignment as recorded, or null when it was ignored.
 */
@Injectable()
export class RecordAssignmentDecisionHandler {
  private readonly logger = new Logger(RecordAssignmentDecisionHandler.name);

  constructor(
    private readonly assignments: AssignmentRepository,
    private readonly clocks: AcceptanceClockRepository,
  ) {}

  async execute(manager: EntityManager, assignmentId: string, decision: BodyDecision): Promise<TrackedAssignment | null> {
    const ticketId = await this.assignments.ticketIdOf(manager, assignmentId);
    if (!ticketId) {
      // Not one of ours: the topic carries every service's assignment facts.
      this.logger.warn({ msg: 'decision on an assignment routing did not make; ignored', assignmentId, agencyId: decision.agencyId });
      return null;
    }
    await lockTicket(manager, ticketId);
    // FOR UPDATE: an accept and a reject of one assignment arriving at once are applied in turn.
    const current = await this.assignments.findForUpdate(manager, assignmentId);
    if (!current) return null;
    const outcome = recordBodyDecision(current, decision);
    if (outcome.kind === 'ignored') {
      this.logger.warn({ msg: 'assignment decision ignored', assignmentId, why: outcome.why });
      return null;
    }
    await this.assignments.save(manager, outcome.assignment);

    const clock = await this.clocks.findForUpdate(manager, assignmentId);
    const stopped = clock ? stopAcceptanceClock(clock, decision.decidedAt, decision.outcome) : null;
    if (stopped) await this.clocks.save(manager, stopped);
    return outcome.assignment;
  }
}

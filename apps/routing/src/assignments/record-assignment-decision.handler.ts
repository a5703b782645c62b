import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AssignmentRepository } from './assignment.repository.js';
import { recordBodyDecision, type BodyDecision } from './domain/assignment.js';

/**
 * Records a body's acceptance or rejection of an assignment, in the consumer's transaction, so
 * that its open load and the ticket's exclusions are right for the next routing decision.
 */
@Injectable()
export class RecordAssignmentDecisionHandler {
  private readonly logger = new Logger(RecordAssignmentDecisionHandler.name);

  constructor(private readonly assignments: AssignmentRepository) {}

  async execute(manager: EntityManager, assignmentId: string, decision: BodyDecision): Promise<void> {
    // FOR UPDATE: an accept and a reject of one assignment arriving at once are applied in turn.
    const current = await this.assignments.findForUpdate(manager, assignmentId);
    if (!current) {
      // Not one of ours: the topic carries every service's assignment facts.
      this.logger.warn({ msg: 'decision on an assignment routing did not make; ignored', assignmentId, agencyId: decision.agencyId });
      return;
    }
    const outcome = recordBodyDecision(current, decision);
    if (outcome.kind === 'ignored') {
      this.logger.warn({ msg: 'assignment decision ignored', assignmentId, why: outcome.why });
      return;
    }
    await this.assignments.saveDecision(manager, outcome.assignment);
  }
}

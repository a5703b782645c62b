import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { appendToOutbox } from '@legal-hotline/messaging';
import { ASSIGNMENT_INBOX } from './assignment-inbox.settings.js';
import { toAssignmentView, type AssignmentView } from './assignment.dto.js';
import { AssignmentEntity } from './assignment.entity.js';
import { AssignmentError } from './domain/assignment-errors.js';
import type { Inbox } from './domain/assignment.js';
import { decideAssignment, type AssignmentDecision } from './domain/decide-assignment.js';

/** Business acceptance: records an accept or reject and its event in one transaction. */
@Injectable()
export class DecideAssignmentHandler {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(ASSIGNMENT_INBOX) private readonly inbox: Inbox,
  ) {}

  /** `causationId`: the HTTP request id, so the event leads back to the request's log lines. */
  execute(assignmentId: string, decision: AssignmentDecision, causationId: string | null): Promise<AssignmentView> {
    return this.dataSource.transaction(async (manager) => {
      // FOR UPDATE: two staff members deciding at once are serialized; the second sees the first's decision.
      const current = await manager.findOne(AssignmentEntity, { where: { assignmentId }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw AssignmentError.notFound(assignmentId);
      const { assignment, events } = decideAssignment(current, decision, {
        service: this.inbox.service,
        decidedAt: new Date(),
        eventId: randomUUID(),
        causationId,
      });
      const { status, decidedBy, decidedAt, rejectionReason, decisionNote } = assignment;
      await manager.update(AssignmentEntity, { assignmentId }, { status, decidedBy, decidedAt, rejectionReason, decisionNote });
      await appendToOutbox(manager, events);
      return toAssignmentView(assignment);
    });
  }
}

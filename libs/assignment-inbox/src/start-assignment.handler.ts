import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { appendToOutbox } from '@legal-hotline/messaging';
import { ASSIGNMENT_INBOX } from './assignment-inbox.settings.js';
import { toAssignmentView, type AssignmentView } from './assignment.dto.js';
import { AssignmentEntity } from './assignment.entity.js';
import { AssignmentError } from './domain/assignment-errors.js';
import type { Inbox } from './domain/assignment.js';
import { startAssignment, type StartCommand } from './domain/start-assignment.js';

/** The body started the work: records it and its event in one transaction. */
@Injectable()
export class StartAssignmentHandler {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(ASSIGNMENT_INBOX) private readonly inbox: Inbox,
  ) {}

  /** `causationId`: the HTTP request id, so the event leads back to the request's log lines. */
  execute(assignmentId: string, command: StartCommand, causationId: string | null): Promise<AssignmentView> {
    return this.dataSource.transaction(async (manager) => {
      // FOR UPDATE: serialized with other staff commands and with routing's withdrawal.
      const current = await manager.findOne(AssignmentEntity, { where: { assignmentId }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw AssignmentError.notFound(assignmentId);
      const { assignment, events } = startAssignment(current, command, { service: this.inbox.service, at: new Date(), eventId: randomUUID(), causationId });
      const { status, startedBy, startedAt, startNote } = assignment;
      await manager.update(AssignmentEntity, { assignmentId }, { status, startedBy, startedAt, startNote });
      await appendToOutbox(manager, events);
      return toAssignmentView(assignment);
    });
  }
}

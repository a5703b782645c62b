import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { appendToOutbox } from '@legal-hotline/messaging';
import { ASSIGNMENT_INBOX } from './assignment-inbox.settings.js';
import { AssignmentEntity } from './assignment.entity.js';
import type { Inbox } from './domain/assignment.js';
import { receiveAssignment, type AssignmentRequestedEvent } from './domain/receive-assignment.js';

/** Stores a requested assignment and reports technical receipt, in the consumer's transaction. */
@Injectable()
export class ReceiveAssignmentHandler {
  constructor(@Inject(ASSIGNMENT_INBOX) private readonly inbox: Inbox) {}

  async execute(request: AssignmentRequestedEvent, manager: EntityManager): Promise<void> {
    const outcome = receiveAssignment(request, this.inbox, { receivedAt: new Date(), eventId: randomUUID() });
    if (outcome.kind === 'not-addressed-here') return;
    // The insert locks the new row for the rest of the transaction. A request published again
    // under a new event id gets past the consumer's dedupe but not the primary key: nothing
    // is stored and no second receipt goes out.
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(AssignmentEntity)
      .values(outcome.assignment)
      .orIgnore()
      .returning('assignment_id')
      .execute();
    if ((inserted.raw as unknown[]).length === 0) return;
    await appendToOutbox(manager, outcome.events);
  }
}

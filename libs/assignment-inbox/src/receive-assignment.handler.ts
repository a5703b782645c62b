import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { appendToOutbox } from '@legal-hotline/messaging';
import { ASSIGNMENT_INBOX } from './assignment-inbox.settings.js';
import { lockAssignmentId } from './assignment-lock.js';
import { AssignmentEntity } from './assignment.entity.js';
import type { Inbox, Withdrawal } from './domain/assignment.js';
import { receiveAssignment, type AssignmentRequestedEvent } from './domain/receive-assignment.js';
import { EarlyWithdrawalEntity } from './early-withdrawal.entity.js';

/** Stores a requested assignment and reports technical receipt, in the consumer's transaction. */
@Injectable()
export class ReceiveAssignmentHandler {
  constructor(@Inject(ASSIGNMENT_INBOX) private readonly inbox: Inbox) {}

  async execute(request: AssignmentRequestedEvent, manager: EntityManager): Promise<void> {
    const { assignmentId } = request.data;
    // Before looking for an early withdrawal: a withdrawal handled concurrently either finished
    // (and left its notice) or waits and then finds the row.
    await lockAssignmentId(manager, assignmentId);
    // Taken whoever the request is for: a notice for another kind of body's assignment is of no use.
    const earlyWithdrawal = await takeEarlyWithdrawal(manager, assignmentId);
    const outcome = receiveAssignment(request, this.inbox, { receivedAt: new Date(), eventId: randomUUID() }, earlyWithdrawal);
    if (outcome.kind === 'not-addressed-here') return;
    // A request published again under a new event id gets past the consumer's dedupe but not
    // the primary key: nothing is stored and no second receipt goes out.
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

/** The withdrawal handled before this request, if any; removed, as the request now carries it. */
async function takeEarlyWithdrawal(manager: EntityManager, assignmentId: string): Promise<Withdrawal | null> {
  const notice = await manager.findOneBy(EarlyWithdrawalEntity, { assignmentId });
  if (!notice) return null;
  await manager.delete(EarlyWithdrawalEntity, { assignmentId });
  return { reason: notice.reason, withdrawnAt: notice.withdrawnAt };
}

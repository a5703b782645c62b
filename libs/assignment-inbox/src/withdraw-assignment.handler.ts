import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { lockAssignmentId } from './assignment-lock.js';
import { AssignmentEntity } from './assignment.entity.js';
import { withdrawAssignment, withdrawalOf, type AssignmentWithdrawnEvent } from './domain/withdraw-assignment.js';
import { EarlyWithdrawalEntity } from './early-withdrawal.entity.js';

/** Records routing's withdrawal of an assignment, in the consumer's transaction. Emits nothing. */
@Injectable()
export class WithdrawAssignmentHandler {
  async execute(event: AssignmentWithdrawnEvent, manager: EntityManager): Promise<void> {
    const { assignmentId } = event.data;
    const withdrawal = withdrawalOf(event);
    await lockAssignmentId(manager, assignmentId);
    // FOR UPDATE as well: staff deciding over HTTP lock the row, not the id.
    const current = await manager.findOne(AssignmentEntity, { where: { assignmentId }, lock: { mode: 'pessimistic_write' } });
    if (!current) {
      // Not here (yet): either the request was for the other kind of body, or it is still on its
      // way. Kept for the second case; a repeated withdrawal keeps the first notice.
      await manager
        .createQueryBuilder()
        .insert()
        .into(EarlyWithdrawalEntity)
        .values({ assignmentId, ticketId: event.data.ticketId, agencyId: event.data.agencyId, ...withdrawal, recordedAt: new Date() })
        .orIgnore()
        .execute();
      return;
    }
    const outcome = withdrawAssignment(current, withdrawal);
    if (outcome.kind === 'ignored') return;
    const { status, withdrawalReason, withdrawnAt } = outcome.assignment;
    await manager.update(AssignmentEntity, { assignmentId }, { status, withdrawalReason, withdrawnAt });
  }
}

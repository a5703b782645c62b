import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PlatformEvent } from '@legal-hotline/contracts';
import { ReceiveAssignmentHandler } from './receive-assignment.handler.js';
import { WithdrawAssignmentHandler } from './withdraw-assignment.handler.js';

/**
 * What an inbox does with an event from the assignments topic; a service's consumer passes it
 * to `IdempotentConsumer.consume`, which supplies the transaction.
 */
@Injectable()
export class AssignmentEventsHandler {
  constructor(
    private readonly receive: ReceiveAssignmentHandler,
    private readonly withdraw: WithdrawAssignmentHandler,
  ) {}

  async handle(event: PlatformEvent, manager: EntityManager): Promise<void> {
    switch (event.type) {
      case 'assignment.requested.v1':
        return this.receive.execute(event, manager);
      case 'assignment.withdrawn.v1':
        return this.withdraw.execute(event, manager);
      // Receipts, decisions and progress (this service's own included) are for the first-contact
      // owner. Overdue is followed by a withdrawal when routing re-routes. A resumed clock moves
      // the acceptance deadline; the inbox does not follow it yet and keeps the request's.
      case 'assignment.received.v1':
      case 'assignment.accepted.v1':
      case 'assignment.rejected.v1':
      case 'assignment.started.v1':
      case 'assignment.completed.v1':
      case 'assignment.overdue.v1':
      case 'assignment.clock-paused.v1':
      case 'assignment.clock-resumed.v1':
        return;
      // These never travel on this topic. Listed so a new type needs a decision here.
      case 'ticket.opened.v1':
      case 'ticket.resolved-at-first-contact.v1':
      case 'ticket.dispatch-requested.v1':
      case 'ticket.answered.v1':
      case 'ticket.follow-up-recorded.v1':
      case 'ticket.closed.v1':
      case 'ticket.reopened.v1':
      case 'ticket.merged.v1':
      case 'ticket.merge-undone.v1':
      case 'routing.failed.v1':
      case 'routing.returned-to-owner.v1':
      case 'partner-transfer.requested.v1':
      case 'partner-transfer.delivered.v1':
      case 'partner-transfer.delivery-failed.v1':
      case 'partner-transfer.accepted.v1':
      case 'partner-transfer.rejected.v1':
      case 'partner-transfer.acceptance-overdue.v1':
      case 'partner-transfer.progress-reported.v1':
      case 'partner-transfer.result-reported.v1':
      case 'supervision.alert-raised.v1':
      case 'partner-case.received.v1':
        return;
    }
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PlatformEvent } from '@legal-hotline/contracts';
import { ReceiveAssignmentHandler } from './receive-assignment.handler.js';

/**
 * What an inbox does with an event from the assignments topic; a service's consumer passes it
 * to `IdempotentConsumer.consume`, which supplies the transaction.
 */
@Injectable()
export class AssignmentEventsHandler {
  constructor(private readonly receive: ReceiveAssignmentHandler) {}

  async handle(event: PlatformEvent, manager: EntityManager): Promise<void> {
    switch (event.type) {
      case 'assignment.requested.v1':
        return this.receive.execute(event, manager);
      // Receipts and decisions (this service's own included) are for the first-contact owner;
      // the other types never travel on this topic. Listed so a new type needs a decision here.
      case 'assignment.received.v1':
      case 'assignment.accepted.v1':
      case 'assignment.rejected.v1':
      case 'ticket.opened.v1':
      case 'routing.failed.v1':
      case 'partner-case.received.v1':
        return;
    }
  }
}

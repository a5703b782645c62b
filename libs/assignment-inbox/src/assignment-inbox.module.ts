import { Module, type DynamicModule } from '@nestjs/common';
import { AssignmentEventsHandler } from './assignment-events.handler.js';
import { AssignmentInboxQueries } from './assignment-inbox.queries.js';
import { ASSIGNMENT_INBOX } from './assignment-inbox.settings.js';
import { CompleteAssignmentHandler } from './complete-assignment.handler.js';
import { DecideAssignmentHandler } from './decide-assignment.handler.js';
import type { Inbox } from './domain/assignment.js';
import { ReceiveAssignmentHandler } from './receive-assignment.handler.js';
import { StartAssignmentHandler } from './start-assignment.handler.js';
import { WithdrawAssignmentHandler } from './withdraw-assignment.handler.js';

/**
 * The inbox's handlers for one service. The service imports it into its own module and adds
 * its controllers (subclasses of the base controllers) and its Kafka consumer.
 */
@Module({})
export class AssignmentInboxModule {
  static register(inbox: Inbox): DynamicModule {
    const providers = [
      ReceiveAssignmentHandler,
      WithdrawAssignmentHandler,
      DecideAssignmentHandler,
      StartAssignmentHandler,
      CompleteAssignmentHandler,
      AssignmentInboxQueries,
      AssignmentEventsHandler,
    ];
    return {
      module: AssignmentInboxModule,
      providers: [{ provide: ASSIGNMENT_INBOX, useValue: inbox }, ...providers],
      exports: providers,
    };
  }
}

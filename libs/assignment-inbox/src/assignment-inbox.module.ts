import { Module, type DynamicModule } from '@nestjs/common';
import { AssignmentCommandsHandler } from './assignment-commands.handler.js';
import { AssignmentEventsHandler } from './assignment-events.handler.js';
import { AssignmentInboxQueries } from './assignment-inbox.queries.js';
import { ASSIGNMENT_INBOX } from './assignment-inbox.settings.js';
import type { Inbox } from './domain/assignment.js';
import { ReceiveAssignmentHandler } from './receive-assignment.handler.js';
import { ReceivingBodies } from './receiving-bodies.js';
import { WithdrawAssignmentHandler } from './withdraw-assignment.handler.js';

/**
 * The inbox's handlers for one service. The service imports it into its own module and adds
 * its controllers (subclasses of the base controllers) and its Kafka consumer.
 */
@Module({})
export class AssignmentInboxModule {
  /** `servedProvinces`: 2-digit province numbers whose bodies of `inbox.agencyType` exist. */
  static register(inbox: Inbox, servedProvinces: readonly string[]): DynamicModule {
    const providers = [
      ReceiveAssignmentHandler,
      WithdrawAssignmentHandler,
      AssignmentCommandsHandler,
      AssignmentInboxQueries,
      AssignmentEventsHandler,
    ];
    return {
      module: AssignmentInboxModule,
      providers: [
        { provide: ASSIGNMENT_INBOX, useValue: inbox },
        { provide: ReceivingBodies, useFactory: () => ReceivingBodies.load(servedProvinces, inbox.agencyType) },
        ...providers,
      ],
      exports: providers,
    };
  }
}

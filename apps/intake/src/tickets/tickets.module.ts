import { Module, type DynamicModule } from '@nestjs/common';
import { RegionsModule, type RegionsOptions } from '../regions/regions.module.js';
import type { ProvincialPlatforms } from './domain/provincial-platforms.js';
import { AskQuestionHandler } from './ask-question.handler.js';
import { CallerAccessTrailRepository } from './caller-access-trail.repository.js';
import { DeskResolutionHandler } from './desk-resolution.handler.js';
import { GetTicketHandler } from './get-ticket.handler.js';
import { ListOwnerTicketsHandler } from './list-owner-tickets.handler.js';
import { ListTicketsHandler } from './list-tickets.handler.js';
import { LookUpTicketHandler } from './look-up-ticket.handler.js';
import { MergeTicketsHandler } from './merge-tickets.handler.js';
import { OpenPartnerTicketHandler } from './open-partner-ticket.handler.js';
import { OpenTicketHandler } from './open-ticket.handler.js';
import { OwnersController } from './owners.controller.js';
import { QuestionsController } from './questions.controller.js';
import { RecordTicketProgressHandler } from './record-ticket-progress.handler.js';
import { TicketCommandsHandler } from './ticket-commands.handler.js';
import { TicketEventsConsumer } from './ticket-events.consumer.js';
import { TicketLookupController } from './ticket-lookup.controller.js';
import { TicketLookupFailureRepository } from './ticket-lookup-failure.repository.js';
import { TicketOpeningRequestRepository } from './ticket-opening-request.repository.js';
import { TicketRepository } from './ticket.repository.js';
import { TicketsController } from './tickets.controller.js';
import { TicketsSettings } from './tickets-settings.js';

/** Tickets (工单): opening, first-contact ownership, the lifecycle to closing, status and timeline, the caller's lookup, and the access trail of callers' personal data. */
@Module({})
export class TicketsModule {
  static register(options: {
    regions: RegionsOptions;
    callerHashKey: string;
    provincialPlatforms: ProvincialPlatforms;
    /** DESK_FOLLOW_UP_SAMPLE_SHARE. */
    deskFollowUpSampleShare: number;
  }): DynamicModule {
    const regions = RegionsModule.register(options.regions);
    return {
      module: TicketsModule,
      imports: [regions],
      controllers: [TicketsController, OwnersController, TicketLookupController, QuestionsController, TicketEventsConsumer],
      providers: [
        { provide: TicketsSettings, useValue: new TicketsSettings(options.callerHashKey, options.provincialPlatforms, options.deskFollowUpSampleShare) },
        TicketRepository,
        CallerAccessTrailRepository,
        TicketOpeningRequestRepository,
        TicketLookupFailureRepository,
        OpenTicketHandler,
        OpenPartnerTicketHandler,
        RecordTicketProgressHandler,
        GetTicketHandler,
        ListTicketsHandler,
        TicketCommandsHandler,
        MergeTicketsHandler,
        ListOwnerTicketsHandler,
        LookUpTicketHandler,
        DeskResolutionHandler,
        AskQuestionHandler,
      ],
      // The region catalog goes along: readers of tickets name their regions.
      exports: [TicketRepository, CallerAccessTrailRepository, DeskResolutionHandler, regions],
    };
  }
}

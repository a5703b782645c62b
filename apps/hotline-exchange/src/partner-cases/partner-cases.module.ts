import { Module, type DynamicModule } from '@nestjs/common';
import { PartnerEndpointClient } from '../partner-transfers/partner-endpoint.client.js';
import { CASE_NOTIFICATION_SETTINGS, type CaseNotificationSettings } from './case-notification-settings.js';
import { CaseNotificationWorker } from './case-notification.worker.js';
import { DeliverCaseNotificationHandler } from './deliver-case-notification.handler.js';
import { ForwardPartnerCaseHandler } from './forward-partner-case.handler.js';
import { PartnerCaseConsumer } from './partner-case.consumer.js';
import { PartnerTicketController } from './partner-ticket.controller.js';
import { PartnerTicketQueries } from './partner-ticket.queries.js';
import { regionCheckProvider } from './region-check.js';
import { TrackPartnerCaseHandler } from './track-partner-case.handler.js';

export interface PartnerCasesOptions {
  /** Provinces whose region codes are accepted, as 2-digit numbers; empty for all. */
  regionProvinces: readonly string[];
  notifications: CaseNotificationSettings;
}

/**
 * Cases partners forward, the partner's view of them kept from platform events, and every change
 * of that view pushed to the partner's endpoint in order and listed in its pull feed.
 */
@Module({})
export class PartnerCasesModule {
  static register(options: PartnerCasesOptions): DynamicModule {
    return {
      module: PartnerCasesModule,
      controllers: [PartnerTicketController, PartnerCaseConsumer],
      providers: [
        { provide: CASE_NOTIFICATION_SETTINGS, useValue: options.notifications },
        ForwardPartnerCaseHandler,
        TrackPartnerCaseHandler,
        PartnerTicketQueries,
        regionCheckProvider(options.regionProvinces),
        DeliverCaseNotificationHandler,
        PartnerEndpointClient,
        CaseNotificationWorker,
      ],
    };
  }
}

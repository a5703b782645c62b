import { Module, type DynamicModule } from '@nestjs/common';
import { ForwardPartnerCaseHandler } from './forward-partner-case.handler.js';
import { PartnerCaseConsumer } from './partner-case.consumer.js';
import { PartnerTicketController } from './partner-ticket.controller.js';
import { PartnerTicketQueries } from './partner-ticket.queries.js';
import { regionCheckProvider } from './region-check.js';
import { TrackPartnerCaseHandler } from './track-partner-case.handler.js';

export interface PartnerCasesOptions {
  /** Provinces whose region codes are accepted, as 2-digit numbers; empty for all. */
  regionProvinces: readonly string[];
}

/** Cases partners forward, and the partner's view of them kept from platform events. */
@Module({})
export class PartnerCasesModule {
  static register(options: PartnerCasesOptions): DynamicModule {
    return {
      module: PartnerCasesModule,
      controllers: [PartnerTicketController, PartnerCaseConsumer],
      providers: [ForwardPartnerCaseHandler, TrackPartnerCaseHandler, PartnerTicketQueries, regionCheckProvider(options.regionProvinces)],
    };
  }
}

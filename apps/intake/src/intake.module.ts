import { Module, type DynamicModule } from '@nestjs/common';
import { ServiceRuntimeModule } from '@legal-hotline/service-runtime';
import { CreateTickets1795400000000 } from './db/migrations/1795400000000-create-tickets.js';
import { TicketLifecycle1795500000000 } from './db/migrations/1795500000000-ticket-lifecycle.js';
import type { IntakeConfig } from './intake.service-definition.js';
import { SupervisionAlertEntity } from './supervision/supervision-alert.entity.js';
import { SupervisionModule } from './supervision/supervision.module.js';
import { TicketEntity } from './tickets/ticket.entity.js';
import { TicketsModule } from './tickets/tickets.module.js';
import { TimelineEntryEntity } from './tickets/timeline-entry.entity.js';

@Module({})
export class IntakeModule {
  static register(config: IntakeConfig): DynamicModule {
    return {
      module: IntakeModule,
      imports: [
        ServiceRuntimeModule.forService({
          service: 'intake',
          config,
          entities: [TicketEntity, TimelineEntryEntity, SupervisionAlertEntity],
          migrations: [CreateTickets1795400000000, TicketLifecycle1795500000000],
        }),
        TicketsModule.register({
          regions: { provinces: config.REGION_PROVINCES ? config.REGION_PROVINCES.split(',') : [] },
          callerHashKey: config.CALLER_HASH_KEY,
        }),
        SupervisionModule,
      ],
    };
  }
}

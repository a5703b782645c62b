import { Module, type DynamicModule } from '@nestjs/common';
import { ServiceRuntimeModule } from '@legal-hotline/service-runtime';
import { CreateTickets1795400000000 } from './db/migrations/1795400000000-create-tickets.js';
import type { IntakeConfig } from './intake.service-definition.js';
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
          entities: [TicketEntity, TimelineEntryEntity],
          migrations: [CreateTickets1795400000000],
        }),
        TicketsModule.register({ regions: { provinces: config.REGION_PROVINCES ? config.REGION_PROVINCES.split(',') : [] } }),
      ],
    };
  }
}

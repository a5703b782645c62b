import { Module, type DynamicModule } from '@nestjs/common';
import { ServiceRuntimeModule } from '@legal-hotline/service-runtime';
import { CallerAccessModule } from './caller-access/caller-access.module.js';
import { DashboardModule } from './dashboard/dashboard.module.js';
import { CreateTickets1795400000000 } from './db/migrations/1795400000000-create-tickets.js';
import { TicketLifecycle1795500000000 } from './db/migrations/1795500000000-ticket-lifecycle.js';
import { IdentityAndAccess1795600000000 } from './db/migrations/1795600000000-identity-and-access.js';
import { DashboardFigures1795700000000 } from './db/migrations/1795700000000-dashboard-figures.js';
import { ResponsiblePlatform1795800000000 } from './db/migrations/1795800000000-responsible-platform.js';
import type { IntakeConfig } from './intake.service-definition.js';
import { SupervisionAlertEntity } from './supervision/supervision-alert.entity.js';
import { SupervisionModule } from './supervision/supervision.module.js';
import { CallerAccessRecordEntity } from './tickets/caller-access-record.entity.js';
import { FollowUpCallEntity } from './tickets/follow-up-call.entity.js';
import { TicketEntity } from './tickets/ticket.entity.js';
import { TicketLookupFailureEntity } from './tickets/ticket-lookup-failure.entity.js';
import { TicketOpeningRequestEntity } from './tickets/ticket-opening-request.entity.js';
import { parseProvincialPlatforms, type ProvincialPlatforms } from './tickets/domain/provincial-platforms.js';
import { TicketsModule } from './tickets/tickets.module.js';
import { TimelineEntryEntity } from './tickets/timeline-entry.entity.js';

/**
 * The provincial 12348 platforms: the built-in table with PROVINCIAL_PLATFORMS merged over it.
 * `loadConfig` has refused a bad value already; this guards a caller that skipped it.
 */
export function provincialPlatformsOf(config: Pick<IntakeConfig, 'PROVINCIAL_PLATFORMS'>): ProvincialPlatforms {
  const parsed = parseProvincialPlatforms(config.PROVINCIAL_PLATFORMS);
  if (!parsed.ok) throw new Error(`PROVINCIAL_PLATFORMS: ${parsed.problems.join('; ')}`);
  return parsed.platforms;
}

@Module({})
export class IntakeModule {
  static register(config: IntakeConfig): DynamicModule {
    const tickets = TicketsModule.register({
      regions: { provinces: config.REGION_PROVINCES ? config.REGION_PROVINCES.split(',') : [] },
      callerHashKey: config.CALLER_HASH_KEY,
      provincialPlatforms: provincialPlatformsOf(config),
    });
    return {
      module: IntakeModule,
      imports: [
        ServiceRuntimeModule.forService({
          service: 'intake',
          config,
          entities: [
            TicketEntity,
            TimelineEntryEntity,
            FollowUpCallEntity,
            TicketOpeningRequestEntity,
            TicketLookupFailureEntity,
            SupervisionAlertEntity,
            CallerAccessRecordEntity,
          ],
          migrations: [
            CreateTickets1795400000000,
            TicketLifecycle1795500000000,
            IdentityAndAccess1795600000000,
            DashboardFigures1795700000000,
            ResponsiblePlatform1795800000000,
          ],
        }),
        tickets,
        CallerAccessModule.register(tickets),
        DashboardModule.register(tickets),
        SupervisionModule,
      ],
    };
  }
}

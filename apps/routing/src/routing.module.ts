import { Module, type DynamicModule } from '@nestjs/common';
import { loadCalendar } from '@legal-hotline/business-calendar';
import { ServiceRuntimeModule } from '@legal-hotline/service-runtime';
import { AssignmentTrackingModule } from './assignments/assignment-tracking.module.js';
import { DashboardModule } from './dashboard/dashboard.module.js';
import { ROUTING_ENTITIES, ROUTING_MIGRATIONS } from './db/routing-schema.js';
import { DirectoryModule } from './directory/directory.module.js';
import { EscalationModule } from './escalation/escalation.module.js';
import { MisrouteReportsModule } from './misroutes/misroute-reports.module.js';
import { provinceListOf, RegionsModule } from './regions/regions.module.js';
import { systemClock, type Clock } from './routing/clock.js';
import { parseAcceptanceDeadlines } from './routing/domain/acceptance-deadline.js';
import { RoutingSettingsModule, type RoutingSettings } from './routing/routing-settings.js';
import { TicketRoutingModule } from './routing/ticket-routing.module.js';
import type { RoutingConfig } from './routing.service-definition.js';

export interface RoutingModuleOptions {
  /** The time routing decides by (duty hours, deadlines, the timer); the system clock unless a test fixes it. */
  clock?: Clock;
}

/** RoutingConfig as the capabilities use it; the config was validated at start-up. */
export function routingSettingsOf(config: RoutingConfig): RoutingSettings {
  const deadlines = parseAcceptanceDeadlines(config.ACCEPTANCE_DEADLINES);
  if (!deadlines.ok) throw new Error(`ACCEPTANCE_DEADLINES: ${deadlines.problems.join('; ')}`);
  return {
    maxHops: config.ROUTING_MAX_HOPS,
    acceptance: { policy: deadlines.policy, calendar: loadCalendar(config.BUSINESS_CALENDAR_FILE) },
    escalationPolicy: config.ESCALATION_POLICY,
    timerPollMs: config.TIMER_POLL_MS,
  };
}

@Module({})
export class RoutingModule {
  static register(config: RoutingConfig, options: RoutingModuleOptions = {}): DynamicModule {
    return {
      module: RoutingModule,
      imports: [
        ServiceRuntimeModule.forService({
          service: 'routing',
          config,
          entities: ROUTING_ENTITIES,
          migrations: ROUTING_MIGRATIONS,
        }),
        RegionsModule.register(provinceListOf(config.ROUTING_PROVINCES)),
        RoutingSettingsModule.register(options.clock ?? systemClock, routingSettingsOf(config)),
        DirectoryModule,
        AssignmentTrackingModule,
        MisrouteReportsModule,
        TicketRoutingModule,
        EscalationModule,
        DashboardModule,
      ],
    };
  }
}

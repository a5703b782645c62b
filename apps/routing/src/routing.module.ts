import { Module, type DynamicModule } from '@nestjs/common';
import { ServiceRuntimeModule } from '@legal-hotline/service-runtime';
import { AssignmentTrackingModule } from './assignments/assignment-tracking.module.js';
import { ROUTING_ENTITIES, ROUTING_MIGRATIONS } from './db/routing-schema.js';
import { DirectoryModule } from './directory/directory.module.js';
import { provinceListOf, RegionsModule } from './regions/regions.module.js';
import { systemClock, type Clock } from './routing/clock.js';
import { TicketRoutingModule } from './routing/ticket-routing.module.js';
import type { RoutingConfig } from './routing.service-definition.js';

export interface RoutingModuleOptions {
  /** The time routing decides by (duty hours, deadlines); the system clock unless a test fixes it. */
  clock?: Clock;
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
        DirectoryModule,
        AssignmentTrackingModule,
        TicketRoutingModule.register({ clock: options.clock ?? systemClock }),
      ],
    };
  }
}

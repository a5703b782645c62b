import { Module, type DynamicModule } from '@nestjs/common';
import type { EscalationPolicy } from '../escalation/domain/escalate-overdue.js';
import { CLOCK, type Clock } from './clock.js';
import type { AcceptanceRules } from './domain/route-ticket.js';

/** Routing's own configuration, read once from RoutingConfig at start-up. */
export interface RoutingSettings {
  /** ROUTING_MAX_HOPS. */
  maxHops: number;
  /** ACCEPTANCE_DEADLINES on BUSINESS_CALENDAR_FILE's calendar. */
  acceptance: AcceptanceRules;
  /** ESCALATION_POLICY. */
  escalationPolicy: EscalationPolicy;
  /** TIMER_POLL_MS. */
  timerPollMs: number;
}

export const ROUTING_SETTINGS = Symbol('ROUTING_SETTINGS');

/** The clock and settings every routing capability decides by. */
@Module({})
export class RoutingSettingsModule {
  static register(clock: Clock, settings: RoutingSettings): DynamicModule {
    return {
      module: RoutingSettingsModule,
      global: true,
      providers: [
        { provide: CLOCK, useValue: clock },
        { provide: ROUTING_SETTINGS, useValue: settings },
      ],
      exports: [CLOCK, ROUTING_SETTINGS],
    };
  }
}

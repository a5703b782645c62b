import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  Validate,
  ValidatorConstraint,
  type ValidationArguments,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { ServiceConfig, type ServiceDefinition } from '@legal-hotline/service-runtime';
import { BusinessCalendarFile } from '@legal-hotline/validation';
import { ESCALATION_POLICIES, type EscalationPolicy } from './escalation/domain/escalate-overdue.js';
import { DEFAULT_ACCEPTANCE_DEADLINES, parseAcceptanceDeadlines } from './routing/domain/acceptance-deadline.js';
import { RoutingModule } from './routing.module.js';

const PROVINCE_LIST = /^\d{2}(,\d{2})*$/;

@ValidatorConstraint({ name: 'acceptanceDeadlines' })
class AcceptanceDeadlinesJson implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && parseAcceptanceDeadlines(value).ok;
  }

  defaultMessage({ value }: ValidationArguments): string {
    const parsed = typeof value === 'string' ? parseAcceptanceDeadlines(value) : { ok: false as const, problems: ['must be text'] };
    const problems = parsed.ok ? [] : parsed.problems;
    return `ACCEPTANCE_DEADLINES must be JSON like ${DEFAULT_ACCEPTANCE_DEADLINES} with optional channel overrides ({"partner":{"normal":"PT8H"}}): ${problems.join('; ')}`;
  }
}

export class RoutingConfig extends ServiceConfig {
  override PORT = 3002;

  /**
   * Provinces whose divisions routing loads at start-up, as comma-separated 2-digit numbers
   * ("44,52": Guangdong and Guizhou). Tickets whose region lies elsewhere get no destination.
   */
  @Matches(PROVINCE_LIST, { message: 'ROUTING_PROVINCES must be comma-separated 2-digit province numbers, e.g. 44,52' })
  ROUTING_PROVINCES = '44,52';

  /** Hand-offs a ticket may have (first one included) before it goes back to its first-contact owner. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  ROUTING_MAX_HOPS = 3;

  /**
   * Acceptance deadline per priority (urgent, green-channel, normal), with optional overrides
   * per intake channel: {"urgent":"PT1H","green-channel":"PT4H","normal":"P1WD","partner":{"normal":"PT8H"}}.
   * Durations: PT<n>H|M|S clock time, P<n>D calendar days, P<n>WD working days.
   */
  @Validate(AcceptanceDeadlinesJson)
  ACCEPTANCE_DEADLINES = DEFAULT_ACCEPTANCE_DEADLINES;

  /** JSON file of holidays and make-up working days per year; the library's calendar when absent. */
  @IsOptional()
  @IsString()
  @Validate(BusinessCalendarFile)
  BUSINESS_CALENDAR_FILE?: string;

  /** What an overdue acceptance leads to: re-route (withdraw, next body) or alert-only. */
  @IsIn(ESCALATION_POLICIES, { message: `ESCALATION_POLICY must be one of: ${ESCALATION_POLICIES.join(', ')}` })
  ESCALATION_POLICY: EscalationPolicy = 're-route';

  /** How often the timer looks for acceptance clocks that fell due, in milliseconds. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(60_000)
  TIMER_POLL_MS = 1000;
}

export const routingService: ServiceDefinition<RoutingConfig> = {
  name: 'routing',
  title: 'Routing',
  description:
    "The directory of receiving bodies (legal-aid centres, people's mediation committees) and the routing of every new ticket to the competent body (派单), with the reason for each decision (DOMAIN.md §3); re-routing after rejections, bounce-back to the first-contact owner, misroute reports, acceptance deadlines on the business calendar with durable, pausable clocks and overdue escalation.",
  configClass: RoutingConfig,
  module: (config) => RoutingModule.register(config),
};

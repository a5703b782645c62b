import { Type } from 'class-transformer';
import {
  IsInt,
  IsOptional,
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
import { HotlineExchangeModule } from './hotline-exchange.module.js';
import { PARTNER_SIGNATURE_SECURITY } from './partners/partner-signature.guard.js';
import { PARTNER_DOCUMENT_PATHS, partnerDocumentOf } from './partner-kit/partner-document.js';
import { DEFAULT_PARTNER_ACCEPTANCE_DEADLINES } from './partner-transfers/domain/acceptance-deadline.js';
import { PartnerAcceptanceDeadlinesJson } from './partner-transfers/receipt-settings.js';
import { SECRETS_KEY_PATTERN } from './signing/domain/secret-cipher.js';

/** A numeric variable that must not be below another one of the same configuration. */
@ValidatorConstraint({ name: 'notBelow' })
class NotBelow implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    const other = (args.object as Record<string, unknown>)[args.constraints[0] as string];
    return typeof value !== 'number' || typeof other !== 'number' || value >= other;
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must not be below ${args.constraints[0] as string}`;
  }
}

/** A numeric variable that must stay below another one, e.g. so delivery leaves database connections for the rest. */
@ValidatorConstraint({ name: 'below' })
class Below implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    const other = (args.object as Record<string, unknown>)[args.constraints[0] as string];
    return typeof value !== 'number' || typeof other !== 'number' || value < other;
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must be below ${args.constraints[0] as string}`;
  }
}

/**
 * The delivery lanes of transfers and of case notifications together stay below the database
 * pool: each lane holds a connection while its partner answers, and requests need some too.
 */
@ValidatorConstraint({ name: 'lanesBelowPool' })
class LanesBelowPool implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    const { DELIVERY_CONCURRENCY: transfers, DATABASE_POOL_SIZE: pool } = args.object as Record<string, unknown>;
    return typeof value !== 'number' || typeof transfers !== 'number' || typeof pool !== 'number' || value + transfers < pool;
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} plus DELIVERY_CONCURRENCY must be below DATABASE_POOL_SIZE`;
  }
}

export class HotlineExchangeConfig extends ServiceConfig {
  override PORT = 3005;

  /**
   * Provinces whose region codes partners may send, as 2-digit numbers separated by commas
   * ("44,52"); empty for all 31. Keep it equal to intake's, which refuses the others.
   */
  @IsOptional()
  @Matches(/^(\d{2}(,\d{2})*)?$/, { message: 'REGION_PROVINCES must be 2-digit province numbers separated by commas, e.g. 44,52' })
  REGION_PROVINCES = '';

  /**
   * Key that seals the partners' signing secrets at rest (AES-256-GCM): 32 bytes as 64 hexadecimal
   * digits, e.g. `openssl rand -hex 32`. Required. Keep it with the database backups' keys: the
   * stored secrets cannot be opened without it, and changing it makes every partner key and
   * delivery secret unusable (issue new ones).
   */
  @Matches(SECRETS_KEY_PATTERN, { message: 'EXCHANGE_SECRETS_KEY must be 64 hexadecimal digits (openssl rand -hex 32)' })
  EXCHANGE_SECRETS_KEY!: string;

  /** How far a partner request's webhook-timestamp may be from this server's clock, either way, in seconds. */
  @Type(() => Number)
  @IsInt()
  @Min(30)
  @Max(3_600)
  PARTNER_SIGNATURE_TOLERANCE_SECONDS = 300;

  /** Failed authentications one key id may have within the window before it gets 429 with Retry-After. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000)
  PARTNER_AUTH_FAILURE_LIMIT = 10;

  /** The sliding window of PARTNER_AUTH_FAILURE_LIMIT, in seconds. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(86_400)
  PARTNER_AUTH_FAILURE_WINDOW_SECONDS = 300;

  /** How often the delivery worker looks for transfers that are due, in milliseconds. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(60_000)
  DELIVERY_POLL_MS = 500;

  /** How long one delivery attempt may take (connect, send, answer), in milliseconds. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(120_000)
  DELIVERY_TIMEOUT_MS = 5_000;

  /** Back-off before the second attempt, in milliseconds; doubles with every failed attempt (with jitter). */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(3_600_000)
  DELIVERY_BACKOFF_BASE_MS = 1_000;

  /** Longest back-off between two attempts, in milliseconds. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(86_400_000)
  @Validate(NotBelow, ['DELIVERY_BACKOFF_BASE_MS'])
  DELIVERY_BACKOFF_MAX_MS = 300_000;

  /** While a transfer keeps failing, its supervision alert is raised again at most this often, in milliseconds. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(86_400_000)
  DELIVERY_ALERT_REPEAT_MS = 300_000;

  /**
   * Transfers delivered at the same time, so one slow partner does not hold up the others. Each
   * holds a database connection while its partner answers, hence below DATABASE_POOL_SIZE.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(32)
  @Validate(Below, ['DATABASE_POOL_SIZE'])
  DELIVERY_CONCURRENCY = 4;

  /**
   * How long each partner hotline has to accept or reject a transfer, per partner and priority
   * (`urgent`: the transfer is urgent or a danger transfer; `normal`: the rest), counted from the
   * owner's request. Every partner and both priorities are required. Durations: PT<n>H|M|S clock
   * time, P<n>D calendar days, P<n>WD working days on the business calendar.
   */
  @Validate(PartnerAcceptanceDeadlinesJson)
  PARTNER_ACCEPTANCE_DEADLINES = DEFAULT_PARTNER_ACCEPTANCE_DEADLINES;

  /** How often the acceptance worker looks for transfers whose partner let the deadline pass, in milliseconds. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(60_000)
  PARTNER_ACCEPTANCE_POLL_MS = 1_000;

  /**
   * JSON file of holidays and make-up working days (调休) per year, like routing's; the library's
   * calendar when absent. Keep it the same file as routing's, so working-day deadlines agree.
   */
  @IsOptional()
  @Validate(BusinessCalendarFile)
  BUSINESS_CALENDAR_FILE?: string;

  /**
   * Case status notifications pushed to partners at the same time, in lanes of their own so they
   * never hold up transfers (two changes of one case are never pushed at once). Uses the
   * DELIVERY_* poll interval, timeout, back-off and alert repeat.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(32)
  @Validate(LanesBelowPool)
  CASE_NOTIFICATION_CONCURRENCY = 2;
}

const SIGNATURE_SCHEME =
  'Standard Webhooks signature with a partner key: headers `X-Partner-Key-Id` (the key id), `webhook-id` (new for every request), ' +
  '`webhook-timestamp` (unix seconds) and `webhook-signature` (`v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{raw body}">` ' +
  'keyed with the key secret `whsec_...`; empty body for GET). Partner keys are issued by the exchange administrator.';

export const hotlineExchangeService: ServiceDefinition<HotlineExchangeConfig> = {
  name: 'hotline-exchange',
  title: '12348 partner hotline exchange',
  description:
    'How partner hotlines (12345, 110, 12355, 12368) forward cases to the 12348 platform and follow them, and how the platform ' +
    'transfers tickets to them. Every partner request is signed with a partner key (Standard Webhooks); forwarding needs an ' +
    "Idempotency-Key and the caller's consent to the transfer (PIPL Art. 23). The admin API (partner keys, endpoints, delivery " +
    'secrets and state) needs a bearer token with the exchange-admin role.',
  configClass: HotlineExchangeConfig,
  module: (config) => HotlineExchangeModule.register(config),
  documentOptions: (builder) =>
    builder.addApiKey({ type: 'apiKey', in: 'header', name: 'webhook-signature', description: SIGNATURE_SCHEME }, PARTNER_SIGNATURE_SECURITY),
  // The partner kit's document (docs/partner-kit): the partner routes and webhooks, in Chinese first.
  publishedDocuments: Object.fromEntries(PARTNER_DOCUMENT_PATHS.map((path) => [path, partnerDocumentOf])),
};

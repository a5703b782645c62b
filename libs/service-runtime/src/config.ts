import { plainToInstance, Type } from 'class-transformer';
import { getMetadataStorage, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';
import type { KafkaSettings, OutboxRelaySettings } from '@legal-hotline/messaging';
import type { EventSource } from '@legal-hotline/contracts';
import type { AuthSettings } from '@legal-hotline/auth';

/**
 * Environment variables every service reads. A service extends this class with its own
 * variables and defaults; `loadConfig` validates them at start-up and names every bad one.
 */
export class ServiceConfig {
  /** HTTP port. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT!: number;

  /** Interface to bind; 127.0.0.1 keeps a developer machine closed, containers use 0.0.0.0. */
  @IsString()
  HOST = '127.0.0.1';

  /** postgresql://user:password@host:port/database of this service's own database. */
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a PostgreSQL URL (postgresql://user:password@host:port/database)' })
  DATABASE_URL!: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  /** Comma-separated host:port list. */
  @Matches(/^[\w.-]+:\d+(,[\w.-]+:\d+)*$/, { message: 'KAFKA_BROKERS must be a comma-separated list of host:port' })
  KAFKA_BROKERS = '127.0.0.1:19092';

  /** Prefix of topic and consumer-group names; empty in production, set by tests. */
  @IsOptional()
  @Matches(/^[\w.-]*$/, { message: 'KAFKA_NAMESPACE may contain letters, digits, ".", "_" and "-" only' })
  KAFKA_NAMESPACE = '';

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  KAFKA_TOPIC_PARTITIONS = 6;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  KAFKA_MAX_DELIVERY_ATTEMPTS = 5;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  OUTBOX_BATCH_SIZE = 200;

  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(60_000)
  OUTBOX_IDLE_POLL_MS = 1000;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  OUTBOX_RETENTION_HOURS = 168;

  /**
   * Addresses of the reverse proxies in front (nginx on the same host by default), comma
   * separated, CIDR allowed: behind them the client is the last untrusted `X-Forwarded-For` hop,
   * so per-address rate limits count each caller, not the proxy. Empty: trust no proxy.
   */
  @IsString()
  @Matches(/^[0-9a-fA-F:.,/ ]*$/, { message: 'TRUSTED_PROXIES must be IP addresses or CIDR ranges separated by commas' })
  TRUSTED_PROXIES = '127.0.0.1,::1';

  /** Largest accepted request body; larger ones answer 413. */
  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(10 * 1024 * 1024)
  HTTP_BODY_LIMIT_BYTES = 64 * 1024;

  @IsIn(['verbose', 'debug', 'log', 'warn', 'error', 'fatal'])
  LOG_LEVEL: 'verbose' | 'debug' | 'log' | 'warn' | 'error' | 'fatal' = 'log';

  /**
   * Issuer of the access tokens this service accepts (OpenID Connect). The project's Keycloak
   * by default; any provider can replace it, with the claim names below.
   */
  @Matches(/^https?:\/\/\S+$/, { message: 'OIDC_ISSUER must be the provider\'s issuer URL, e.g. http://127.0.0.1:18080/auth/realms/legal-hotline' })
  OIDC_ISSUER!: string;

  /** Audience every accepted access token must carry. */
  @IsString()
  @Matches(/^\S+$/, { message: 'OIDC_AUDIENCE must not be blank' })
  OIDC_AUDIENCE = 'legal-hotline-api';

  /** JWKS URL; by default read from the issuer's discovery document. */
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'OIDC_JWKS_URL must be an http(s) URL' })
  OIDC_JWKS_URL?: string;

  /** Dotted path of the roles claim: `realm_access.roles` (Keycloak), `roles`, ... */
  @Matches(/^[\w-]+(\.[\w-]+)*$/, { message: 'OIDC_ROLES_CLAIM must be a dotted claim path' })
  OIDC_ROLES_CLAIM = 'realm_access.roles';

  @Matches(/^[\w-]+(\.[\w-]+)*$/, { message: 'OIDC_ORGANISATION_CLAIM must be a dotted claim path' })
  OIDC_ORGANISATION_CLAIM = 'org_id';

  @Matches(/^[\w-]+(\.[\w-]+)*$/, { message: 'OIDC_ORGANISATION_NAME_CLAIM must be a dotted claim path' })
  OIDC_ORGANISATION_NAME_CLAIM = 'org_name';

  @Matches(/^[\w-]+(\.[\w-]+)*$/, { message: 'OIDC_AREA_CLAIM must be a dotted claim path' })
  OIDC_AREA_CLAIM = 'area';

  @Matches(/^[\w-]+(\.[\w-]+)*$/, { message: 'OIDC_NAME_CLAIM must be a dotted claim path' })
  OIDC_NAME_CLAIM = 'name';

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(300)
  OIDC_CLOCK_TOLERANCE_SECONDS = 30;

  /** Requests one client (token subject, else address) may make per window, over all routes. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  RATE_LIMIT_MAX = 1200;

  @Type(() => Number)
  @IsInt()
  @Min(1000)
  RATE_LIMIT_WINDOW_MS = 60_000;
}

const SECRET_VARIABLE = /KEY|TOKEN|SECRET|PASSWORD|_URL$/;

export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

/** Reads and validates a service's configuration from the environment; throws naming each bad variable. */
export function loadConfig<C extends ServiceConfig>(configClass: new () => C, env: NodeJS.ProcessEnv = process.env): C {
  const declared = new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(configClass, '', true, false)
      .map((metadata) => metadata.propertyName),
  );
  const provided = Object.fromEntries(Object.entries(env).filter(([key, value]) => declared.has(key) && value !== undefined && value !== ''));
  const config = plainToInstance(configClass, provided);
  const errors = validateSync(config, { forbidUnknownValues: false });
  if (errors.length > 0) {
    const lines = errors.map((error) => {
      const value = (provided as Record<string, string | undefined>)[error.property];
      const reasons = Object.values(error.constraints ?? {}).join('; ');
      // Secrets and connection strings are named, never echoed, even when they are wrong.
      const shown = SECRET_VARIABLE.test(error.property) ? '(value hidden)' : `"${value}"`;
      return `  ${error.property}: ${value === undefined ? 'missing' : `invalid value ${shown}`} (${reasons})`;
    });
    throw new ConfigurationError(`invalid configuration:\n${lines.join('\n')}`);
  }
  return config;
}

export function kafkaSettingsOf(service: EventSource, config: ServiceConfig): KafkaSettings {
  return {
    service,
    brokers: config.KAFKA_BROKERS.split(','),
    namespace: config.KAFKA_NAMESPACE,
    topicPartitions: config.KAFKA_TOPIC_PARTITIONS,
    maxDeliveryAttempts: config.KAFKA_MAX_DELIVERY_ATTEMPTS,
  };
}

export function authSettingsOf(config: ServiceConfig): AuthSettings {
  return {
    issuer: config.OIDC_ISSUER,
    audience: config.OIDC_AUDIENCE,
    jwksUrl: config.OIDC_JWKS_URL,
    rolesClaim: config.OIDC_ROLES_CLAIM,
    organisationClaim: config.OIDC_ORGANISATION_CLAIM,
    organisationNameClaim: config.OIDC_ORGANISATION_NAME_CLAIM,
    areaClaim: config.OIDC_AREA_CLAIM,
    nameClaim: config.OIDC_NAME_CLAIM,
    clockToleranceSeconds: config.OIDC_CLOCK_TOLERANCE_SECONDS,
  };
}

export function relaySettingsOf(config: ServiceConfig): OutboxRelaySettings {
  return {
    databaseUrl: config.DATABASE_URL,
    batchSize: config.OUTBOX_BATCH_SIZE,
    idlePollMs: config.OUTBOX_IDLE_POLL_MS,
    retentionHours: config.OUTBOX_RETENTION_HOURS,
  };
}

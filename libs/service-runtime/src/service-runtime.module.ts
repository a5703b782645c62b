import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard, AccessTokenVerifier } from '@legal-hotline/auth';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { EventSource } from '@legal-hotline/contracts';
import { MESSAGING_ENTITIES, MESSAGING_MIGRATIONS, MessagingModule } from '@legal-hotline/messaging';
import { serviceDataSourceOptions } from '@legal-hotline/persistence';
import { authSettingsOf, kafkaSettingsOf, relaySettingsOf, type ServiceConfig } from './config.js';
import { HealthController } from './health.controller.js';

export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');

export interface ServiceRuntimeOptions {
  service: EventSource;
  config: ServiceConfig;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
}

/**
 * The infrastructure every service shares: its own database (migrations run at start-up,
 * never `synchronize`), messaging (outbox relay, idempotent consumer), health, config, and the
 * access guard that checks every HTTP route's bearer token against the identity provider.
 */
@Module({})
export class ServiceRuntimeModule {
  static forService(options: ServiceRuntimeOptions): DynamicModule {
    const { config } = options;
    return {
      module: ServiceRuntimeModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot({
          ...serviceDataSourceOptions({
            url: config.DATABASE_URL,
            applicationName: options.service,
            entities: [...MESSAGING_ENTITIES, ...options.entities],
            migrations: [...MESSAGING_MIGRATIONS, ...options.migrations],
            poolSize: config.DATABASE_POOL_SIZE,
          }),
          migrationsRun: true,
        }),
        MessagingModule.forService({ kafka: kafkaSettingsOf(options.service, config), relay: relaySettingsOf(config) }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: SERVICE_CONFIG, useValue: config },
        { provide: AccessTokenVerifier, useValue: new AccessTokenVerifier(authSettingsOf(config)) },
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
      exports: [SERVICE_CONFIG, AccessTokenVerifier],
    };
  }
}

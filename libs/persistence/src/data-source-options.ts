import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

export interface ServiceDataSourceSettings {
  /** postgresql://user:password@host:port/database */
  url: string;
  /** Service name, shown in pg_stat_activity. */
  applicationName: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  /** Connection pool size per process. */
  poolSize?: number;
}

/**
 * TypeORM options shared by every service: PostgreSQL, snake_case names, migrations listed
 * explicitly and never `synchronize` (each service owns its schema through migrations).
 */
export function serviceDataSourceOptions(settings: ServiceDataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    applicationName: settings.applicationName,
    entities: settings.entities,
    migrations: settings.migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // Not 'error': TypeORM would log a failed query with its parameters, which can carry callers'
    // personal data; the failure itself still reaches the caller and its log.
    logging: ['warn', 'migration'],
    extra: { max: settings.poolSize ?? 10 },
  };
}

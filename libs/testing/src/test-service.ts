import { DataSource } from 'typeorm';
import { startService, type RunningService, type ServiceConfig, type ServiceDefinition } from '@legal-hotline/service-runtime';
import { testInfrastructure } from './infrastructure.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestService<C extends ServiceConfig> extends RunningService<C> {
  database: TestDatabase;
  dataSource: DataSource;
  /** Stops the service; `keepDatabase` lets a test start it again on the same data. */
  stop(options?: { keepDatabase?: boolean }): Promise<void>;
}

/**
 * Starts a real service in this process on a free port, with a fresh database of its own, the
 * real Kafka broker and the test file's Kafka namespace.
 */
export async function startTestService<C extends ServiceConfig>(
  definition: ServiceDefinition<C>,
  options: { env?: Record<string, string>; database?: TestDatabase } = {},
): Promise<TestService<C>> {
  const database = options.database ?? (await createTestDatabase(definition.name));
  const running = await startService(definition, {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: database.url,
    KAFKA_BROKERS: testInfrastructure().kafkaBrokers,
    OIDC_ISSUER: testInfrastructure().oidc.issuer,
    KAFKA_NAMESPACE: process.env.KAFKA_NAMESPACE ?? '',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
    OUTBOX_IDLE_POLL_MS: '200',
    ...options.env,
  });
  return {
    ...running,
    database,
    dataSource: running.app.get(DataSource),
    stop: async ({ keepDatabase = false } = {}) => {
      await running.app.close();
      if (!keepDatabase) await database.drop();
    },
  };
}

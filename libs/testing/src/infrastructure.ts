/**
 * Where the tests find PostgreSQL and Kafka. By default the project-local processes that
 * `scripts/infra.sh up` starts (the same defaults as scripts/lib/common.sh); the variables
 * below override them, e.g. when the Jest global setup started containers instead.
 */
export interface TestInfrastructure {
  pg: { host: string; port: number; user: string; password: string };
  kafkaBrokers: string;
}

export function testInfrastructure(env: NodeJS.ProcessEnv = process.env): TestInfrastructure {
  return {
    pg: {
      host: env.PGHOST ?? '127.0.0.1',
      port: Number(env.PGPORT ?? 54329),
      user: env.PGUSER ?? 'platform',
      password: env.PGPASSWORD ?? 'platform',
    },
    kafkaBrokers: env.KAFKA_BROKERS ?? '127.0.0.1:19092',
  };
}

export function databaseUrl(database: string, infra: TestInfrastructure = testInfrastructure()): string {
  const { host, port, user, password } = infra.pg;
  return `postgresql://${encodeURIComponent(user)}:${encodeURIComponent(password)}@${host}:${port}/${database}`;
}

import { join } from 'node:path';

const workspaceRoot = join(import.meta.dirname, '../../..');

/**
 * Where the tests find PostgreSQL, Kafka and the identity provider. By default the project-local processes that
 * `scripts/infra.sh up` starts (the same defaults as scripts/lib/common.sh); the variables
 * below override them, e.g. when the Jest global setup started containers instead.
 */
export interface TestInfrastructure {
  pg: { host: string; port: number; user: string; password: string };
  kafkaBrokers: string;
  /** The OpenID Connect provider: its issuer and the tools client tests sign in through. */
  oidc: { issuer: string; secretsFile: string };
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
    oidc: {
      issuer: env.OIDC_ISSUER ?? `http://127.0.0.1:${env.KEYCLOAK_PORT ?? 18080}/auth/realms/${env.KEYCLOAK_REALM ?? 'legal-hotline'}`,
      secretsFile: env.KEYCLOAK_SECRETS_FILE ?? join(env.PLATFORM_LOCAL_DIR ?? join(workspaceRoot, '.local'), 'keycloak/secrets.env'),
    },
  };
}

export function databaseUrl(database: string, infra: TestInfrastructure = testInfrastructure()): string {
  const { host, port, user, password } = infra.pg;
  return `postgresql://${encodeURIComponent(user)}:${encodeURIComponent(password)}@${host}:${port}/${database}`;
}

// PostgreSQL, Kafka and Keycloak as containers, for machines with a Docker engine (TEST_INFRA=testcontainers).
// Sets the same environment variables the local-process path uses, so tests don't know the difference.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KafkaContainer } from '@testcontainers/kafka';
import { PostgreSqlContainer } from '@testcontainers/postgresql';
import { GenericContainer, Wait } from 'testcontainers';

const workspaceRoot = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const REALM_FILE = join(workspaceRoot, 'infra/keycloak/realm-legal-hotline.json');
const SYNC_SCRIPT = join(workspaceRoot, 'infra/keycloak/sync-realm.mjs');
const REALM = 'legal-hotline';

// The same image docker-compose.yml runs. start-dev keeps its data in the container (H2), which is
// all a test run needs; the issuer is the address the tests reach it by.
function startKeycloak(adminPassword) {
  return (
    new GenericContainer('quay.io/keycloak/keycloak:26.4.7')
      .withEnvironment({ KC_BOOTSTRAP_ADMIN_USERNAME: 'admin', KC_BOOTSTRAP_ADMIN_PASSWORD: adminPassword })
      .withCopyFilesToContainer([
        { source: REALM_FILE, target: '/opt/keycloak/data/import/realm-legal-hotline.json', mode: 0o644 },
      ])
      .withCommand(['start-dev', '--import-realm', '--http-relative-path=/auth', '--health-enabled=true'])
      .withExposedPorts(8080, 9000)
      // Health answers on the management port, under the same relative path.
      .withWaitStrategy(Wait.forHttp('/auth/health/ready', 9000).forStatusCode(200))
      .withStartupTimeout(180_000)
      .start()
  );
}

/**
 * Applies this run's secrets to the imported realm the way scripts/infra.sh does for the local
 * Keycloak: generated values in a secrets file (read by the tests' sign-in), then the repository's
 * sync script against the container.
 */
function applyRealmSecrets(keycloakUrl, secrets) {
  const secretsDir = mkdtempSync(join(tmpdir(), 'legal-hotline-keycloak-'));
  const secretsFile = join(secretsDir, 'secrets.env');
  writeFileSync(
    secretsFile,
    Object.entries(secrets)
      .map(([name, value]) => `${name}=${value}\n`)
      .join(''),
    { mode: 0o600 },
  );
  execFileSync(process.execPath, [SYNC_SCRIPT, REALM_FILE], {
    env: { ...process.env, KEYCLOAK_URL: keycloakUrl, ...secrets },
    stdio: 'inherit',
  });
  return { secretsDir, secretsFile };
}

export async function startContainers() {
  const secrets = {
    KEYCLOAK_ADMIN_USERNAME: 'admin',
    KEYCLOAK_ADMIN_PASSWORD: randomBytes(24).toString('hex'),
    KEYCLOAK_TOOLS_CLIENT_SECRET: randomBytes(24).toString('hex'),
    // The realm's password policy: at least 12 characters, not the username.
    KEYCLOAK_DEMO_PASSWORD: `Demo-${randomBytes(5).toString('hex')}`,
  };
  const [postgres, kafka, keycloak] = await Promise.all([
    new PostgreSqlContainer('postgres:15-alpine')
      .withUsername('platform')
      .withPassword('platform')
      .withDatabase('postgres')
      .start(),
    // Confluent Platform 8 is Apache Kafka 4 in KRaft mode, the image this module is made for.
    new KafkaContainer('confluentinc/cp-kafka:8.0.0').start(),
    startKeycloak(secrets.KEYCLOAK_ADMIN_PASSWORD),
  ]);
  const keycloakUrl = `http://${keycloak.getHost()}:${keycloak.getMappedPort(8080)}/auth`;
  let realm;
  try {
    realm = applyRealmSecrets(keycloakUrl, secrets);
  } catch (error) {
    await stopContainers({ postgres, kafka, keycloak });
    throw error;
  }
  Object.assign(process.env, {
    PGHOST: postgres.getHost(),
    PGPORT: String(postgres.getPort()),
    PGUSER: 'platform',
    PGPASSWORD: 'platform',
    KAFKA_BROKERS: `${kafka.getHost()}:${kafka.getMappedPort(9093)}`,
    OIDC_ISSUER: `${keycloakUrl}/realms/${REALM}`,
    KEYCLOAK_SECRETS_FILE: realm.secretsFile,
  });
  return { postgres, kafka, keycloak, secretsDir: realm.secretsDir };
}

export async function stopContainers(started) {
  await Promise.allSettled([started?.postgres?.stop(), started?.kafka?.stop(), started?.keycloak?.stop()]);
  if (started?.secretsDir) rmSync(started.secretsDir, { recursive: true, force: true });
}

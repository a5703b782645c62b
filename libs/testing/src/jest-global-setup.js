// Makes sure PostgreSQL, Kafka and Keycloak are there before any integration or system test runs.
// Where a Docker engine answers and TEST_INFRA=testcontainers, they run as containers (Keycloak
// with the repository's realm and this run's secrets); otherwise the project-local processes of
// scripts/infra.sh are used (started if needed).
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const workspaceRoot = join(dirname(fileURLToPath(import.meta.url)), '../../..');

export default async function globalSetup() {
  // With several Jest projects this runs once per project: start things only once.
  if (globalThis.__PLATFORM_CONTAINERS__) return;
  if (process.env.TEST_INFRA === 'testcontainers') {
    const { startContainers } = await import('./containers.js');
    globalThis.__PLATFORM_CONTAINERS__ = await startContainers();
    return;
  }
  if (globalThis.__PLATFORM_INFRA_CHECKED__) return;
  execFileSync('bash', [join(workspaceRoot, 'scripts/infra.sh'), 'up'], { stdio: 'inherit' });
  globalThis.__PLATFORM_INFRA_CHECKED__ = true;
  // A broker that lives on between runs keeps every run's topics: sweep the old ones.
  const { deleteStaleTestTopics } = await import('./stale-test-topics.js');
  await deleteStaleTestTopics(process.env.KAFKA_BROKERS ?? '127.0.0.1:19092').catch((error) =>
    process.stderr.write(`could not delete old test topics: ${error.message}\n`),
  );
}

// Deletes the topics of test runs that ended long ago. Every integration test file and system
// run works under its own Kafka namespace (jest-namespace.setup.js: `it-<time>-<random>.`,
// platform.ts: `sys-<time>.`), so a developer's broker gathers thousands of partitions over
// weeks of runs, until its controller runs out of memory. Runs still going are left alone: only
// namespaces older than STALE_AFTER_MS (by the time in their name) are deleted.
import kafkajs from 'kafkajs';

const STALE_AFTER_MS = 6 * 60 * 60 * 1000;
const TEST_NAMESPACE = /^(?:it|sys)-([0-9a-z]+)(?:-[0-9a-f]+)?\./;

/** The test topics among `topics` whose namespace was made before `now - STALE_AFTER_MS`. */
export function staleTestTopics(topics, now = Date.now()) {
  return topics.filter((topic) => {
    const match = TEST_NAMESPACE.exec(topic);
    if (!match) return false;
    const madeAt = parseInt(match[1], 36);
    return Number.isFinite(madeAt) && madeAt < now - STALE_AFTER_MS;
  });
}

export async function deleteStaleTestTopics(brokers) {
  const kafka = new kafkajs.Kafka({ clientId: 'test-topic-sweeper', brokers: brokers.split(','), logLevel: kafkajs.logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const stale = staleTestTopics(await admin.listTopics());
    // In slices: one request naming thousands of topics times out on a small broker.
    for (let i = 0; i < stale.length; i += 200) await admin.deleteTopics({ topics: stale.slice(i, i + 200), timeout: 60_000 });
    if (stale.length > 0) process.stdout.write(`deleted ${stale.length} topics of test runs older than 6 hours\n`);
  } finally {
    await admin.disconnect();
  }
}

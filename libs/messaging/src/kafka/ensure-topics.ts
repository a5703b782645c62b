import type { Admin } from 'kafkajs';
import { TOPICS } from '@legal-hotline/contracts';
import { kafkaTopic } from './kafka-settings.js';

/** Creates every platform topic that does not exist yet; existing topics are left as they are. */
export async function ensureTopics(admin: Admin, partitions: number): Promise<void> {
  const existing = new Set(await admin.listTopics());
  const missing = Object.values(TOPICS)
    .map((topic) => kafkaTopic(topic))
    .filter((topic) => !existing.has(topic));
  if (missing.length === 0) return;
  await admin.createTopics({
    waitForLeaders: true,
    topics: missing.map((topic) => ({ topic, numPartitions: partitions, replicationFactor: -1 })),
  });
}

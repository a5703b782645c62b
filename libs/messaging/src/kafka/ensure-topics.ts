import type { Admin } from 'kafkajs';
import { TOPICS } from '@legal-hotline/contracts';
import { kafkaTopic } from './kafka-settings.js';

/**
 * Creates every platform topic that does not exist yet; existing topics are left as they are.
 * While the broker is still electing leaders for new partitions (or another client creates the
 * same topics), metadata requests can fail for a moment: the whole check is retried. It ends
 * only once the broker answers metadata for every topic, so the consumers subscribing next do
 * not meet a topic the broker says it does not host.
 */
export async function ensureTopics(admin: Admin, partitions: number, attempts = 12): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await createMissingTopics(admin, partitions);
      return;
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
    }
  }
}

async function createMissingTopics(admin: Admin, partitions: number): Promise<void> {
  const existing = new Set(await admin.listTopics());
  const topics = Object.values(TOPICS).map((topic) => kafkaTopic(topic));
  const missing = topics.filter((topic) => !existing.has(topic));
  if (missing.length > 0) {
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((topic) => ({ topic, numPartitions: partitions, replicationFactor: -1 })),
    });
  }
  // Throws (and the whole check is retried) while any topic is unknown to the broker's metadata.
  await admin.fetchTopicMetadata({ topics });
}

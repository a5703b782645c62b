import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Consumer, type Producer } from 'kafkajs';
import { parseEvent, TOPICS, type PlatformEvent, type TopicName } from '@legal-hotline/contracts';
import { eventually } from './eventually.js';
import { testInfrastructure } from './infrastructure.js';

export interface ObservedMessage {
  topic: TopicName;
  key: string | null;
  value: string;
  event: PlatformEvent | null;
}

/**
 * A test's window on the broker: records every message on the platform topics of the current
 * namespace (from the beginning) and can publish raw messages, e.g. to deliver an event twice
 * or to send a poison message.
 */
export class KafkaProbe {
  readonly messages: ObservedMessage[] = [];
  private readonly kafka: Kafka;
  private readonly producer: Producer;
  private readonly consumer: Consumer;

  private constructor(private readonly namespace: string) {
    this.kafka = new Kafka({ clientId: 'test-probe', brokers: testInfrastructure().kafkaBrokers.split(','), logLevel: logLevel.NOTHING });
    this.producer = this.kafka.producer({ allowAutoTopicCreation: true });
    this.consumer = this.kafka.consumer({ groupId: `${namespace}probe-${randomUUID()}`, allowAutoTopicCreation: true });
  }

  static async start(namespace = process.env.KAFKA_NAMESPACE ?? ''): Promise<KafkaProbe> {
    const probe = new KafkaProbe(namespace);
    await probe.open();
    return probe;
  }

  private async open(): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    const existing = new Set(await admin.listTopics());
    const topics = Object.values(TOPICS).map((t) => `${this.namespace}${t}`);
    const missing = topics.filter((t) => !existing.has(t));
    if (missing.length > 0) {
      await admin.createTopics({ waitForLeaders: true, topics: missing.map((topic) => ({ topic, numPartitions: 6 })) }).catch(() => undefined);
    }
    await admin.disconnect();
    await this.producer.connect();
    await this.consumer.connect();
    // A topic just created may not be in every metadata answer yet on a busy broker: ask again.
    for (let attempt = 1; ; attempt++) {
      try {
        await this.consumer.subscribe({ topics, fromBeginning: true });
        break;
      } catch (error) {
        if ((error as { type?: string }).type !== 'UNKNOWN_TOPIC_OR_PARTITION' || attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
    let joined = false;
    this.consumer.on(this.consumer.events.GROUP_JOIN, () => {
      joined = true;
    });
    await this.consumer.run({
      eachMessage: async ({ topic, message }) => {
        const value = message.value?.toString('utf8') ?? '';
        const parsed = parseEvent(value);
        this.messages.push({
          topic: topic.slice(this.namespace.length) as TopicName,
          key: message.key?.toString('utf8') ?? null,
          value,
          event: parsed.kind === 'event' ? parsed.event : null,
        });
        return Promise.resolve();
      },
    });
    await eventually(() => {
      if (!joined) throw new Error('probe consumer has not joined its group');
    }, 30_000);
  }

  events(): PlatformEvent[] {
    return this.messages.flatMap((m) => (m.event ? [m.event] : []));
  }

  /** Waits for the first event matching the predicate and returns it. */
  async waitForEvent<E extends PlatformEvent>(predicate: (event: PlatformEvent) => event is E, timeoutMs?: number): Promise<E>;
  async waitForEvent(predicate: (event: PlatformEvent) => boolean, timeoutMs?: number): Promise<PlatformEvent>;
  async waitForEvent(predicate: (event: PlatformEvent) => boolean, timeoutMs = 30_000): Promise<PlatformEvent> {
    return eventually(() => {
      const found = this.events().find(predicate);
      if (!found) throw new Error('expected event has not been observed');
      return found;
    }, timeoutMs);
  }

  /** Publishes a raw value to a platform topic of this namespace. */
  async publishRaw(topic: TopicName, key: string, value: string): Promise<void> {
    await this.producer.send({ topic: `${this.namespace}${topic}`, messages: [{ key, value }] });
  }

  /** Publishes an event as the relay would: keyed by its subject, on its topic. */
  async publishEvent(topic: TopicName, event: PlatformEvent): Promise<void> {
    await this.publishRaw(topic, event.subject, JSON.stringify(event));
  }

  async stop(): Promise<void> {
    await Promise.allSettled([this.consumer.disconnect(), this.producer.disconnect()]);
  }
}

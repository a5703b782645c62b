import type { Admin, Kafka, Producer } from 'kafkajs';
import { CompressionTypes } from 'kafkajs';

/** A message ready for the broker; `topic` is the platform topic name before namespacing. */
export interface OutboundMessage {
  topic: string;
  key: string;
  value: string;
  headers: Record<string, string>;
}

/**
 * The only way the platform writes to the broker. Kept behind this interface so the Kafka
 * client library can be replaced without touching the relay or the consumers.
 */
export interface EventPublisher {
  /** Publishes in array order per topic; resolves once the broker has acknowledged all of it. */
  publish(messages: readonly OutboundMessage[]): Promise<void>;
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  /** Round trip to the broker for readiness checks. */
  ping(timeoutMs: number): Promise<void>;
}

export const EVENT_PUBLISHER = Symbol('EVENT_PUBLISHER');

export class KafkaEventPublisher implements EventPublisher {
  private readonly producer: Producer;
  private readonly admin: Admin;
  private connected = false;

  constructor(
    kafka: Kafka,
    private readonly namespace: string,
  ) {
    // Idempotent, one request in flight: broker retries can neither duplicate nor reorder.
    this.producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    this.admin = kafka.admin();
  }

  async connect(): Promise<void> {
    if (this.connected) return;
    await Promise.all([this.producer.connect(), this.admin.connect()]);
    this.connected = true;
  }

  async disconnect(): Promise<void> {
    if (!this.connected) return;
    this.connected = false;
    await Promise.allSettled([this.producer.disconnect(), this.admin.disconnect()]);
  }

  get kafkaAdmin(): Admin {
    return this.admin;
  }

  async publish(messages: readonly OutboundMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const byTopic = new Map<string, OutboundMessage[]>();
    for (const message of messages) {
      const topic = `${this.namespace}${message.topic}`;
      const batch = byTopic.get(topic);
      if (batch) batch.push(message);
      else byTopic.set(topic, [message]);
    }
    await this.producer.sendBatch({
      acks: -1,
      compression: CompressionTypes.None,
      topicMessages: [...byTopic].map(([topic, batch]) => ({
        topic,
        messages: batch.map(({ key, value, headers }) => ({ key, value, headers })),
      })),
    });
  }

  async ping(timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Kafka did not answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([this.admin.describeCluster(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

import type { EventSource, TopicName } from '@legal-hotline/contracts';

/** How a service talks to Kafka; read from the environment by the service's configuration. */
export interface KafkaSettings {
  /** The producing and consuming service; also its consumer group and client id. */
  service: EventSource;
  brokers: string[];
  /**
   * Prefix for topic and consumer-group names (empty in production). Tests give each run its
   * own namespace so runs never share offsets or messages.
   */
  namespace: string;
  /** Partitions of each topic this service creates; the unit of consumer parallelism. */
  topicPartitions: number;
  /** Deliveries of a failing message before it goes to the dead-letter topic. */
  maxDeliveryAttempts: number;
}

/** The namespace comes from the environment at import time because Nest binds topics in decorators. */
export function kafkaTopic(topic: TopicName): string {
  return `${process.env.KAFKA_NAMESPACE ?? ''}${topic}`;
}

export function consumerGroupOf(settings: Pick<KafkaSettings, 'service' | 'namespace'>): string {
  return `${settings.namespace}${settings.service}`;
}

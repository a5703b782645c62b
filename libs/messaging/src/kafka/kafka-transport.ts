import type { LoggerService } from '@nestjs/common';
import { Transport, type KafkaOptions } from '@nestjs/microservices';
import { kafkaLogCreator } from './kafka-client.js';
import { consumerGroupOf, type KafkaSettings } from './kafka-settings.js';

/**
 * Options for the service's Kafka consumer (Nest's Kafka transport). A new consumer group reads
 * from the beginning so nothing published before a service's first start is missed; values stay
 * binary so the idempotent consumer parses and validates them itself.
 */
export function kafkaTransportOptions(settings: KafkaSettings, logger: LoggerService): KafkaOptions {
  return {
    transport: Transport.KAFKA,
    options: {
      postfixId: '',
      client: {
        clientId: `${settings.service}-consumer`,
        brokers: settings.brokers,
        logCreator: kafkaLogCreator(logger),
        retry: { initialRetryTime: 300, retries: 10 },
      },
      consumer: {
        groupId: consumerGroupOf(settings),
        // A killed instance's partitions move to the survivors after this long without heartbeats.
        sessionTimeout: 10_000,
        heartbeatInterval: 3_000,
        allowAutoTopicCreation: false,
        retry: { initialRetryTime: 300, retries: 10 },
      },
      subscribe: { fromBeginning: true },
      run: { partitionsConsumedConcurrently: Math.max(1, Math.min(settings.topicPartitions, 4)) },
      parser: { keepBinary: true },
    },
  };
}

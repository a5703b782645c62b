import {
  Inject,
  Injectable,
  Logger,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IdempotentConsumer } from './inbox/idempotent-consumer.js';
import { createKafka } from './kafka/kafka-client.js';
import { consumerGroupOf, type KafkaSettings } from './kafka/kafka-settings.js';
import { ensureTopics } from './kafka/ensure-topics.js';
import { EVENT_PUBLISHER, KafkaEventPublisher, type EventPublisher } from './kafka/event-publisher.js';
import { OutboxRelay, type OutboxRelaySettings } from './outbox/outbox-relay.js';

export const KAFKA_SETTINGS = Symbol('KAFKA_SETTINGS');

export interface MessagingSettings {
  kafka: KafkaSettings;
  relay: OutboxRelaySettings;
}

/** Connects the publisher, creates missing topics and runs the relay for the life of the app. */
@Injectable()
class MessagingLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(EVENT_PUBLISHER) private readonly publisher: KafkaEventPublisher,
    @Inject(KAFKA_SETTINGS) private readonly settings: KafkaSettings,
    private readonly relay: OutboxRelay,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.publisher.connect();
    await ensureTopics(this.publisher.kafkaAdmin, this.settings.topicPartitions);
    this.relay.start();
  }

  // Shutdown, not destroy: Nest closes the Kafka consumer after onModuleDestroy, and consumers
  // still need the publisher for dead letters until then.
  async onApplicationShutdown(): Promise<void> {
    await this.relay.stop();
    await this.publisher.disconnect();
  }
}

@Module({})
export class MessagingModule {
  static forService(settings: MessagingSettings): DynamicModule {
    const logger = new Logger('Messaging');
    return {
      module: MessagingModule,
      global: true,
      providers: [
        { provide: KAFKA_SETTINGS, useValue: settings.kafka },
        {
          provide: EVENT_PUBLISHER,
          useFactory: () => new KafkaEventPublisher(createKafka(settings.kafka, logger, 'publisher'), settings.kafka.namespace),
        },
        {
          provide: OutboxRelay,
          inject: [EVENT_PUBLISHER],
          useFactory: (publisher: EventPublisher) => new OutboxRelay(settings.relay, publisher, logger),
        },
        {
          provide: IdempotentConsumer,
          inject: [DataSource, EVENT_PUBLISHER],
          useFactory: (dataSource: DataSource, publisher: EventPublisher) =>
            new IdempotentConsumer(
              dataSource,
              publisher,
              { consumer: consumerGroupOf(settings.kafka), maxDeliveryAttempts: settings.kafka.maxDeliveryAttempts },
              logger,
            ),
        },
        MessagingLifecycle,
      ],
      exports: [KAFKA_SETTINGS, EVENT_PUBLISHER, OutboxRelay, IdempotentConsumer],
    };
  }
}

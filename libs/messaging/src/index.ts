export * from './outbox/outbox-message.entity.js';
export * from './outbox/append-to-outbox.js';
export * from './outbox/outbox-relay.js';
export * from './inbox/processed-event.entity.js';
export * from './inbox/idempotent-consumer.js';
export * from './kafka/kafka-settings.js';
export * from './kafka/kafka-client.js';
export * from './kafka/kafka-transport.js';
export * from './kafka/ensure-topics.js';
export * from './kafka/event-publisher.js';
export * from './messaging.module.js';
export * from './migrations/1732320000000-create-messaging-tables.js';

import { OutboxMessageEntity } from './outbox/outbox-message.entity.js';
import { ProcessedEventEntity } from './inbox/processed-event.entity.js';
import { CreateMessagingTables1732320000000 } from './migrations/1732320000000-create-messaging-tables.js';

/** Entities and migrations every service adds to its own data source. */
export const MESSAGING_ENTITIES = [OutboxMessageEntity, ProcessedEventEntity];
export const MESSAGING_MIGRATIONS = [CreateMessagingTables1732320000000];

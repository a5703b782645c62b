import type { EntityManager } from 'typeorm';
import { topicOf, type PlatformEvent } from '@legal-hotline/contracts';
import { OutboxMessageEntity } from './outbox-message.entity.js';

/** PostgreSQL channel the relay listens on; NOTIFY is delivered only when the transaction commits. */
export const OUTBOX_CHANNEL = 'outbox_events';

/**
 * Records events for publication inside the caller's transaction. Handlers call this after
 * their state change, in the same `EntityManager` transaction, and nothing else publishes.
 * To keep one aggregate's events in order, the handler must hold a lock on the aggregate
 * (a `FOR UPDATE` read or an insert) for the duration of its transaction.
 */
export async function appendToOutbox(manager: EntityManager, events: readonly PlatformEvent[]): Promise<void> {
  if (events.length === 0) return;
  await manager.insert(
    OutboxMessageEntity,
    events.map((event) => ({
      eventId: event.id,
      aggregateType: topicOf(event.type),
      aggregateId: event.subject,
      type: event.type,
      payload: event,
    })),
  );
  await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, '']);
}

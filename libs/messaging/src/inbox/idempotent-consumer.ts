import type { LoggerService } from '@nestjs/common';
import type { KafkaContext } from '@nestjs/microservices';
import type { DataSource, EntityManager } from 'typeorm';
import { parseEvent, TOPICS, type DeadLetterRecord, type PlatformEvent } from '@legal-hotline/contracts';
import { runWithCorrelation } from '@legal-hotline/observability';
import type { EventPublisher } from '../kafka/event-publisher.js';

export type EventHandler = (event: PlatformEvent, manager: EntityManager) => Promise<void>;

/**
 * Raised for a message that can never succeed however often it is delivered; it goes to the
 * dead-letter topic at once instead of being retried.
 */
export class PermanentMessageError extends Error {
  override readonly name = 'PermanentMessageError';
}

/** Domain rule violations carry a dotted code (`TICKET.NOT_FOUND`); retrying cannot fix them. */
function isPermanent(error: unknown): boolean {
  if (error instanceof PermanentMessageError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[A-Z_]+\.[A-Z_]+$/.test(code);
}

export interface IdempotentConsumerSettings {
  /** Name recorded with every handled event id; the service's consumer group. */
  consumer: string;
  maxDeliveryAttempts: number;
}

/**
 * Handles one Kafka message exactly once in effect:
 * - malformed messages go to the dead-letter topic and never block the partition;
 * - event types this build does not know are skipped;
 * - a known event runs its handler in a transaction that first records the event id, so a
 *   redelivery after a crash or a duplicate publish changes nothing;
 * - a failing handler is retried by redelivery (the offset stays uncommitted) up to
 *   `maxDeliveryAttempts`, then dead-lettered with its error.
 */
export class IdempotentConsumer {
  private readonly attempts = new Map<string, number>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    private readonly settings: IdempotentConsumerSettings,
    private readonly logger: LoggerService,
  ) {}

  async consume(context: KafkaContext, handle: EventHandler): Promise<void> {
    const message = context.getMessage();
    const position = { topic: context.getTopic(), partition: context.getPartition(), offset: message.offset };
    const parsed = parseEvent(message.value);
    if (parsed.kind === 'invalid') {
      await this.deadLetter(context, `invalid event: ${parsed.errors.join('; ')}`, 1);
      return;
    }
    if (parsed.kind === 'unknown-type') {
      this.logger.debug?.({ msg: 'skipping unknown event type', type: parsed.type, eventId: parsed.id, ...position }, 'IdempotentConsumer');
      return;
    }
    const event = parsed.event;
    const attemptKey = `${position.topic}/${position.partition}/${position.offset}`;
    try {
      await runWithCorrelation({ correlationId: event.correlationId, causationId: event.id }, () =>
        this.handleOnce(event, handle),
      );
      this.attempts.delete(attemptKey);
    } catch (error) {
      const attempts = (this.attempts.get(attemptKey) ?? 0) + 1;
      const failure = { msg: 'event handler failed', eventId: event.id, type: event.type, attempts, error: (error as Error).message, ...position };
      if (isPermanent(error) || attempts >= this.settings.maxDeliveryAttempts) {
        this.logger.error(failure, 'IdempotentConsumer');
        await this.deadLetter(context, (error as Error).message, attempts);
        this.attempts.delete(attemptKey);
        return;
      }
      this.logger.warn(failure, 'IdempotentConsumer');
      this.attempts.set(attemptKey, attempts);
      throw error;
    }
  }

  private async handleOnce(event: PlatformEvent, handle: EventHandler): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO processed_events (consumer, event_id, event_type) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [this.settings.consumer, event.id, event.type],
      );
      if (inserted.length === 0) {
        this.logger.debug?.({ msg: 'duplicate event ignored', eventId: event.id, type: event.type }, 'IdempotentConsumer');
        return;
      }
      await handle(event, manager);
    });
  }

  private async deadLetter(context: KafkaContext, error: string, attempts: number): Promise<void> {
    const message = context.getMessage();
    const record: DeadLetterRecord = {
      consumerGroup: this.settings.consumer,
      topic: context.getTopic(),
      partition: context.getPartition(),
      offset: message.offset,
      key: message.key == null ? null : String(message.key),
      value: message.value == null ? null : Buffer.isBuffer(message.value) ? message.value.toString('utf8') : JSON.stringify(message.value),
      error,
      attempts,
      deadLetteredAt: new Date().toISOString(),
    };
    // Published directly: the failure may be the database itself, so the outbox is no option.
    // If the broker refuses too, the error propagates and the message is redelivered, not lost.
    await this.publisher.publish([
      {
        topic: TOPICS.deadLetters,
        key: record.key ?? `${record.topic}/${record.partition}/${record.offset}`,
        value: JSON.stringify(record),
        headers: { 'dead-letter-consumer': record.consumerGroup, 'dead-letter-error': error.slice(0, 500) },
      },
    ]);
    this.logger.error({ msg: 'message dead-lettered', ...record, value: undefined }, 'IdempotentConsumer');
  }
}

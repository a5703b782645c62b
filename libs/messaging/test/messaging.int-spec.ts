import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { KafkaContext } from '@nestjs/microservices';
import { DataSource } from 'typeorm';
import { createEvent, TOPICS, type PlatformEvent } from '@legal-hotline/contracts';
import { JsonLogger } from '@legal-hotline/observability';
import { serviceDataSourceOptions } from '@legal-hotline/persistence';
import { createTestDatabase, eventually, KafkaProbe, pendingSchemaChanges, testInfrastructure, type TestDatabase } from '@legal-hotline/testing';
import {
  appendToOutbox,
  createKafka,
  ensureTopics,
  IdempotentConsumer,
  KafkaEventPublisher,
  MESSAGING_ENTITIES,
  MESSAGING_MIGRATIONS,
  OutboxRelay,
  type KafkaSettings,
} from '../src/index.js';

const logger = new JsonLogger('messaging-test', 'fatal');

const settings: KafkaSettings = {
  service: 'legal-aid',
  brokers: testInfrastructure().kafkaBrokers.split(','),
  namespace: process.env.KAFKA_NAMESPACE ?? '',
  topicPartitions: 3,
  maxDeliveryAttempts: 3,
};

function receivedEvent(assignmentId: string, sequence: number): PlatformEvent {
  return createEvent({
    id: randomUUID(),
    type: 'assignment.received.v1',
    source: 'legal-aid',
    subject: assignmentId,
    occurredAt: new Date(Date.UTC(2026, 10, 23, 0, 0, sequence)),
    correlationId: `seq-${sequence}`,
    causationId: null,
    data: { assignmentId, ticketId: randomUUID(), agencyId: 'legal-aid-centre:440605', receivedAt: new Date().toISOString() },
  });
}

describe('transactional outbox and idempotent consumer', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let publisher: KafkaEventPublisher;
  let probe: KafkaProbe;

  beforeAll(async () => {
    database = await createTestDatabase('messaging');
    dataSource = new DataSource(
      serviceDataSourceOptions({ url: database.url, applicationName: 'messaging-test', entities: MESSAGING_ENTITIES, migrations: MESSAGING_MIGRATIONS }),
    );
    await dataSource.initialize();
    await dataSource.runMigrations();
    publisher = new KafkaEventPublisher(createKafka(settings, logger, 'test'), settings.namespace);
    await publisher.connect();
    await ensureTopics(publisher.kafkaAdmin, settings.topicPartitions);
    probe = await KafkaProbe.start();
  });

  afterAll(async () => {
    await probe?.stop();
    await publisher?.disconnect();
    await dataSource?.destroy();
    await database?.drop();
  });

  it('has migrations that match the entities', async () => {
    expect(await pendingSchemaChanges(dataSource)).toEqual([]);
  });

  it('publishes every row once per key in commit order, across a relay restart and a standby relay', async () => {
    const keys = Array.from({ length: 6 }, () => randomUUID());
    const perKey = 30;
    const relaySettings = { databaseUrl: database.url, batchSize: 7, idlePollMs: 100, retentionHours: 1 };
    const first = new OutboxRelay(relaySettings, publisher, logger);
    const standby = new OutboxRelay(relaySettings, publisher, logger);
    first.start();
    standby.start();

    // Writers on different aggregates commit concurrently; each aggregate's writes are serialized.
    const writers = keys.map(async (key) => {
      for (let sequence = 0; sequence < perKey; sequence++) {
        await dataSource.transaction((manager) => appendToOutbox(manager, [receivedEvent(key, sequence)]));
        if (sequence === perKey / 2 && key === keys[0]) await first.stop(); // the active relay goes away mid-stream
      }
    });
    await Promise.all(writers);

    await eventually(() => {
      for (const key of keys) {
        const seen = probe.messages.filter((m) => m.key === key);
        expect(new Set(seen.map((m) => m.event?.id)).size).toBe(perKey);
      }
    }, 60_000);
    await standby.stop();

    for (const key of keys) {
      const sequences = probe.messages.filter((m) => m.key === key).map((m) => Number(m.event!.correlationId.slice(4)));
      const firstSeen = sequences.filter((s, i) => sequences.indexOf(s) === i);
      expect(firstSeen).toEqual(Array.from({ length: perKey }, (_, i) => i));
      // A redelivered row may repeat, but never after a later event of its aggregate.
      sequences.forEach((s, i) => expect(s).toBeGreaterThanOrEqual(Math.max(0, ...sequences.slice(0, i)) - 0));
    }
    const [row] = await database.query<{ unpublished: string }>('SELECT count(*) AS unpublished FROM outbox WHERE published_at IS NULL');
    expect(Number(row!.unpublished)).toBe(0);
  });

  describe(IdempotentConsumer.name, () => {
    let sut: IdempotentConsumer;
    const contextFor = (value: string | null, offset: string, key = 'k'): KafkaContext =>
      new KafkaContext([
        { key, value: value === null ? null : Buffer.from(value), offset, headers: {}, timestamp: '0', attributes: 0, size: 0 } as never,
        0,
        `${settings.namespace}${TOPICS.assignments}`,
        {} as never,
        async () => undefined,
        {} as never,
      ]);

    beforeAll(() => {
      sut = new IdempotentConsumer(dataSource, publisher, { consumer: 'test-consumer', maxDeliveryAttempts: 3 }, logger);
    });

    it('runs the handler once for an event delivered twice', async () => {
      const event = receivedEvent(randomUUID(), 1);
      const handled: string[] = [];
      const handler = async (e: PlatformEvent) => {
        handled.push(e.id);
      };
      await sut.consume(contextFor(JSON.stringify(event), '10'), handler);
      await sut.consume(contextFor(JSON.stringify(event), '11'), handler);
      expect(handled).toEqual([event.id]);
    });

    it('rolls back the handler change and the dedupe record together when the handler fails', async () => {
      const event = receivedEvent(randomUUID(), 2);
      await expect(
        sut.consume(contextFor(JSON.stringify(event), '20'), async () => {
          throw new Error('database hiccup');
        }),
      ).rejects.toThrow('database hiccup');
      const handled: string[] = [];
      await sut.consume(contextFor(JSON.stringify(event), '20'), async (e) => {
        handled.push(e.id);
      });
      expect(handled).toEqual([event.id]);
    });

    it('dead-letters a poison message at once without throwing, so the partition moves on', async () => {
      const key = `poison-${randomUUID()}`;
      await expect(sut.consume(contextFor('{"not":"an event"}', '30', key), async () => undefined)).resolves.toBeUndefined();
      await eventually(() => {
        const letter = probe.messages.find((m) => m.topic === TOPICS.deadLetters && m.key === key);
        expect(letter).toBeDefined();
        expect(JSON.parse(letter!.value)).toMatchObject({ consumerGroup: 'test-consumer', offset: '30', attempts: 1 });
      });
    });

    it('dead-letters an event whose handler keeps failing after the allowed attempts', async () => {
      const event = receivedEvent(randomUUID(), 3);
      const failing = async () => {
        throw new Error('always fails');
      };
      await expect(sut.consume(contextFor(JSON.stringify(event), '40', event.subject), failing)).rejects.toThrow();
      await expect(sut.consume(contextFor(JSON.stringify(event), '40', event.subject), failing)).rejects.toThrow();
      await expect(sut.consume(contextFor(JSON.stringify(event), '40', event.subject), failing)).resolves.toBeUndefined();
      await eventually(() => {
        const letter = probe.messages.find((m) => m.topic === TOPICS.deadLetters && m.key === event.subject);
        expect(JSON.parse(letter!.value)).toMatchObject({ attempts: 3, error: 'always fails' });
      });
    });

    it('skips event types it does not know', async () => {
      const unknown = { ...receivedEvent(randomUUID(), 4), type: 'assignment.teleported.v1' };
      const handled: string[] = [];
      await sut.consume(contextFor(JSON.stringify(unknown), '50'), async (e) => {
        handled.push(e.id);
      });
      expect(handled).toEqual([]);
    });
  });
});

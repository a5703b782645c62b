import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import pg from 'pg';
import { createTestDatabase, testInfrastructure } from '@legal-hotline/testing';
import { summarize, type LatencySummary } from './stats.js';

/** Produce-to-consume round trip on the same broker: one message at a time, acks=all. */
export async function kafkaRoundTrip(messages: number): Promise<LatencySummary> {
  const kafka = new Kafka({ clientId: 'bench-baseline', brokers: testInfrastructure().kafkaBrokers.split(','), logLevel: logLevel.NOTHING });
  const topic = `bench-baseline-${randomUUID()}`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 1 }] });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  const consumer = kafka.consumer({ groupId: `${topic}-group`, maxWaitTimeInMs: 100 });
  await Promise.all([producer.connect(), consumer.connect()]);
  await consumer.subscribe({ topic, fromBeginning: true });
  const latencies: number[] = [];
  let arrived: (() => void) | undefined;
  await consumer.run({
    eachMessage: ({ message }) => {
      latencies.push(performance.now() - Number(message.value!.toString()));
      arrived?.();
      return Promise.resolve();
    },
  });
  // Warm-up message: group join and first fetch are not part of the round trip.
  await roundTrip();
  latencies.length = 0;
  for (let i = 0; i < messages; i++) await roundTrip();
  await Promise.all([producer.disconnect(), consumer.disconnect()]);
  await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
  await admin.disconnect();
  return summarize(latencies);

  async function roundTrip(): Promise<void> {
    const received = new Promise<void>((resolve) => (arrived = resolve));
    await producer.send({ topic, acks: -1, messages: [{ value: String(performance.now()) }] });
    await received;
  }
}

/** Single-row inserts per second over a few connections, each its own transaction. */
export async function postgresInsertRate(rows: number, connections: number): Promise<{ rows: number; connections: number; rowsPerSecond: number }> {
  const database = await createTestDatabase('bench_baseline');
  const pool = new pg.Pool({ connectionString: database.url, max: connections });
  await pool.query('CREATE TABLE bench_rows (id bigserial PRIMARY KEY, payload jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now())');
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < rows) {
        next += 1;
        await pool.query('INSERT INTO bench_rows (payload) VALUES ($1)', [{ ticketId: randomUUID(), status: 'received' }]);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await pool.end();
  await database.drop();
  return { rows, connections, rowsPerSecond: Math.round(rows / seconds) };
}

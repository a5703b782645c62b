import type { LoggerService } from '@nestjs/common';
import pg from 'pg';
import type { EventEnvelope } from '@legal-hotline/contracts';
import type { EventPublisher, OutboundMessage } from '../kafka/event-publisher.js';
import { OUTBOX_CHANNEL } from './append-to-outbox.js';

export interface OutboxRelaySettings {
  /** Connection string of the service's own database. */
  databaseUrl: string;
  /** Rows claimed and published per round. */
  batchSize: number;
  /** Longest wait between rounds when no NOTIFY arrives (a safety net, not the main trigger). */
  idlePollMs: number;
  /** Published rows older than this are deleted. */
  retentionHours: number;
}

/** Same key in every instance of a service: only one relay per database publishes at a time. */
const LEADER_LOCK_KEY = 'outbox-relay';

interface ClaimedRow {
  id: string;
  aggregate_type: string;
  aggregate_id: string;
  payload: EventEnvelope;
}

/**
 * Publishes outbox rows to Kafka in insertion order, per database one active relay at a time.
 *
 * Why it claims instead of tracking a "last id seen": ids are assigned before commit, so a row
 * can commit after a larger id was already published; claiming every unpublished row never
 * skips it. Ordering per aggregate holds because handlers lock the aggregate for the whole
 * transaction, so one aggregate's rows commit in id order. A crash between publishing and
 * marking resends the same rows in the same order; consumers deduplicate on the event id.
 */
export class OutboxRelay {
  private client: pg.Client | undefined;
  private isLeader = false;
  private running = false;
  private loop: Promise<void> | undefined;
  private wakeUp: (() => void) | undefined;
  private notified = false;
  private lastCleanup = 0;
  private consecutiveFailures = 0;

  constructor(
    private readonly settings: OutboxRelaySettings,
    private readonly publisher: EventPublisher,
    private readonly logger: LoggerService,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wakeUp?.();
    await this.loop;
    await this.disconnect();
  }

  /** True while this instance holds the relay lock and its connection is alive. */
  get leading(): boolean {
    return this.isLeader;
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        if (!(await this.becomeLeader())) {
          await this.sleep(2000);
          continue;
        }
        const published = await this.publishOneBatch();
        this.consecutiveFailures = 0;
        if (published === 0) {
          await this.cleanUpPublished();
          await this.waitForWork();
        }
      } catch (error) {
        this.consecutiveFailures += 1;
        this.logger.error({ msg: 'outbox relay round failed; retrying', error: (error as Error).message, failures: this.consecutiveFailures }, 'OutboxRelay');
        await this.disconnect();
        await this.sleep(Math.min(200 * 2 ** Math.min(this.consecutiveFailures, 6), 10_000));
      }
    }
  }

  private async becomeLeader(): Promise<boolean> {
    if (this.isLeader && this.client) return true;
    if (!this.client) {
      const client = new pg.Client({ connectionString: this.settings.databaseUrl, application_name: 'outbox-relay' });
      client.on('error', (error) => {
        this.logger.warn({ msg: 'outbox relay connection lost', error: error.message }, 'OutboxRelay');
        this.isLeader = false;
      });
      client.on('notification', () => {
        this.notified = true;
        this.wakeUp?.();
      });
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.client = client;
    }
    const { rows } = await this.client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [LEADER_LOCK_KEY]);
    this.isLeader = rows[0]?.locked === true;
    if (this.isLeader) this.logger.log({ msg: 'outbox relay is active for this database' }, 'OutboxRelay');
    return this.isLeader;
  }

  private async publishOneBatch(): Promise<number> {
    const client = this.client;
    if (!client) return 0;
    this.notified = false;
    await client.query('BEGIN');
    try {
      const { rows } = await client.query<ClaimedRow>(
        `SELECT id, aggregate_type, aggregate_id, payload FROM outbox
          WHERE published_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.settings.batchSize],
      );
      if (rows.length > 0) {
        await this.publisher.publish(rows.map(toOutboundMessage));
        await client.query('UPDATE outbox SET published_at = now() WHERE id = ANY($1::bigint[])', [rows.map((row) => row.id)]);
      }
      await client.query('COMMIT');
      return rows.length;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  private async cleanUpPublished(): Promise<void> {
    if (!this.client || Date.now() - this.lastCleanup < 60 * 60 * 1000) return;
    this.lastCleanup = Date.now();
    await this.client.query(`DELETE FROM outbox WHERE published_at < now() - make_interval(hours => $1)`, [this.settings.retentionHours]);
  }

  private waitForWork(): Promise<void> {
    if (this.notified || !this.running) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, this.settings.idlePollMs);
      const wake = (): void => done();
      this.wakeUp = wake;
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
    }).then(() => {
      this.wakeUp = undefined;
    });
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  private async disconnect(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.isLeader = false;
    // Closing the session releases the advisory lock, so a standby instance can take over.
    await client?.end().catch(() => undefined);
  }
}

function toOutboundMessage(row: ClaimedRow): OutboundMessage {
  const event = row.payload;
  return {
    topic: row.aggregate_type,
    key: row.aggregate_id,
    value: JSON.stringify(event),
    headers: { 'ce-id': event.id, 'ce-type': event.type, 'ce-source': event.source, 'correlation-id': event.correlationId },
  };
}

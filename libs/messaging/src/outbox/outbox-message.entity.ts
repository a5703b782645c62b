import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { EventEnvelope } from '@legal-hotline/contracts';

/**
 * An event waiting to be published, written in the same transaction as the state change it
 * describes (transactional outbox; columns follow the Debezium outbox layout).
 */
@Entity({ name: 'outbox' })
@Unique('UQ_outbox_event_id', ['eventId'])
@Index('outbox_unpublished_idx', ['id'], { where: 'published_at IS NULL' })
export class OutboxMessageEntity {
  /** Insertion order; the relay publishes unpublished rows in this order. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  eventId!: string;

  /** The topic, named after the aggregate (`tickets`, `assignments`, ...). */
  @Column({ type: 'varchar', length: 100 })
  aggregateType!: string;

  /** The envelope's subject; becomes the Kafka message key. */
  @Column({ type: 'varchar', length: 100 })
  aggregateId!: string;

  @Column({ type: 'varchar', length: 100 })
  type!: string;

  @Column({ type: 'jsonb' })
  payload!: EventEnvelope;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}

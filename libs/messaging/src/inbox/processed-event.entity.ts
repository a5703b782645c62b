import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Events a consumer has handled, recorded in the same transaction as the change they caused. */
@Entity({ name: 'processed_events' })
export class ProcessedEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  consumer!: string;

  @PrimaryColumn({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'varchar', length: 100 })
  eventType!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  processedAt!: Date;
}

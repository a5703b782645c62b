import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A failed caller lookup of a reference (wrong code or no such reference), kept for 15 minutes
 * so the per-reference limit holds across restarts and instances.
 */
@Entity({ name: 'ticket_lookup_failures' })
@Index('ticket_lookup_failures_reference_idx', ['reference', 'failedAt'])
@Index('ticket_lookup_failures_failed_at_idx', ['failedAt'])
export class TicketLookupFailureEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  /** The reference as the caller gave it, normalised. */
  @Column({ type: 'varchar', length: 10 })
  reference!: string;

  @Column({ type: 'timestamptz' })
  failedAt!: Date;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OpenedTicketView } from './ticket-view.dto.js';

/**
 * An opening made with an `Idempotency-Key`: the key, per organisation, the hash of the request
 * and the answer given, so a retry gets the same ticket. The answer is kept without the
 * one-time lookup code, which is never stored in the clear.
 */
@Entity({ name: 'ticket_opening_requests' })
export class TicketOpeningRequestEntity {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  organisationId!: string;

  @PrimaryColumn({ type: 'varchar', length: 200 })
  idempotencyKey!: string;

  /** SHA-256 (hex) of the canonical request body. */
  @Column({ type: 'varchar', length: 64 })
  requestHash!: string;

  @Column({ type: 'uuid' })
  ticketId!: string;

  /** The 201 answer, without the lookup code; null only inside the transaction that opens the ticket. */
  @Column({ type: 'jsonb', nullable: true })
  answer!: Omit<OpenedTicketView, 'lookupCode'> | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}

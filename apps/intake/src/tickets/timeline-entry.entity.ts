import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import type { EventSource, TicketStatus } from '@legal-hotline/contracts';
import { TicketEntity } from './ticket.entity.js';

/** One line of a ticket's history; one per event and ticket, whichever service emitted it. */
@Entity({ name: 'ticket_timeline_entries' })
@Unique('ticket_timeline_entries_ticket_event_key', ['ticketId', 'eventId'])
@Index('ticket_timeline_entries_ticket_idx', ['ticketId', 'at', 'id'])
export class TimelineEntryEntity {
  /** Insertion order; breaks ties between entries with the same time. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  ticketId!: string;

  @ManyToOne(() => TicketEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'ticket_id', foreignKeyConstraintName: 'ticket_timeline_entries_ticket_id_fkey' })
  ticket?: Relation<TicketEntity>;

  /** The event behind the entry (or the entry's own id, for a change without an event); one entry per event and ticket. */
  @Column({ type: 'uuid' })
  eventId!: string;

  /** When it happened, as the reporting service says (UTC). */
  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'varchar', length: 30 })
  source!: EventSource;

  /** Display name of who acted. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  actor!: string | null;

  /** Organisation or body id of the person who acted, from their access token. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  actorOrganisationId!: string | null;

  /** Token subject of the person who acted, when known. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 100 })
  kind!: string;

  @Column({ type: 'varchar', length: 30 })
  statusAfter!: TicketStatus;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;
}

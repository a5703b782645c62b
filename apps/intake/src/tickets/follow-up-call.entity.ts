import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { FollowUpResult, Satisfaction } from '@legal-hotline/contracts';
import { TicketEntity } from './ticket.entity.js';

/**
 * Every follow-up call (回访) recorded, with what the caller said: the ticket keeps only the
 * latest one, and a dissatisfied call is cleared from it when it reopens the ticket, so the
 * satisfaction figures count from here. Written in the transaction of the call.
 */
@Entity({ name: 'follow_up_calls' })
@Index('follow_up_calls_recorded_at_idx', ['recordedAt'])
@Index('follow_up_calls_ticket_idx', ['ticketId'])
export class FollowUpCallEntity {
  /** The `ticket.follow-up-recorded.v1` event of the call. */
  @PrimaryColumn({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'uuid' })
  ticketId!: string;

  @ManyToOne(() => TicketEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'ticket_id', foreignKeyConstraintName: 'follow_up_calls_ticket_id_fkey' })
  ticket?: Relation<TicketEntity>;

  @Column({ type: 'varchar', length: 30 })
  result!: FollowUpResult;

  @Column({ type: 'varchar', length: 30 })
  satisfaction!: Satisfaction;

  /** When the call was recorded (UTC). */
  @Column({ type: 'timestamptz' })
  recordedAt!: Date;
}

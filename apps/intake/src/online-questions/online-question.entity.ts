import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { TicketPriority } from '../tickets/domain/ticket.js';
import { TicketEntity } from '../tickets/ticket.entity.js';

/**
 * An online question (网络咨询) kept at the desk: a web, app, WeChat or partner ticket waiting for
 * the answer of the staff on duty. It is in the queue while its ticket is `at-desk`; answering,
 * dispatching, transferring or closing the ticket takes it out.
 */
@Entity({ name: 'online_questions' })
@Index('online_questions_due_idx', ['dueAt'])
@Index('online_questions_claimed_by_idx', ['claimedBy'])
export class OnlineQuestionEntity {
  @PrimaryColumn({ type: 'uuid' })
  ticketId!: string;

  @ManyToOne(() => TicketEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'ticket_id', foreignKeyConstraintName: 'online_questions_ticket_id_fkey' })
  ticket?: Relation<TicketEntity>;

  /** The caller's language tag as the ticket has it. */
  @Column({ type: 'varchar', length: 20 })
  language!: string;

  @Column({ type: 'varchar', length: 40 })
  legalCategory!: string;

  @Column({ type: 'varchar', length: 12 })
  regionCode!: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  specialLineCode!: string | null;

  @Column({ type: 'varchar', length: 20 })
  priority!: TicketPriority;

  /** When the ticket was opened (UTC). */
  @Column({ type: 'timestamptz' })
  receivedAt!: Date;

  /** When the answer is due: the working hours of the platform (or of its special line) on the business calendar. */
  @Column({ type: 'timestamptz' })
  dueAt!: Date;

  /** Subject of the person on duty who claimed it. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  claimedBy!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  claimedByName!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  claimedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  /** When the supervisor was alerted that it went unanswered past `dueAt`; alerted once. */
  @Column({ type: 'timestamptz', nullable: true })
  overdueAlertedAt!: Date | null;
}

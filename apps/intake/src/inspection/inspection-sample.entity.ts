import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique, type Relation } from 'typeorm';
import { TicketEntity } from '../tickets/ticket.entity.js';
import type { SampleReason } from './domain/sampling.js';
import { InspectionDrawEntity } from './inspection-draw.entity.js';

/** A ticket sampled for inspection in a month: at most once a month, whichever draw took it first. */
@Entity({ name: 'inspection_samples' })
@Unique('inspection_samples_ticket_period_key', ['ticketId', 'period'])
@Index('inspection_samples_period_agent_idx', ['period', 'agentId'])
@Index('inspection_samples_agent_idx', ['agentId', 'drawnAt'])
@Index('inspection_samples_draw_idx', ['drawId'])
@Check('inspection_samples_reason_check', `reason IN ('random', 'complaint', 'dissatisfied-follow-up')`)
export class InspectionSampleEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  drawId!: string;

  @ManyToOne(() => InspectionDrawEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'draw_id', foreignKeyConstraintName: 'inspection_samples_draw_id_fkey' })
  draw?: Relation<InspectionDrawEntity>;

  @Column({ type: 'uuid' })
  ticketId!: string;

  @ManyToOne(() => TicketEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'ticket_id', foreignKeyConstraintName: 'inspection_samples_ticket_id_fkey' })
  ticket?: Relation<TicketEntity>;

  /** Token subject of the agent whose answer is inspected. */
  @Column({ type: 'varchar', length: 200 })
  agentId!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  agentName!: string | null;

  /** The organisation responsible for the ticket when it was drawn. */
  @Column({ type: 'varchar', length: 200 })
  organisationId!: string;

  /** YYYY-MM, Asia/Shanghai. */
  @Column({ type: 'varchar', length: 7 })
  period!: string;

  @Column({ type: 'varchar', length: 30 })
  reason!: SampleReason;

  @Column({ type: 'timestamptz' })
  drawnAt!: Date;

  /** Token subject of who drew it. */
  @Column({ type: 'varchar', length: 200 })
  drawnBy!: string;
}

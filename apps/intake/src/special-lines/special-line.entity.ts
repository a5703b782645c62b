import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import type { Actor, LegalCategory } from '@legal-hotline/contracts';
import type { TicketPriority } from '../tickets/domain/ticket.js';
import type { SpecialLineRecordStatus } from './domain/special-line.js';

/** A special line (专线) opened for a period; closed lines stay, their tickets refer to them. */
@Entity({ name: 'special_lines' })
@Check('special_lines_code_check', `code ~ '^[a-z0-9][a-z0-9-]{1,39}$'`)
@Check('special_lines_status_check', `status IN ('open', 'closed')`)
@Check('special_lines_priority_check', `priority IN ('normal', 'urgent', 'green-channel')`)
@Check('special_lines_period_check', `ends_at IS NULL OR ends_at > starts_at`)
@Check('special_lines_online_answer_hours_check', `online_answer_hours IS NULL OR online_answer_hours > 0`)
@Check('special_lines_closed_check', `(status = 'closed') = (closed_at IS NOT NULL)`)
export class SpecialLineEntity {
  /** Lower-case letters, digits and hyphens ("migrant-wages"), as `SpecialLineCode` in the contracts. */
  @PrimaryColumn({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text', array: true })
  legalCategories!: LegalCategory[];

  /** The province, city or county the line serves; null for the whole platform. */
  @Column({ type: 'varchar', length: 12, nullable: true })
  regionCode!: string | null;

  @Column({ type: 'varchar', length: 10, default: 'open' })
  status!: SpecialLineRecordStatus;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endsAt!: Date | null;

  @Column({ type: 'varchar', length: 20 })
  priority!: TicketPriority;

  @Column({ type: 'integer', nullable: true })
  onlineAnswerHours!: number | null;

  @Column({ type: 'jsonb' })
  openedBy!: Actor;

  @Column({ type: 'jsonb', nullable: true })
  changedBy!: Actor | null;

  @Column({ type: 'timestamptz', nullable: true })
  changedAt!: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  closedBy!: Actor | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { TicketStatus } from '@legal-hotline/contracts';
import { PartnerCaseEntity } from './partner-case.entity.js';

/** One entry of a partner case's history, as the partner sees it. */
@Entity({ name: 'partner_case_updates' })
@Index('partner_case_updates_ticket_idx', ['ticketId', 'at'])
export class PartnerCaseUpdateEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  ticketId!: string;

  @ManyToOne(() => PartnerCaseEntity, { nullable: false })
  @JoinColumn({ name: 'ticket_id', foreignKeyConstraintName: 'partner_case_updates_case_fk' })
  partnerCase?: Relation<PartnerCaseEntity>;

  /** When the fact happened (UTC), by the clock of the service that recorded it. */
  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'varchar', length: 30 })
  status!: TicketStatus;

  @Column({ type: 'varchar', length: 500 })
  note!: string;
}

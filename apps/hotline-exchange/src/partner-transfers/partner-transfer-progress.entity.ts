import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { PartnerTransferEntity } from './partner-transfer.entity.js';

/**
 * A progress note from the partner on a transfer it accepted, oldest first. The partner's words
 * only: nothing of the caller's contact is added here (PIPL: keep the minimum).
 */
@Entity({ name: 'partner_transfer_progress' })
@Index('partner_transfer_progress_transfer_idx', ['transferId', 'reportedAt'])
export class PartnerTransferProgressEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  transferId!: string;

  @ManyToOne(() => PartnerTransferEntity, { nullable: false })
  @JoinColumn({ name: 'transfer_id', foreignKeyConstraintName: 'partner_transfer_progress_transfer_fk' })
  transfer?: Relation<PartnerTransferEntity>;

  @Column({ type: 'varchar', length: 2000 })
  note!: string;

  /** When the exchange recorded it (UTC). */
  @Column({ type: 'timestamptz' })
  reportedAt!: Date;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { PartnerHotline } from '@legal-hotline/contracts';
import { PartnerEntity } from './partner.entity.js';

/**
 * A webhook-id a partner has used in an authenticated request. The primary key refuses it a
 * second time, across instances; rows are dropped once their signing time has left the
 * tolerance window, since a request that old is refused for its timestamp anyway.
 */
@Entity({ name: 'partner_message_ids' })
@Index('partner_message_ids_signed_idx', ['signedAt'])
export class PartnerMessageIdEntity {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  partnerCode!: PartnerHotline;

  @ManyToOne(() => PartnerEntity, { nullable: false })
  @JoinColumn({ name: 'partner_code', foreignKeyConstraintName: 'partner_message_ids_partner_fk' })
  partner?: Relation<PartnerEntity>;

  @PrimaryColumn({ type: 'varchar', length: 100 })
  messageId!: string;

  @Column({ type: 'varchar', length: 20 })
  keyId!: string;

  /** From webhook-timestamp. */
  @Column({ type: 'timestamptz' })
  signedAt!: Date;

  @Column({ type: 'timestamptz' })
  receivedAt!: Date;
}

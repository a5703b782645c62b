import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { PartnerHotline } from '@legal-hotline/contracts';
import { PartnerEntity } from '../partners/partner.entity.js';

/**
 * The counter of a partner's pull feed. Every transaction that records a change of one of the
 * partner's cases takes the next position here and holds the row locked until it commits, so
 * positions commit in order and a reader after position n never misses a later commit of a lower one.
 */
@Entity({ name: 'partner_case_feeds' })
export class PartnerCaseFeedEntity {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  partnerCode!: PartnerHotline;

  @ManyToOne(() => PartnerEntity, { nullable: false })
  @JoinColumn({ name: 'partner_code', foreignKeyConstraintName: 'partner_case_feeds_partner_fk' })
  partner?: Relation<PartnerEntity>;

  /** The position of the partner's latest change; 0 before the first. */
  @Column({ type: 'bigint' })
  lastPosition!: string;
}

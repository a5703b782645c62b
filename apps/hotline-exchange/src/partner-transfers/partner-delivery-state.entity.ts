import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { PartnerHotline } from '@legal-hotline/contracts';
import { PartnerEntity } from '../partners/partner.entity.js';

/**
 * How delivery to one partner's endpoint is going, over all its transfers (per-destination
 * delivery state). Kept apart from the endpoint: a partner with no endpoint fails too.
 */
@Entity({ name: 'partner_delivery_states' })
export class PartnerDeliveryStateEntity {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  partnerCode!: PartnerHotline;

  @ManyToOne(() => PartnerEntity, { nullable: false })
  @JoinColumn({ name: 'partner_code', foreignKeyConstraintName: 'partner_delivery_states_partner_fk' })
  partner?: Relation<PartnerEntity>;

  /** Failed attempts since the last successful one, over all the partner's transfers. */
  @Column({ type: 'integer' })
  consecutiveFailures!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lastSuccessAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastFailureAt!: Date | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  lastError!: string | null;
}

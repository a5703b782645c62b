import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { PartnerHotline } from '@legal-hotline/contracts';
import { PartnerEntity } from '../partners/partner.entity.js';

/** Where a partner hotline receives transfers; the secrets deliveries are signed with are in `partner_delivery_secrets`. */
@Entity({ name: 'partner_endpoints' })
export class PartnerEndpointEntity {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  partnerCode!: PartnerHotline;

  @ManyToOne(() => PartnerEntity, { nullable: false })
  @JoinColumn({ name: 'partner_code', foreignKeyConstraintName: 'partner_endpoints_partner_fk' })
  partner?: Relation<PartnerEntity>;

  /** http or https URL that transfers are POSTed to. */
  @Column({ type: 'varchar', length: 2000 })
  url!: string;

  /** First registration. */
  @Column({ type: 'timestamptz' })
  registeredAt!: Date;

  /** Last change of the URL. */
  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}

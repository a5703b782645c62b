import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { PartnerHotline } from '@legal-hotline/contracts';
import { PartnerEntity } from '../partners/partner.entity.js';

/**
 * Where a partner hotline receives transfers, and the secret their signature is made with. The
 * secret is kept as such, not hashed: every delivery computes an HMAC with it. It is never
 * returned by the API except once, when the exchange generates it.
 */
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

  @Column({ type: 'varchar', length: 200 })
  signingSecret!: string;

  /** First registration. */
  @Column({ type: 'timestamptz' })
  registeredAt!: Date;

  /** Last change of the URL or secret. */
  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}

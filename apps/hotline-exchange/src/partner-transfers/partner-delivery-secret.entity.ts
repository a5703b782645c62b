import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { Actor, PartnerHotline } from '@legal-hotline/contracts';
import { PartnerEntity } from '../partners/partner.entity.js';

/**
 * A secret the exchange signs deliveries to a partner with (Standard Webhooks, `whsec_...`). Kept
 * sealed (AES-256-GCM): every delivery recomputes an HMAC with it, so it cannot be hashed. Shown
 * once, when generated. Up to two are active, and each delivery carries a signature per active one.
 */
@Entity({ name: 'partner_delivery_secrets' })
@Index('partner_delivery_secrets_partner_idx', ['partnerCode'])
export class PartnerDeliverySecretEntity {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  secretId!: string;

  @Column({ type: 'varchar', length: 10 })
  partnerCode!: PartnerHotline;

  @ManyToOne(() => PartnerEntity, { nullable: false })
  @JoinColumn({ name: 'partner_code', foreignKeyConstraintName: 'partner_delivery_secrets_partner_fk' })
  partner?: Relation<PartnerEntity>;

  /** Sealed by SecretCipher under `delivery-secret:<secretId>`. */
  @Column({ type: 'bytea' })
  sealedSecret!: Buffer;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  /** The exchange administrator who added it; null when added by a command-line tool. */
  @Column({ type: 'jsonb', nullable: true })
  createdBy!: Actor | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  revokedBy!: Actor | null;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { Actor, PartnerHotline } from '@legal-hotline/contracts';
import { PartnerEntity } from './partner.entity.js';

/** A partner's signing key. The secret is kept sealed (AES-256-GCM), never in clear. */
@Entity({ name: 'partner_api_keys' })
@Index('partner_api_keys_partner_idx', ['partnerCode'])
export class PartnerApiKeyEntity {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  keyId!: string;

  @Column({ type: 'varchar', length: 10 })
  partnerCode!: PartnerHotline;

  @ManyToOne(() => PartnerEntity, { nullable: false })
  @JoinColumn({ name: 'partner_code', foreignKeyConstraintName: 'partner_api_keys_partner_fk' })
  partner?: Relation<PartnerEntity>;

  /**
   * The `whsec_` secret sealed by SecretCipher under `partner-key:<keyId>`. Null for keys of the
   * former bearer-key scheme, whose secrets were only hashed: the migration revoked them.
   */
  @Column({ type: 'bytea', nullable: true })
  sealedSecret!: Buffer | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  /** The exchange administrator who issued it; null when issued by a command-line tool. */
  @Column({ type: 'jsonb', nullable: true })
  createdBy!: Actor | null;

  /** Set once; a revoked key stays for the audit trail and signs nothing any more. */
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  revokedBy!: Actor | null;

  /** The last request it authenticated, so an administrator can see a replaced key is unused before revoking it. */
  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;
}

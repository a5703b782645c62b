import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { PartnerHotline } from '@legal-hotline/contracts';
import { PartnerEntity } from './partner.entity.js';

/** A partner's API key. The secret itself is never stored, only its SHA-256 hash. */
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

  /** Hex SHA-256 of the secret part of the key. */
  @Column({ type: 'char', length: 64 })
  secretHash!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  /** Set once; a revoked key stays for the audit trail and answers 403 AUTH.REVOKED_KEY. */
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}

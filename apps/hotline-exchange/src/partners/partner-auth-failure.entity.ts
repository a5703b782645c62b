import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { PartnerAuthErrorCode } from './domain/partner-auth.error.js';

/**
 * A failed partner authentication, per presented key id (which may name no key: guesses are
 * throttled too). Kept for the throttle window only.
 */
@Entity({ name: 'partner_auth_failures' })
@Index('partner_auth_failures_key_idx', ['keyId', 'failedAt'])
export class PartnerAuthFailureEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'varchar', length: 20 })
  keyId!: string;

  @Column({ type: 'varchar', length: 60 })
  reason!: PartnerAuthErrorCode;

  @Column({ type: 'timestamptz' })
  failedAt!: Date;
}

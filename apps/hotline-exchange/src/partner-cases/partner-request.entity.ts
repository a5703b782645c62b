import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { PartnerHotline } from '@legal-hotline/contracts';
import { PartnerEntity } from '../partners/partner.entity.js';
import type { ReceiptAnswer } from './domain/receive-partner-case.js';

/**
 * The first request a partner made with an idempotency key and the answer it got. The primary
 * key scopes keys per partner and makes two simultaneous first requests collide: one stores
 * the case, the other replays its answer.
 */
@Entity({ name: 'partner_requests' })
export class PartnerRequestEntity {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  partnerCode!: PartnerHotline;

  @ManyToOne(() => PartnerEntity, { nullable: false })
  @JoinColumn({ name: 'partner_code', foreignKeyConstraintName: 'partner_requests_partner_fk' })
  partner?: Relation<PartnerEntity>;

  @PrimaryColumn({ type: 'varchar', length: 100 })
  idempotencyKey!: string;

  /** SHA-256 (hex) of the canonical request body; the body itself, with the caller's data, is not kept. */
  @Column({ type: 'char', length: 64 })
  requestFingerprint!: string;

  @Column({ type: 'smallint' })
  responseStatus!: number;

  @Column({ type: 'jsonb' })
  responseBody!: ReceiptAnswer;

  /** Not a foreign key: the row is written first, to claim the key before the case exists. */
  @Column({ type: 'uuid' })
  ticketId!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}

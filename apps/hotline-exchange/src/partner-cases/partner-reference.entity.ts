import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { PartnerHotline } from '@legal-hotline/contracts';
import { PartnerEntity } from '../partners/partner.entity.js';

/**
 * The one case a partner forwarded under a reference. The primary key makes two forwards of the
 * same reference collide whatever their Idempotency-Keys: one opens the case, the other answers
 * its receipt or is refused.
 */
@Entity({ name: 'partner_references' })
export class PartnerReferenceEntity {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  partnerCode!: PartnerHotline;

  @ManyToOne(() => PartnerEntity, { nullable: false })
  @JoinColumn({ name: 'partner_code', foreignKeyConstraintName: 'partner_references_partner_fk' })
  partner?: Relation<PartnerEntity>;

  @PrimaryColumn({ type: 'varchar', length: 100 })
  partnerReference!: string;

  /** Not a foreign key: the row is written first, to claim the reference before the case exists. */
  @Column({ type: 'uuid' })
  ticketId!: string;

  /** SHA-256 (hex) of the canonical request body, as in `partner_requests`. */
  @Column({ type: 'char', length: 64 })
  requestFingerprint!: string;

  /** When the case was received: the first receipt says so. */
  @Column({ type: 'timestamptz' })
  receivedAt!: Date;
}

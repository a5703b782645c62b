import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { DirectoryChangeKind } from './domain/directory-change.js';

/**
 * Every change made to the directory through its API, written in the change's transaction.
 * No foreign key: the trail outlives whatever happens to the agency row.
 */
@Entity({ name: 'agency_audit' })
@Check('agency_audit_change_kind_check', `change_kind IN ('agency-updated', 'agency-closed', 'jurisdiction-added', 'jurisdiction-ended')`)
@Index('agency_audit_agency_idx', ['agencyId', 'id'])
@Index('agency_audit_changed_at_idx', ['changedAt', 'id'])
export class AgencyAuditEntity {
  /** Insertion order. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  agencyId!: string;

  @Column({ type: 'varchar', length: 40 })
  changeKind!: DirectoryChangeKind;

  @Column({ type: 'jsonb' })
  before!: Record<string, unknown>;

  @Column({ type: 'jsonb' })
  after!: Record<string, unknown>;

  /** Display name of the person, from their access token. */
  @Column({ type: 'varchar', length: 100 })
  changedBy!: string;

  /** The access token's subject; null on rows written before changes needed a token. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  changedById!: string | null;

  @Column({ type: 'varchar', length: 500 })
  reason!: string;

  @Column({ type: 'timestamptz' })
  changedAt!: Date;
}

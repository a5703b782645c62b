import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { AgencyEntity } from './agency.entity.js';

/** A region a body serves, for a period. Dates are Asia/Shanghai calendar days. */
@Entity({ name: 'agency_jurisdictions' })
// Pattern-ops index: serves both routing's exact lookups (region_code = ANY(...)) and the
// directory's prefix filter (LIKE '440605%') whatever the database collation. TypeORM cannot
// express the operator class, so the migration owns this index.
@Index('agency_jurisdictions_region_code_idx', { synchronize: false })
export class AgencyJurisdictionEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  agencyId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'agency_jurisdictions_agency_id_fkey' })
  agency?: Relation<AgencyEntity>;

  /** Division code (6 or 9 digits) whose area the body serves. */
  @PrimaryColumn({ type: 'varchar', length: 12 })
  regionCode!: string;

  /** First day it applies, `YYYY-MM-DD`. */
  @PrimaryColumn({ type: 'date' })
  effectiveFrom!: string;

  /** First day it no longer applies, `YYYY-MM-DD`; null while in force. */
  @Column({ type: 'date', nullable: true })
  effectiveTo!: string | null;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LegalCategory } from '@legal-hotline/contracts';
import type { MisrouteReason } from './domain/misroute.js';

/**
 * How often bodies answered "not ours" (not-our-jurisdiction, not-our-category), per legal
 * category, county-level region and body: each row points at a routing-table entry to correct.
 */
@Entity({ name: 'misroute_reports' })
export class MisrouteReportEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  legalCategory!: LegalCategory;

  /** First 6 digits of the region the decision was keyed on. */
  @PrimaryColumn({ type: 'varchar', length: 6 })
  regionCode!: string;

  @PrimaryColumn({ type: 'varchar', length: 100 })
  agencyId!: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  reason!: MisrouteReason;

  @Column({ type: 'integer' })
  count!: number;

  @Column({ type: 'timestamptz' })
  firstSeenAt!: Date;

  @Column({ type: 'timestamptz' })
  lastSeenAt!: Date;

  /** The body's note with the latest such rejection, e.g. "用人单位在顺德区". */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  lastNote!: string | null;

  @Column({ type: 'uuid' })
  lastTicketId!: string;
}

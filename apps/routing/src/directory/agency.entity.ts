import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import type { AgencyType, LegalCategory, RequestType } from '@legal-hotline/contracts';
import type { AgencyAvailability, AgencyLevel } from './domain/agency.js';
import type { WeeklySchedule } from './domain/duty-hours.js';

/** A body that receives work orders (legal-aid centre, people's mediation committee). */
@Entity({ name: 'agencies' })
@Check('agencies_availability_check', `availability IN ('normal', 'unstaffed', 'overloaded')`)
export class AgencyEntity {
  /** `${type}:${seat region code}`, e.g. "legal-aid-centre:440605". */
  @PrimaryColumn({ type: 'varchar', length: 100 })
  id!: string;

  @Column({ type: 'varchar', length: 40 })
  type!: AgencyType;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** Division where the body sits. */
  @Column({ type: 'varchar', length: 12 })
  regionCode!: string;

  @Column({ type: 'varchar', length: 20 })
  level!: AgencyLevel;

  @Column({ type: 'text', array: true })
  requestTypes!: RequestType[];

  /** Empty means every category. */
  @Column({ type: 'text', array: true })
  legalCategories!: LegalCategory[];

  @Column({ type: 'text', array: true })
  languages!: string[];

  @Column({ type: 'varchar', length: 20 })
  availability!: AgencyAvailability;

  /** Weekly duty spans in Asia/Shanghai local time (WeeklySchedule). */
  @Column({ type: 'jsonb' })
  dutyHours!: WeeklySchedule;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { DutyLanguage } from './domain/languages.js';
import type { DutyPlatform } from './domain/rota.js';

/** A person on the duty rota (值班) with their skills: the platforms they serve, languages, legal categories. */
@Entity({ name: 'duty_staff' })
@Index('duty_staff_organisation_idx', ['organisationId'])
export class DutyStaffEntity {
  /** The person's access-token subject. */
  @PrimaryColumn({ type: 'varchar', length: 200 })
  subject!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  /** The 12348 platform (or station) whose rota the person is on, e.g. "12348-gd". */
  @Column({ type: 'varchar', length: 200 })
  organisationId!: string;

  @Column({ type: 'varchar', length: 200 })
  organisation!: string;

  @Column({ type: 'text', array: true })
  platforms!: DutyPlatform[];

  /** Canonical tags: zh-CN, yue, nan, nan-x-chaoshan, hak. */
  @Column({ type: 'text', array: true })
  languages!: DutyLanguage[];

  /** Legal categories the person prefers to answer; empty: all. */
  @Column({ type: 'text', array: true })
  legalCategories!: string[];

  /** Inactive people keep their history but take no new shifts and claim nothing. */
  @Column({ type: 'boolean' })
  active!: boolean;

  /** Subject of whoever last changed the record. */
  @Column({ type: 'varchar', length: 200 })
  updatedBy!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

import { Check, Column, Entity, Exclusion, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { DutyPlatform } from './domain/rota.js';
import { DutyStaffEntity } from './duty-staff.entity.js';

/**
 * One shift of one person on one platform: [startsAt, endsAt). The shifts of all three
 * platforms share this table, which makes the synchronized duty one rota.
 */
@Entity({ name: 'duty_shifts' })
@Index('duty_shifts_organisation_idx', ['organisationId', 'startsAt'])
@Index('duty_shifts_person_idx', ['personSubject', 'startsAt'])
@Check('duty_shifts_platform_check', `platform IN ('hotline', 'network', 'station')`)
@Check('duty_shifts_span_check', 'ends_at > starts_at')
// Created only where btree_gist is available (see the migration); the handler checks anyway.
@Exclusion('duty_shifts_no_overlap', 'USING gist (person_subject WITH =, tstzrange(starts_at, ends_at) WITH &&)')
export class DutyShiftEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  personSubject!: string;

  @ManyToOne(() => DutyStaffEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'person_subject', foreignKeyConstraintName: 'duty_shifts_person_subject_fkey' })
  person?: Relation<DutyStaffEntity>;

  @Column({ type: 'varchar', length: 200 })
  organisationId!: string;

  @Column({ type: 'varchar', length: 10 })
  platform!: DutyPlatform;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  /** Exclusive. */
  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  /** Subject of whoever put the shift on the rota. */
  @Column({ type: 'varchar', length: 200 })
  createdBy!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}

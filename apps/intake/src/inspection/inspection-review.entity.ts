import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { ChecklistScores, Grade } from './domain/checklist.js';
import { InspectionSampleEntity } from './inspection-sample.entity.js';

/** The review of a sample: checklist scores, findings for the agent, and the agent's acknowledgement. */
@Entity({ name: 'inspection_reviews' })
@Check('inspection_reviews_grade_check', `grade IN ('excellent', 'qualified', 'unqualified')`)
export class InspectionReviewEntity {
  @PrimaryColumn({ type: 'uuid' })
  sampleId!: string;

  @OneToOne(() => InspectionSampleEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'sample_id', foreignKeyConstraintName: 'inspection_reviews_sample_id_fkey' })
  sample?: Relation<InspectionSampleEntity>;

  /** Each checklist item rated 0 to 5. */
  @Column({ type: 'jsonb' })
  scores!: ChecklistScores;

  /** 0 to 100. */
  @Column({ type: 'integer' })
  total!: number;

  @Column({ type: 'varchar', length: 12 })
  grade!: Grade;

  @Column({ type: 'boolean' })
  legalAccuracyFailed!: boolean;

  /** What the reviewer returns to the agent. */
  @Column({ type: 'text' })
  findings!: string;

  /** Token subject of the reviewer. */
  @Column({ type: 'varchar', length: 200 })
  reviewerId!: string;

  @Column({ type: 'varchar', length: 100 })
  reviewerName!: string;

  @Column({ type: 'timestamptz' })
  reviewedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  /** Token subject of the agent who acknowledged. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  acknowledgedBy!: string | null;
}

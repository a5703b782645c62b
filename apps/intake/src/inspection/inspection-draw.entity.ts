import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';

/** What a draw took, in all and per agent; kept up to date when the draw is repeated. */
export interface DrawCounts {
  answered: number;
  random: number;
  complaint: number;
  dissatisfiedFollowUp: number;
  byAgent: {
    agentId: string;
    agentName: string | null;
    answered: number;
    random: number;
    complaint: number;
    dissatisfiedFollowUp: number;
  }[];
}

/** One month's draw of samples over a supervisor's area or an organisation; drawn again, the same draw. */
@Entity({ name: 'inspection_draws' })
@Unique('inspection_draws_scope_period_key', ['scope', 'period'])
export class InspectionDrawEntity {
  /** Also the seed of the random part. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** `area:<region prefix>` or `organisation:<id>`. */
  @Column({ type: 'varchar', length: 220 })
  scope!: string;

  /** YYYY-MM, Asia/Shanghai. */
  @Column({ type: 'varchar', length: 7 })
  period!: string;

  /** Share of each agent's answered tickets drawn at random, 0 to 1. */
  @Column({ type: 'double precision' })
  share!: number;

  /** Token subject of who drew first. */
  @Column({ type: 'varchar', length: 200 })
  drawnBy!: string;

  @Column({ type: 'varchar', length: 100 })
  drawnByName!: string;

  @Column({ type: 'timestamptz' })
  drawnAt!: Date;

  /** When it was last drawn again (or first drawn). */
  @Column({ type: 'timestamptz' })
  lastDrawnAt!: Date;

  @Column({ type: 'jsonb' })
  counts!: DrawCounts;
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Quality inspection (服务质检): the monthly draws of a supervisor's area or an organisation (one
 * per scope and month, so that drawing again adds to the same draw), the tickets sampled (each
 * at most once a month, whichever draw took it first), and the reviews with the scores of the
 * checklist, the findings returned to the agent and the agent's acknowledgement.
 */
export class QualityInspection1795930000000 implements MigrationInterface {
  name = 'QualityInspection1795930000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE inspection_draws (
        id uuid PRIMARY KEY,
        scope varchar(220) NOT NULL,
        period varchar(7) NOT NULL,
        share double precision NOT NULL,
        drawn_by varchar(200) NOT NULL,
        drawn_by_name varchar(100) NOT NULL,
        drawn_at timestamptz NOT NULL,
        last_drawn_at timestamptz NOT NULL,
        counts jsonb NOT NULL,
        CONSTRAINT inspection_draws_scope_period_key UNIQUE (scope, period)
      )`);
    await queryRunner.query(`
      CREATE TABLE inspection_samples (
        id uuid PRIMARY KEY,
        draw_id uuid NOT NULL,
        ticket_id uuid NOT NULL,
        agent_id varchar(200) NOT NULL,
        agent_name varchar(100),
        organisation_id varchar(200) NOT NULL,
        period varchar(7) NOT NULL,
        reason varchar(30) NOT NULL,
        drawn_at timestamptz NOT NULL,
        drawn_by varchar(200) NOT NULL,
        CONSTRAINT inspection_samples_ticket_period_key UNIQUE (ticket_id, period),
        CONSTRAINT inspection_samples_reason_check CHECK (reason IN ('random', 'complaint', 'dissatisfied-follow-up')),
        CONSTRAINT inspection_samples_draw_id_fkey FOREIGN KEY (draw_id) REFERENCES inspection_draws (id) ON DELETE CASCADE,
        CONSTRAINT inspection_samples_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES tickets (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX inspection_samples_period_agent_idx ON inspection_samples (period, agent_id)`,
    );
    await queryRunner.query(`CREATE INDEX inspection_samples_agent_idx ON inspection_samples (agent_id, drawn_at)`);
    await queryRunner.query(`CREATE INDEX inspection_samples_draw_idx ON inspection_samples (draw_id)`);
    await queryRunner.query(`
      CREATE TABLE inspection_reviews (
        sample_id uuid PRIMARY KEY,
        scores jsonb NOT NULL,
        total integer NOT NULL,
        grade varchar(12) NOT NULL,
        legal_accuracy_failed boolean NOT NULL,
        findings text NOT NULL,
        reviewer_id varchar(200) NOT NULL,
        reviewer_name varchar(100) NOT NULL,
        reviewed_at timestamptz NOT NULL,
        acknowledged_at timestamptz,
        acknowledged_by varchar(200),
        CONSTRAINT inspection_reviews_grade_check CHECK (grade IN ('excellent', 'qualified', 'unqualified')),
        CONSTRAINT inspection_reviews_sample_id_fkey FOREIGN KEY (sample_id) REFERENCES inspection_samples (id) ON DELETE CASCADE
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE inspection_reviews');
    await queryRunner.query('DROP TABLE inspection_samples');
    await queryRunner.query('DROP TABLE inspection_draws');
  }
}

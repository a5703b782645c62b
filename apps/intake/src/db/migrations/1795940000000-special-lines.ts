import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Special lines (专线): named lines a supervisor opens for a period (migrant-worker wages,
 * veterans, Civil Code questions, epidemic, enterprise resumption), each with the priority its
 * tickets get and the categories it takes. Tickets name their line in `tickets.special_line_code`.
 * Closed lines stay: their tickets and reports refer to them.
 */
export class SpecialLines1795940000000 implements MigrationInterface {
  name = 'SpecialLines1795940000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE special_lines (
        code varchar(40) PRIMARY KEY,
        name varchar(100) NOT NULL,
        description text NOT NULL DEFAULT '',
        legal_categories text[] NOT NULL,
        region_code varchar(12),
        status varchar(10) NOT NULL DEFAULT 'open',
        starts_at timestamptz NOT NULL,
        ends_at timestamptz,
        priority varchar(20) NOT NULL,
        online_answer_hours integer,
        opened_by jsonb NOT NULL,
        changed_by jsonb,
        changed_at timestamptz,
        closed_by jsonb,
        closed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT special_lines_code_check CHECK (code ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
        CONSTRAINT special_lines_status_check CHECK (status IN ('open', 'closed')),
        CONSTRAINT special_lines_priority_check CHECK (priority IN ('normal', 'urgent', 'green-channel')),
        CONSTRAINT special_lines_period_check CHECK (ends_at IS NULL OR ends_at > starts_at),
        CONSTRAINT special_lines_online_answer_hours_check CHECK (online_answer_hours IS NULL OR online_answer_hours > 0),
        CONSTRAINT special_lines_closed_check CHECK ((status = 'closed') = (closed_at IS NOT NULL))
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE special_lines');
  }
}

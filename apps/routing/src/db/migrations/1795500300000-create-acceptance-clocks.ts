import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Durable acceptance clocks, one per assignment; open assignments of earlier versions get theirs. */
export class CreateAcceptanceClocks1795500300000 implements MigrationInterface {
  name = 'CreateAcceptanceClocks1795500300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE acceptance_clocks (
        assignment_id uuid PRIMARY KEY,
        ticket_id uuid NOT NULL,
        agency_id varchar(100) NOT NULL,
        started_at timestamptz NOT NULL,
        due_at timestamptz NOT NULL,
        paused_at timestamptz,
        pause_reason varchar(500),
        paused_by varchar(100),
        resumed_by varchar(100),
        paused_ms bigint NOT NULL DEFAULT 0,
        fired_at timestamptz,
        overdue_action varchar(20),
        stopped_at timestamptz,
        stop_reason varchar(20),
        CONSTRAINT acceptance_clocks_stop_reason_check CHECK (stop_reason IN ('accepted', 'rejected', 'withdrawn')),
        CONSTRAINT acceptance_clocks_overdue_action_check CHECK (overdue_action IN ('re-route', 'alert-only'))
      )`);
    await queryRunner.query(
      `CREATE INDEX acceptance_clocks_due_idx ON acceptance_clocks (due_at) WHERE fired_at IS NULL AND stopped_at IS NULL AND paused_at IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX acceptance_clocks_fired_idx ON acceptance_clocks (fired_at) WHERE fired_at IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX acceptance_clocks_ticket_idx ON acceptance_clocks (ticket_id)`);
    // Assignments still awaiting acceptance keep their deadline; one already past fires once, at start-up.
    await queryRunner.query(`
      INSERT INTO acceptance_clocks (assignment_id, ticket_id, agency_id, started_at, due_at)
      SELECT id, ticket_id, agency_id, requested_at, acceptance_deadline FROM assignments WHERE status = 'requested'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE acceptance_clocks');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search and figures: every follow-up call with the caller's satisfaction (the ticket keeps only
 * the latest, and a dissatisfied one is cleared when it reopens the ticket), filled from the
 * calls already in the timelines; and a pattern-ops index for the ticket number prefix search
 * (LIKE '12348-20261123%'), whatever the database's collation.
 */
export class DashboardFigures1795700000000 implements MigrationInterface {
  name = 'DashboardFigures1795700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE follow_up_calls (
        event_id uuid PRIMARY KEY,
        ticket_id uuid NOT NULL,
        result varchar(30) NOT NULL,
        satisfaction varchar(30) NOT NULL,
        recorded_at timestamptz NOT NULL,
        CONSTRAINT follow_up_calls_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES tickets (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX follow_up_calls_recorded_at_idx ON follow_up_calls (recorded_at)`);
    await queryRunner.query(`CREATE INDEX follow_up_calls_ticket_idx ON follow_up_calls (ticket_id)`);
    // Earlier calls survive only as timeline entries, whose reason reads "<result>, <satisfaction>".
    await queryRunner.query(`
      INSERT INTO follow_up_calls (event_id, ticket_id, result, satisfaction, recorded_at)
      SELECT event_id, ticket_id, split_part(reason, ', ', 1), split_part(reason, ', ', 2), at
      FROM ticket_timeline_entries
      WHERE kind = 'ticket.follow-up-recorded.v1'
        AND split_part(reason, ', ', 1) IN ('resolved', 'partly-resolved', 'unresolved')
        AND split_part(reason, ', ', 2) IN ('satisfied', 'basically-satisfied', 'dissatisfied')
      ON CONFLICT (event_id) DO NOTHING`);

    await queryRunner.query(
      `CREATE INDEX tickets_ticket_number_prefix_idx ON tickets (ticket_number varchar_pattern_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX tickets_ticket_number_prefix_idx');
    await queryRunner.query('DROP TABLE follow_up_calls');
  }
}

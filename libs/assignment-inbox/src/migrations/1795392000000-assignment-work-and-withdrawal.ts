import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Start, completion and withdrawal of an assignment, and withdrawals that arrive before their
 * request. Columns are nullable: rows written before this migration have none of them.
 */
export class AssignmentWorkAndWithdrawal1795392000000 implements MigrationInterface {
  name = 'AssignmentWorkAndWithdrawal1795392000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE assignments
        ADD COLUMN started_by varchar(100),
        ADD COLUMN started_at timestamptz,
        ADD COLUMN start_note varchar(2000),
        ADD COLUMN completed_by varchar(100),
        ADD COLUMN completed_at timestamptz,
        ADD COLUMN completion_outcome varchar(20),
        ADD COLUMN completion_result varchar(4000),
        ADD COLUMN withdrawal_reason varchar(40),
        ADD COLUMN withdrawn_at timestamptz`);
    await queryRunner.query(`
      CREATE TABLE early_withdrawals (
        assignment_id uuid PRIMARY KEY,
        ticket_id uuid NOT NULL,
        agency_id text NOT NULL,
        reason varchar(40) NOT NULL,
        withdrawn_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE early_withdrawals');
    await queryRunner.query(`
      ALTER TABLE assignments
        DROP COLUMN started_by,
        DROP COLUMN started_at,
        DROP COLUMN start_note,
        DROP COLUMN completed_by,
        DROP COLUMN completed_at,
        DROP COLUMN completion_outcome,
        DROP COLUMN completion_result,
        DROP COLUMN withdrawal_reason,
        DROP COLUMN withdrawn_at`);
  }
}

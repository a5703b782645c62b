import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The assignment inbox table. Shared by the services that keep an inbox; each lists it in its
 * own migrations and runs it against its own database.
 */
export class CreateAssignmentInbox1732406400000 implements MigrationInterface {
  name = 'CreateAssignmentInbox1732406400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE assignments (
        assignment_id uuid PRIMARY KEY,
        ticket_id uuid NOT NULL,
        ticket_number text NOT NULL,
        agency_id text NOT NULL,
        agency_type varchar(40) NOT NULL,
        agency_name text NOT NULL,
        agency_region_code varchar(12) NOT NULL,
        request_type varchar(40) NOT NULL,
        legal_category varchar(40) NOT NULL,
        region_code varchar(12) NOT NULL,
        summary text NOT NULL,
        caller jsonb NOT NULL,
        flags jsonb NOT NULL,
        routing_explanation jsonb NOT NULL,
        acceptance_deadline timestamptz NOT NULL,
        requested_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL,
        correlation_id varchar(100) NOT NULL,
        status varchar(20) NOT NULL,
        decided_by varchar(100),
        decided_at timestamptz,
        rejection_reason varchar(40),
        decision_note varchar(2000)
      )`);
    // The inbox view: one body's assignments, by status, soonest deadline first.
    await queryRunner.query(`CREATE INDEX assignments_inbox_idx ON assignments (agency_id, status, acceptance_deadline)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE assignments');
  }
}

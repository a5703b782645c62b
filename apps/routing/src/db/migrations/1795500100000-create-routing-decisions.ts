import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Routing decisions with their explanations, and the assignments they created. */
export class CreateRoutingDecisions1795500100000 implements MigrationInterface {
  name = 'CreateRoutingDecisions1795500100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE routing_decisions (
        id uuid PRIMARY KEY,
        ticket_id uuid NOT NULL,
        outcome varchar(20) NOT NULL,
        agency_id varchar(100),
        assignment_id uuid,
        explanation jsonb NOT NULL,
        decided_at timestamptz NOT NULL,
        CONSTRAINT routing_decisions_outcome_check CHECK (outcome IN ('assigned', 'no-destination'))
      )`);
    await queryRunner.query(`CREATE INDEX routing_decisions_ticket_idx ON routing_decisions (ticket_id, decided_at)`);
    await queryRunner.query(`
      CREATE TABLE assignments (
        id uuid PRIMARY KEY,
        ticket_id uuid NOT NULL,
        agency_id varchar(100) NOT NULL,
        status varchar(20) NOT NULL,
        rejection_reason varchar(40),
        requested_at timestamptz NOT NULL,
        acceptance_deadline timestamptz NOT NULL,
        decided_at timestamptz,
        CONSTRAINT assignments_status_check CHECK (status IN ('requested', 'accepted', 'rejected'))
      )`);
    await queryRunner.query(`CREATE INDEX assignments_ticket_idx ON assignments (ticket_id)`);
    // Counting a body's open load reads only the requested rows.
    await queryRunner.query(`CREATE INDEX assignments_open_load_idx ON assignments (agency_id) WHERE status = 'requested'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE assignments');
    await queryRunner.query('DROP TABLE routing_decisions');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Re-routing: a copy of what routing needs of each ticket, what became of each hand-off (note of
 * a rejection, withdrawal), the acceptance rule of each assignment, and bounce-back decisions.
 */
export class KeepRoutedTicketsAndHandOffs1795500200000 implements MigrationInterface {
  name = 'KeepRoutedTicketsAndHandOffs1795500200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE routed_tickets (
        ticket_id uuid PRIMARY KEY,
        ticket_number varchar(100) NOT NULL,
        channel varchar(20) NOT NULL,
        request_type varchar(40) NOT NULL,
        legal_category varchar(40) NOT NULL,
        region_code varchar(12) NOT NULL,
        matter_location jsonb NOT NULL,
        caller jsonb NOT NULL,
        flags jsonb NOT NULL,
        summary varchar(4000) NOT NULL,
        correlation_id varchar(100) NOT NULL,
        state varchar(20) NOT NULL,
        received_at timestamptz NOT NULL,
        state_changed_at timestamptz,
        CONSTRAINT routed_tickets_state_check CHECK (state IN ('open', 'returned-to-owner', 'closed', 'merged'))
      )`);

    await queryRunner.query(`
      ALTER TABLE assignments
        ADD COLUMN agency_name varchar(200),
        ADD COLUMN routed_on_region_code varchar(12),
        ADD COLUMN priority varchar(20),
        ADD COLUMN acceptance_rule varchar(80),
        ADD COLUMN rejection_note varchar(2000),
        ADD COLUMN withdrawal_reason varchar(40),
        ADD COLUMN withdrawn_at timestamptz`);
    // Earlier assignments: the body's name as the directory has it, the region their decision was keyed on.
    await queryRunner.query(`UPDATE assignments a SET agency_name = g.name FROM agencies g WHERE g.id = a.agency_id`);
    await queryRunner.query(`UPDATE assignments SET agency_name = agency_id WHERE agency_name IS NULL`);
    await queryRunner.query(`ALTER TABLE assignments ALTER COLUMN agency_name SET NOT NULL`);
    await queryRunner.query(`
      UPDATE assignments a SET routed_on_region_code = d.explanation->>'routedOnRegionCode'
      FROM routing_decisions d WHERE d.assignment_id = a.id`);
    await queryRunner.query(`ALTER TABLE assignments DROP CONSTRAINT assignments_status_check`);
    await queryRunner.query(
      `ALTER TABLE assignments ADD CONSTRAINT assignments_status_check CHECK (status IN ('requested', 'accepted', 'rejected', 'withdrawn'))`,
    );

    await queryRunner.query(`ALTER TABLE routing_decisions ADD COLUMN acceptance jsonb`);
    await queryRunner.query(`ALTER TABLE routing_decisions DROP CONSTRAINT routing_decisions_outcome_check`);
    await queryRunner.query(
      `ALTER TABLE routing_decisions ADD CONSTRAINT routing_decisions_outcome_check CHECK (outcome IN ('assigned', 'no-destination', 'returned-to-owner'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM routing_decisions WHERE outcome = 'returned-to-owner'`);
    await queryRunner.query(`ALTER TABLE routing_decisions DROP CONSTRAINT routing_decisions_outcome_check`);
    await queryRunner.query(
      `ALTER TABLE routing_decisions ADD CONSTRAINT routing_decisions_outcome_check CHECK (outcome IN ('assigned', 'no-destination'))`,
    );
    await queryRunner.query(`ALTER TABLE routing_decisions DROP COLUMN acceptance`);
    // A withdrawn assignment no longer holds the body's load: the nearest earlier status.
    await queryRunner.query(`UPDATE assignments SET status = 'rejected' WHERE status = 'withdrawn'`);
    await queryRunner.query(`ALTER TABLE assignments DROP CONSTRAINT assignments_status_check`);
    await queryRunner.query(
      `ALTER TABLE assignments ADD CONSTRAINT assignments_status_check CHECK (status IN ('requested', 'accepted', 'rejected'))`,
    );
    await queryRunner.query(`
      ALTER TABLE assignments
        DROP COLUMN agency_name, DROP COLUMN routed_on_region_code, DROP COLUMN priority, DROP COLUMN acceptance_rule,
        DROP COLUMN rejection_note, DROP COLUMN withdrawal_reason, DROP COLUMN withdrawn_at`);
    await queryRunner.query('DROP TABLE routed_tickets');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tickets, their timeline and the ticket number sequence. */
export class CreateTickets1795400000000 implements MigrationInterface {
  name = 'CreateTickets1795400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The NNNNNN of 12348-YYYYMMDD-NNNNNN; never restarts, so numbers stay unique across days.
    await queryRunner.query(`CREATE SEQUENCE ticket_number_seq AS bigint START WITH 1`);
    await queryRunner.query(`
      CREATE TABLE tickets (
        id uuid PRIMARY KEY,
        ticket_number varchar(32) NOT NULL,
        status varchar(30) NOT NULL,
        channel varchar(20) NOT NULL,
        request_type varchar(40) NOT NULL,
        legal_category varchar(40) NOT NULL,
        region_code varchar(12) NOT NULL,
        matter_location jsonb NOT NULL,
        summary text NOT NULL,
        flags jsonb NOT NULL,
        caller_name varchar(100) NOT NULL,
        caller_phone varchar(20) NOT NULL,
        caller_id_number varchar(18),
        caller_language varchar(20) NOT NULL,
        caller_accessibility_needs jsonb NOT NULL,
        first_contact_platform varchar(20) NOT NULL,
        first_contact_organisation varchar(200) NOT NULL,
        first_contact_agent varchar(100),
        first_contact_received_at timestamptz NOT NULL,
        partner_reference varchar(100),
        current_assignment_id uuid,
        current_handler_agency_id varchar(100),
        current_handler_agency_type varchar(30),
        current_handler_name varchar(200),
        current_handler_since timestamptz,
        past_assignment_ids uuid[] NOT NULL,
        opened_at timestamptz NOT NULL,
        correlation_id varchar(100) NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT tickets_ticket_number_key UNIQUE (ticket_number)
      )`);
    await queryRunner.query(`CREATE INDEX tickets_opened_at_idx ON tickets (opened_at, id)`);
    await queryRunner.query(`CREATE INDEX tickets_status_idx ON tickets (status)`);
    await queryRunner.query(`CREATE INDEX tickets_region_code_prefix_idx ON tickets (region_code varchar_pattern_ops)`);
    await queryRunner.query(`
      CREATE TABLE ticket_timeline_entries (
        id bigserial PRIMARY KEY,
        ticket_id uuid NOT NULL,
        event_id uuid NOT NULL,
        at timestamptz NOT NULL,
        source varchar(30) NOT NULL,
        actor varchar(200),
        kind varchar(100) NOT NULL,
        status_after varchar(30) NOT NULL,
        reason text,
        note text,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ticket_timeline_entries_event_id_key UNIQUE (event_id),
        CONSTRAINT ticket_timeline_entries_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES tickets (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX ticket_timeline_entries_ticket_idx ON ticket_timeline_entries (ticket_id, at, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE ticket_timeline_entries');
    await queryRunner.query('DROP TABLE tickets');
    await queryRunner.query('DROP SEQUENCE ticket_number_seq');
  }
}

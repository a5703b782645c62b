import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Outbound transfers to partner hotlines: each partner's delivery endpoint, the transfers and their delivery, and per-partner delivery state. */
export class CreatePartnerTransferTables1795473702449 implements MigrationInterface {
  name = 'CreatePartnerTransferTables1795473702449';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE partner_endpoints (
        partner_code varchar(10) PRIMARY KEY CONSTRAINT partner_endpoints_partner_fk REFERENCES partners (code),
        url varchar(2000) NOT NULL,
        signing_secret varchar(200) NOT NULL,
        registered_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE partner_transfers (
        transfer_id uuid PRIMARY KEY,
        ticket_id uuid NOT NULL,
        ticket_number varchar(100) NOT NULL,
        partner_code varchar(10) NOT NULL CONSTRAINT partner_transfers_partner_fk REFERENCES partners (code),
        reason varchar(20) NOT NULL,
        urgent boolean NOT NULL,
        payload jsonb NOT NULL,
        state varchar(20) NOT NULL,
        attempts integer NOT NULL,
        next_attempt_at timestamptz,
        last_attempt_at timestamptz,
        last_error varchar(1000),
        last_alert_at timestamptz,
        delivered_at timestamptz,
        partner_reference varchar(100),
        requested_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL,
        correlation_id varchar(100) NOT NULL,
        requested_event_id uuid NOT NULL,
        CONSTRAINT partner_transfers_state_check CHECK (state IN ('pending', 'failing', 'delivered')),
        CONSTRAINT partner_transfers_reason_check CHECK (reason IN ('danger', 'not-ours'))
      )`);
    // The worker's query: open transfers that are due, oldest due first. Delivered ones have no
    // next attempt (NULL), so they never match.
    await queryRunner.query(`CREATE INDEX partner_transfers_due_idx ON partner_transfers (next_attempt_at)`);
    await queryRunner.query(`CREATE INDEX partner_transfers_partner_idx ON partner_transfers (partner_code, state)`);
    await queryRunner.query(`
      CREATE TABLE partner_delivery_states (
        partner_code varchar(10) PRIMARY KEY CONSTRAINT partner_delivery_states_partner_fk REFERENCES partners (code),
        consecutive_failures integer NOT NULL,
        last_success_at timestamptz,
        last_failure_at timestamptz,
        last_error varchar(1000)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE partner_delivery_states');
    await queryRunner.query('DROP TABLE partner_transfers');
    await queryRunner.query('DROP TABLE partner_endpoints');
  }
}

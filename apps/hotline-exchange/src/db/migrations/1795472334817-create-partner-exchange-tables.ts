import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The four partners and their API keys, forwarded cases with their partner-visible history, and idempotency records. */
export class CreatePartnerExchangeTables1795472334817 implements MigrationInterface {
  name = 'CreatePartnerExchangeTables1795472334817';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE partners (
        code varchar(10) PRIMARY KEY,
        name varchar(200) NOT NULL,
        status varchar(20) NOT NULL,
        created_at timestamptz NOT NULL,
        CONSTRAINT partners_code_check CHECK (code IN ('12345', '110', '12355', '12368')),
        CONSTRAINT partners_status_check CHECK (status IN ('active', 'suspended'))
      )`);
    // The partner hotlines are a closed set (PARTNER_HOTLINES in the contracts), so they exist from
    // the start; a key still has to be issued before any of them can call. Names can be changed.
    await queryRunner.query(`
      INSERT INTO partners (code, name, status, created_at) VALUES
        ('12345', '12345政务服务便民热线', 'active', now()),
        ('110', '110报警服务台', 'active', now()),
        ('12355', '12355青少年服务台', 'active', now()),
        ('12368', '12368诉讼服务热线', 'active', now())`);
    await queryRunner.query(`
      CREATE TABLE partner_api_keys (
        key_id varchar(20) PRIMARY KEY,
        partner_code varchar(10) NOT NULL CONSTRAINT partner_api_keys_partner_fk REFERENCES partners (code),
        secret_hash char(64) NOT NULL,
        created_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX partner_api_keys_partner_idx ON partner_api_keys (partner_code)`);
    await queryRunner.query(`
      CREATE TABLE partner_cases (
        ticket_id uuid PRIMARY KEY,
        partner_code varchar(10) NOT NULL CONSTRAINT partner_cases_partner_fk REFERENCES partners (code),
        partner_reference varchar(100) NOT NULL,
        received_at timestamptz NOT NULL,
        caller_consent_confirmed_at timestamptz NOT NULL,
        ticket_number varchar(100),
        status varchar(30) NOT NULL,
        handler_name varchar(200),
        handler_agency_type varchar(30),
        current_assignment_id uuid,
        routing_decided_at timestamptz,
        updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX partner_cases_feed_idx ON partner_cases (partner_code, updated_at, ticket_id)`);
    await queryRunner.query(`
      CREATE TABLE partner_case_updates (
        id bigserial PRIMARY KEY,
        ticket_id uuid NOT NULL CONSTRAINT partner_case_updates_case_fk REFERENCES partner_cases (ticket_id),
        at timestamptz NOT NULL,
        status varchar(30) NOT NULL,
        note varchar(500) NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX partner_case_updates_ticket_idx ON partner_case_updates (ticket_id, at)`);
    await queryRunner.query(`
      CREATE TABLE partner_requests (
        partner_code varchar(10) NOT NULL CONSTRAINT partner_requests_partner_fk REFERENCES partners (code),
        idempotency_key varchar(100) NOT NULL,
        request_fingerprint char(64) NOT NULL,
        response_status smallint NOT NULL,
        response_body jsonb NOT NULL,
        ticket_id uuid NOT NULL,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (partner_code, idempotency_key)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE partner_requests');
    await queryRunner.query('DROP TABLE partner_case_updates');
    await queryRunner.query('DROP TABLE partner_cases');
    await queryRunner.query('DROP TABLE partner_api_keys');
    await queryRunner.query('DROP TABLE partners');
  }
}

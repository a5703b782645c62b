import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Partner hotlines whose forwarded tickets and referrals are owned or watched as `partner-hotline:<number>`. */
const PARTNER_HOTLINES = `('110', '12345', '12355', '12368')`;

/**
 * Identity and access: the first-contact organisation and the actors of timeline entries by the
 * ids the identity provider gives them (owner rules and read scopes compare ids, never names),
 * watchers by id, the caller's lookup reference and code hash, the access trail of unmasked
 * caller reads, failed lookups for the per-reference limit, and idempotent openings.
 */
export class IdentityAndAccess1795600000000 implements MigrationInterface {
  name = 'IdentityAndAccess1795600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE tickets
        ADD COLUMN first_contact_organisation_id varchar(200),
        ADD COLUMN first_contact_agent_id varchar(200),
        ADD COLUMN public_reference varchar(10),
        ADD COLUMN lookup_code_hash varchar(64)`);
    // Tickets opened before kept only the organisation's display name, which anyone could type.
    // Partner forwards are known by the partner's number; the others get an id no token carries
    // (`legacy:<name>`), so nobody owns them by name: supervisors still see them in their area,
    // and an administrator maps them to real ids with one UPDATE per organisation.
    await queryRunner.query(`
      UPDATE tickets SET first_contact_organisation_id = CASE
        WHEN channel = 'partner' THEN 'partner-hotline:' || first_contact_platform
        ELSE left('legacy:' || first_contact_organisation, 200) END`);
    await queryRunner.query(`ALTER TABLE tickets ALTER COLUMN first_contact_organisation_id SET NOT NULL`);
    await queryRunner.query(`
      UPDATE tickets SET watchers = (
        SELECT jsonb_agg(
          watcher || jsonb_build_object('organisationId', CASE
            WHEN watcher->>'organisation' IN ${PARTNER_HOTLINES} THEN 'partner-hotline:' || (watcher->>'organisation')
            ELSE left('legacy:' || (watcher->>'organisation'), 200) END)
          ORDER BY position)
        FROM jsonb_array_elements(watchers) WITH ORDINALITY AS w(watcher, position))
      WHERE jsonb_array_length(watchers) > 0`);
    await queryRunner.query(`DROP INDEX tickets_first_contact_owner_idx`);
    await queryRunner.query(`CREATE INDEX tickets_first_contact_owner_idx ON tickets (first_contact_organisation_id, opened_at)`);
    await queryRunner.query(`CREATE INDEX tickets_hops_idx ON tickets USING gin (hops jsonb_path_ops)`);
    await queryRunner.query(`ALTER TABLE tickets ADD CONSTRAINT tickets_public_reference_key UNIQUE (public_reference)`);

    await queryRunner.query(`
      ALTER TABLE ticket_timeline_entries
        ADD COLUMN actor_organisation_id varchar(200),
        ADD COLUMN actor_id varchar(200)`);

    await queryRunner.query(`
      CREATE TABLE pii_access_trail (
        id uuid PRIMARY KEY,
        ticket_id uuid NOT NULL,
        accessor_subject varchar(200) NOT NULL,
        accessor_name varchar(200) NOT NULL,
        accessor_organisation_id varchar(200) NOT NULL,
        accessor_organisation_name varchar(200) NOT NULL,
        fields text[] NOT NULL,
        purpose varchar(40) NOT NULL,
        accessed_at timestamptz NOT NULL,
        correlation_id varchar(100) NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX pii_access_trail_ticket_idx ON pii_access_trail (ticket_id, accessed_at)`);
    await queryRunner.query(`CREATE INDEX pii_access_trail_accessed_at_idx ON pii_access_trail (accessed_at, id)`);

    await queryRunner.query(`
      CREATE TABLE ticket_lookup_failures (
        id bigserial PRIMARY KEY,
        reference varchar(10) NOT NULL,
        failed_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX ticket_lookup_failures_reference_idx ON ticket_lookup_failures (reference, failed_at)`);
    await queryRunner.query(`CREATE INDEX ticket_lookup_failures_failed_at_idx ON ticket_lookup_failures (failed_at)`);

    await queryRunner.query(`
      CREATE TABLE ticket_opening_requests (
        organisation_id varchar(200) NOT NULL,
        idempotency_key varchar(200) NOT NULL,
        request_hash varchar(64) NOT NULL,
        ticket_id uuid NOT NULL,
        answer jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, idempotency_key)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE ticket_opening_requests');
    await queryRunner.query('DROP TABLE ticket_lookup_failures');
    await queryRunner.query('DROP TABLE pii_access_trail');
    await queryRunner.query(`ALTER TABLE ticket_timeline_entries DROP COLUMN actor_organisation_id, DROP COLUMN actor_id`);
    await queryRunner.query(`ALTER TABLE tickets DROP CONSTRAINT tickets_public_reference_key`);
    await queryRunner.query('DROP INDEX tickets_hops_idx');
    await queryRunner.query('DROP INDEX tickets_first_contact_owner_idx');
    await queryRunner.query(`CREATE INDEX tickets_first_contact_owner_idx ON tickets (first_contact_organisation, opened_at)`);
    await queryRunner.query(`
      UPDATE tickets SET watchers = (
        SELECT jsonb_agg(watcher - 'organisationId' ORDER BY position)
        FROM jsonb_array_elements(watchers) WITH ORDINALITY AS w(watcher, position))
      WHERE jsonb_array_length(watchers) > 0`);
    await queryRunner.query(`
      ALTER TABLE tickets
        DROP COLUMN first_contact_organisation_id,
        DROP COLUMN first_contact_agent_id,
        DROP COLUMN public_reference,
        DROP COLUMN lookup_code_hash`);
  }
}

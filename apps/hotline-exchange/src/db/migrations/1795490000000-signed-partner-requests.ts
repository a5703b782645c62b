import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partner requests are signed (Standard Webhooks) instead of carrying a bearer key. Keys now keep
 * their secret sealed, since the exchange recomputes the HMAC; the hashed secrets of the former
 * scheme cannot sign anything, so those keys are revoked and issued anew. Used webhook-ids and
 * failed authentications are remembered for their windows.
 */
export class SignedPartnerRequests1795490000000 implements MigrationInterface {
  name = 'SignedPartnerRequests1795490000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE partner_api_keys
        ADD COLUMN sealed_secret bytea,
        ADD COLUMN created_by jsonb,
        ADD COLUMN revoked_by jsonb,
        ADD COLUMN last_used_at timestamptz`);
    await queryRunner.query(`UPDATE partner_api_keys SET revoked_at = now() WHERE revoked_at IS NULL`);
    await queryRunner.query(`ALTER TABLE partner_api_keys DROP COLUMN secret_hash`);
    await queryRunner.query(`
      CREATE TABLE partner_message_ids (
        partner_code varchar(10) NOT NULL CONSTRAINT partner_message_ids_partner_fk REFERENCES partners (code),
        message_id varchar(100) NOT NULL,
        key_id varchar(20) NOT NULL,
        signed_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL,
        PRIMARY KEY (partner_code, message_id)
      )`);
    await queryRunner.query(`CREATE INDEX partner_message_ids_signed_idx ON partner_message_ids (signed_at)`);
    await queryRunner.query(`
      CREATE TABLE partner_auth_failures (
        id bigserial PRIMARY KEY,
        key_id varchar(20) NOT NULL,
        reason varchar(60) NOT NULL,
        failed_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX partner_auth_failures_key_idx ON partner_auth_failures (key_id, failed_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE partner_auth_failures');
    await queryRunner.query('DROP TABLE partner_message_ids');
    // The former scheme's hashes are gone: every key stays revoked.
    await queryRunner.query(`UPDATE partner_api_keys SET revoked_at = now() WHERE revoked_at IS NULL`);
    await queryRunner.query(`ALTER TABLE partner_api_keys ADD COLUMN secret_hash char(64) NOT NULL DEFAULT repeat('0', 64)`);
    await queryRunner.query(`ALTER TABLE partner_api_keys ALTER COLUMN secret_hash DROP DEFAULT`);
    await queryRunner.query(`
      ALTER TABLE partner_api_keys
        DROP COLUMN sealed_secret,
        DROP COLUMN created_by,
        DROP COLUMN revoked_by,
        DROP COLUMN last_used_at`);
  }
}

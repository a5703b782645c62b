import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deliveries are signed with Standard Webhooks, with up to two sealed secrets per partner (so a
 * secret can be replaced without downtime), instead of one body-only secret kept in clear. Those
 * secrets are dropped: the migration cannot seal them, and the partners verify another scheme
 * now. Until an administrator adds a secret, deliveries to such a partner fail and are retried.
 */
export class SignedPartnerDeliveries1795490000002 implements MigrationInterface {
  name = 'SignedPartnerDeliveries1795490000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE partner_delivery_secrets (
        secret_id varchar(20) PRIMARY KEY,
        partner_code varchar(10) NOT NULL CONSTRAINT partner_delivery_secrets_partner_fk REFERENCES partners (code),
        sealed_secret bytea NOT NULL,
        created_at timestamptz NOT NULL,
        created_by jsonb,
        revoked_at timestamptz,
        revoked_by jsonb
      )`);
    await queryRunner.query(`CREATE INDEX partner_delivery_secrets_partner_idx ON partner_delivery_secrets (partner_code)`);
    await queryRunner.query(`ALTER TABLE partner_endpoints DROP COLUMN signing_secret`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The secrets were sealed with a key the database does not hold: endpoints get a random one.
    await queryRunner.query(`ALTER TABLE partner_endpoints ADD COLUMN signing_secret varchar(200) NOT NULL DEFAULT md5(random()::text) || md5(random()::text)`);
    await queryRunner.query(`ALTER TABLE partner_endpoints ALTER COLUMN signing_secret DROP DEFAULT`);
    await queryRunner.query('DROP TABLE partner_delivery_secrets');
  }
}

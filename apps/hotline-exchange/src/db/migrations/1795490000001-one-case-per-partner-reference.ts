import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One case per partner and reference, whatever the Idempotency-Key. Existing cases claim their
 * references, the earliest first; if a reference was used twice before, the later cases stay as
 * they are, and no further case can take it.
 */
export class OneCasePerPartnerReference1795490000001 implements MigrationInterface {
  name = 'OneCasePerPartnerReference1795490000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE partner_references (
        partner_code varchar(10) NOT NULL CONSTRAINT partner_references_partner_fk REFERENCES partners (code),
        partner_reference varchar(100) NOT NULL,
        ticket_id uuid NOT NULL,
        request_fingerprint char(64) NOT NULL,
        received_at timestamptz NOT NULL,
        PRIMARY KEY (partner_code, partner_reference)
      )`);
    await queryRunner.query(`
      INSERT INTO partner_references (partner_code, partner_reference, ticket_id, request_fingerprint, received_at)
      SELECT DISTINCT ON (c.partner_code, c.partner_reference) c.partner_code, c.partner_reference, c.ticket_id, r.request_fingerprint, c.received_at
        FROM partner_cases c
        JOIN partner_requests r ON r.partner_code = c.partner_code AND r.ticket_id = c.ticket_id
       ORDER BY c.partner_code, c.partner_reference, c.received_at, c.ticket_id`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE partner_references');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit trail of directory changes made through the API. */
export class CreateAgencyAudit1795500500000 implements MigrationInterface {
  name = 'CreateAgencyAudit1795500500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE agency_audit (
        id bigserial PRIMARY KEY,
        agency_id varchar(100) NOT NULL,
        change_kind varchar(40) NOT NULL,
        before jsonb NOT NULL,
        after jsonb NOT NULL,
        changed_by varchar(100) NOT NULL,
        reason varchar(500) NOT NULL,
        changed_at timestamptz NOT NULL,
        CONSTRAINT agency_audit_change_kind_check
          CHECK (change_kind IN ('agency-updated', 'agency-closed', 'jurisdiction-added', 'jurisdiction-ended'))
      )`);
    await queryRunner.query(`CREATE INDEX agency_audit_agency_idx ON agency_audit (agency_id, id)`);
    await queryRunner.query(`CREATE INDEX agency_audit_changed_at_idx ON agency_audit (changed_at, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE agency_audit');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Directory changes are made by signed-in directory administrators: the audit keeps the access
 * token's subject beside the display name. Nullable: older rows name only who the body said.
 */
export class AuditDirectoryChangesBySubject1795500600000 implements MigrationInterface {
  name = 'AuditDirectoryChangesBySubject1795500600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE agency_audit ADD COLUMN changed_by_id varchar(200)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE agency_audit DROP COLUMN changed_by_id`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who decided, started and completed an assignment, as their access token's subject beside the
 * display name: a name can be shared or changed, the subject cannot. Nullable: rows written
 * before staff signed in have none.
 */
export class RecordStaffSubjects1796200000000 implements MigrationInterface {
  name = 'RecordStaffSubjects1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE assignments
        ADD COLUMN decided_by_id varchar(200),
        ADD COLUMN started_by_id varchar(200),
        ADD COLUMN completed_by_id varchar(200)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE assignments
        DROP COLUMN decided_by_id,
        DROP COLUMN started_by_id,
        DROP COLUMN completed_by_id`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The partner's view remembers its status before a merge, so undoing the merge restores it. */
export class PartnerCaseMergeMemory1795480000000 implements MigrationInterface {
  name = 'PartnerCaseMergeMemory1795480000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE partner_cases ADD COLUMN status_before_merge varchar(30)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE partner_cases DROP COLUMN status_before_merge');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The acceptance figures read the hand-offs made in a period. */
export class IndexHandOffsByRequestTime1795500700000 implements MigrationInterface {
  name = 'IndexHandOffsByRequestTime1795500700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX assignments_requested_at_idx ON assignments (requested_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX assignments_requested_at_idx');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The hotline desk (坐席): how each ticket is handled (`desk`, kept and answered there, or
 * `dispatch`, sent to routing; every ticket so far was dispatched), the answer it was resolved
 * with at first contact (即时办结) with who and when as columns for the per-agent figures, the
 * record of a desk ticket turned into a work order, the special line (专线) it came in on, and
 * whether it was drawn for the follow-up call. The desk's queue reads the tickets waiting there
 * through a partial index.
 */
export class HotlineDesk1795900000000 implements MigrationInterface {
  name = 'HotlineDesk1795900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE tickets
        ADD COLUMN handling varchar(10) NOT NULL DEFAULT 'dispatch',
        ADD COLUMN desk_resolution jsonb,
        ADD COLUMN resolved_at_first_contact_at timestamptz,
        ADD COLUMN resolved_by_id varchar(200),
        ADD COLUMN dispatch jsonb,
        ADD COLUMN special_line_code varchar(40),
        ADD COLUMN follow_up_sampled boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`CREATE INDEX tickets_resolved_by_idx ON tickets (resolved_by_id, resolved_at_first_contact_at)`);
    await queryRunner.query(`CREATE INDEX tickets_special_line_idx ON tickets (special_line_code, opened_at)`);
    await queryRunner.query(`CREATE INDEX tickets_at_desk_idx ON tickets (responsible_organisation_id, opened_at) WHERE status = 'at-desk'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX tickets_at_desk_idx');
    await queryRunner.query('DROP INDEX tickets_special_line_idx');
    await queryRunner.query('DROP INDEX tickets_resolved_by_idx');
    await queryRunner.query(`
      ALTER TABLE tickets
        DROP COLUMN handling,
        DROP COLUMN desk_resolution,
        DROP COLUMN resolved_at_first_contact_at,
        DROP COLUMN resolved_by_id,
        DROP COLUMN dispatch,
        DROP COLUMN special_line_code,
        DROP COLUMN follow_up_sampled`);
  }
}

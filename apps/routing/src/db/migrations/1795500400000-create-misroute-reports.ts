import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Counts of "not ours" rejections per legal category, county-level region, body and reason. */
export class CreateMisrouteReports1795500400000 implements MigrationInterface {
  name = 'CreateMisrouteReports1795500400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE misroute_reports (
        legal_category varchar(40) NOT NULL,
        region_code varchar(6) NOT NULL,
        agency_id varchar(100) NOT NULL,
        reason varchar(40) NOT NULL,
        count integer NOT NULL,
        first_seen_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        last_note varchar(2000),
        last_ticket_id uuid NOT NULL,
        PRIMARY KEY (legal_category, region_code, agency_id, reason)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE misroute_reports');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The directory of receiving bodies and the regions each serves. */
export class CreateAgencyDirectory1795500000000 implements MigrationInterface {
  name = 'CreateAgencyDirectory1795500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE agencies (
        id varchar(100) PRIMARY KEY,
        type varchar(40) NOT NULL,
        name varchar(200) NOT NULL,
        region_code varchar(12) NOT NULL,
        level varchar(20) NOT NULL,
        request_types text[] NOT NULL,
        legal_categories text[] NOT NULL,
        languages text[] NOT NULL,
        availability varchar(20) NOT NULL,
        duty_hours jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT agencies_availability_check CHECK (availability IN ('normal', 'unstaffed', 'overloaded'))
      )`);
    await queryRunner.query(`
      CREATE TABLE agency_jurisdictions (
        agency_id varchar(100) NOT NULL,
        region_code varchar(12) NOT NULL,
        effective_from date NOT NULL,
        effective_to date,
        PRIMARY KEY (agency_id, region_code, effective_from),
        CONSTRAINT agency_jurisdictions_agency_id_fkey FOREIGN KEY (agency_id) REFERENCES agencies (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX agency_jurisdictions_region_code_idx ON agency_jurisdictions (region_code varchar_pattern_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE agency_jurisdictions');
    await queryRunner.query('DROP TABLE agencies');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The duty rota (值班) of the hotline, network and station platforms, one table for all three,
 * and the online question queue (网络咨询).
 *
 * One person is on one shift at a time. Where the database offers btree_gist (PostgreSQL's
 * contrib, a trusted extension the database owner may create) an exclusion constraint holds
 * that; where it does not, the rota's handler alone does, checking under a lock on the person's
 * rota record, as it always does to answer with the clashing shift.
 */
export class DutyRotaAndOnlineQuestions1795920000000 implements MigrationInterface {
  name = 'DutyRotaAndOnlineQuestions1795920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE duty_staff (
        subject varchar(200) PRIMARY KEY,
        name varchar(100) NOT NULL,
        organisation_id varchar(200) NOT NULL,
        organisation varchar(200) NOT NULL,
        platforms text[] NOT NULL,
        languages text[] NOT NULL,
        legal_categories text[] NOT NULL,
        active boolean NOT NULL,
        updated_by varchar(200) NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX duty_staff_organisation_idx ON duty_staff (organisation_id)`);

    await queryRunner.query(`
      CREATE TABLE duty_shifts (
        id uuid PRIMARY KEY,
        person_subject varchar(200) NOT NULL,
        organisation_id varchar(200) NOT NULL,
        platform varchar(10) NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        created_by varchar(200) NOT NULL,
        note varchar(500),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT duty_shifts_person_subject_fkey FOREIGN KEY (person_subject) REFERENCES duty_staff (subject) ON DELETE CASCADE,
        CONSTRAINT duty_shifts_platform_check CHECK (platform IN ('hotline', 'network', 'station')),
        CONSTRAINT duty_shifts_span_check CHECK (ends_at > starts_at)
      )`);
    await queryRunner.query(`CREATE INDEX duty_shifts_organisation_idx ON duty_shifts (organisation_id, starts_at)`);
    await queryRunner.query(`CREATE INDEX duty_shifts_person_idx ON duty_shifts (person_subject, starts_at)`);
    await queryRunner.query(`
      DO $$
      BEGIN
        CREATE EXTENSION IF NOT EXISTS btree_gist;
      EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'btree_gist unavailable (%): overlapping shifts are refused by the rota handler alone', SQLERRM;
      END $$`);
    await queryRunner.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'btree_gist') THEN
          ALTER TABLE duty_shifts ADD CONSTRAINT duty_shifts_no_overlap
            EXCLUDE USING gist (person_subject WITH =, tstzrange(starts_at, ends_at) WITH &&);
        END IF;
      END $$`);

    await queryRunner.query(`
      CREATE TABLE online_questions (
        ticket_id uuid PRIMARY KEY,
        language varchar(20) NOT NULL,
        legal_category varchar(40) NOT NULL,
        region_code varchar(12) NOT NULL,
        special_line_code varchar(40),
        priority varchar(20) NOT NULL,
        received_at timestamptz NOT NULL,
        due_at timestamptz NOT NULL,
        claimed_by varchar(200),
        claimed_by_name varchar(100),
        claimed_at timestamptz,
        answered_at timestamptz,
        overdue_alerted_at timestamptz,
        CONSTRAINT online_questions_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES tickets (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX online_questions_due_idx ON online_questions (due_at)`);
    await queryRunner.query(`CREATE INDEX online_questions_claimed_by_idx ON online_questions (claimed_by)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE online_questions');
    await queryRunner.query('DROP TABLE duty_shifts');
    await queryRunner.query('DROP TABLE duty_staff');
  }
}

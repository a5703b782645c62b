import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The Open311 service of each case posted through Open311 (the case view keeps no request type). */
export class Open311ServiceRequests1795800000002 implements MigrationInterface {
  name = 'Open311ServiceRequests1795800000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE open311_service_requests (
        ticket_id uuid PRIMARY KEY CONSTRAINT open311_service_requests_case_fk REFERENCES partner_cases (ticket_id),
        service_code varchar(40) NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE open311_service_requests');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The outbox and the processed-event log every service keeps in its own database. */
export class CreateMessagingTables1732320000000 implements MigrationInterface {
  name = 'CreateMessagingTables1732320000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        event_id uuid NOT NULL,
        aggregate_type varchar(100) NOT NULL,
        aggregate_id varchar(100) NOT NULL,
        type varchar(100) NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        CONSTRAINT "UQ_outbox_event_id" UNIQUE (event_id)
      )`);
    await queryRunner.query(`CREATE INDEX outbox_unpublished_idx ON outbox (id) WHERE published_at IS NULL`);
    await queryRunner.query(`
      CREATE TABLE processed_events (
        consumer varchar(100) NOT NULL,
        event_id uuid NOT NULL,
        event_type varchar(100) NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, event_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE processed_events');
    await queryRunner.query('DROP TABLE outbox');
  }
}

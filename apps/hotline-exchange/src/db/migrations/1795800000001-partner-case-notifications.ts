import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every entry of a partner case's history becomes a notification: a message id, a sequence per
 * case, a position in the partner's pull feed (from a counter row per partner) and its push
 * delivery state. The entries already recorded are numbered in the order they were recorded,
 * take the case's current ticket number and handler (what they were at the time is not known),
 * and are pushed once the partner has an endpoint: the API has no outside users yet, so a
 * partner sees its whole history once rather than a part of it.
 */
export class PartnerCaseNotifications1795800000001 implements MigrationInterface {
  name = 'PartnerCaseNotifications1795800000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE partner_case_feeds (
        partner_code varchar(10) PRIMARY KEY CONSTRAINT partner_case_feeds_partner_fk REFERENCES partners (code),
        last_position bigint NOT NULL
      )`);
    await queryRunner.query(`
      ALTER TABLE partner_case_updates
        ADD COLUMN partner_code varchar(10),
        ADD COLUMN message_id uuid,
        ADD COLUMN sequence integer,
        ADD COLUMN feed_position bigint,
        ADD COLUMN ticket_number varchar(100),
        ADD COLUMN handler_name varchar(200),
        ADD COLUMN handler_agency_type varchar(30),
        ADD COLUMN correlation_id varchar(100),
        ADD COLUMN cause_event_id uuid,
        ADD COLUMN delivery_state varchar(20),
        ADD COLUMN attempts integer,
        ADD COLUMN next_attempt_at timestamptz,
        ADD COLUMN last_attempt_at timestamptz,
        ADD COLUMN last_error varchar(1000),
        ADD COLUMN last_alert_at timestamptz,
        ADD COLUMN delivered_at timestamptz`);
    // The flow of an earlier entry was not kept; the shared ticket id ties its alerts to the case.
    await queryRunner.query(`
      UPDATE partner_case_updates u
         SET partner_code = c.partner_code, message_id = gen_random_uuid(), ticket_number = c.ticket_number,
             handler_name = c.handler_name, handler_agency_type = c.handler_agency_type, correlation_id = c.ticket_id::text,
             delivery_state = 'pending', attempts = 0
        FROM partner_cases c
       WHERE c.ticket_id = u.ticket_id`);
    await queryRunner.query(`
      UPDATE partner_case_updates u
         SET sequence = numbered.sequence, feed_position = numbered.feed_position,
             next_attempt_at = CASE WHEN numbered.sequence = 1 THEN now() END
        FROM (SELECT id,
                     row_number() OVER (PARTITION BY ticket_id ORDER BY id) AS sequence,
                     row_number() OVER (PARTITION BY partner_code ORDER BY id) AS feed_position
                FROM partner_case_updates) numbered
       WHERE numbered.id = u.id`);
    await queryRunner.query(`
      INSERT INTO partner_case_feeds (partner_code, last_position)
      SELECT p.code, coalesce(max(u.feed_position), 0) FROM partners p LEFT JOIN partner_case_updates u ON u.partner_code = p.code GROUP BY p.code`);
    for (const column of ['partner_code', 'message_id', 'sequence', 'feed_position', 'correlation_id', 'delivery_state', 'attempts']) {
      await queryRunner.query(`ALTER TABLE partner_case_updates ALTER COLUMN ${column} SET NOT NULL`);
    }
    await queryRunner.query(`
      ALTER TABLE partner_case_updates
        ADD CONSTRAINT partner_case_updates_ticket_sequence_key UNIQUE (ticket_id, sequence),
        ADD CONSTRAINT partner_case_updates_message_id_key UNIQUE (message_id),
        ADD CONSTRAINT partner_case_updates_feed_key UNIQUE (partner_code, feed_position),
        ADD CONSTRAINT partner_case_updates_delivery_state_check CHECK (delivery_state IN ('pending', 'failing', 'delivered'))`);
    // The worker's query: the due first undelivered change of each case, per partner with an
    // endpoint. Waiting and delivered changes have no due time (NULL), so they never match.
    await queryRunner.query(`CREATE INDEX partner_case_updates_due_idx ON partner_case_updates (partner_code, next_attempt_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX partner_case_updates_due_idx');
    await queryRunner.query(`
      ALTER TABLE partner_case_updates
        DROP CONSTRAINT partner_case_updates_delivery_state_check,
        DROP CONSTRAINT partner_case_updates_feed_key,
        DROP CONSTRAINT partner_case_updates_message_id_key,
        DROP CONSTRAINT partner_case_updates_ticket_sequence_key,
        DROP COLUMN delivered_at,
        DROP COLUMN last_alert_at,
        DROP COLUMN last_error,
        DROP COLUMN last_attempt_at,
        DROP COLUMN next_attempt_at,
        DROP COLUMN attempts,
        DROP COLUMN delivery_state,
        DROP COLUMN cause_event_id,
        DROP COLUMN correlation_id,
        DROP COLUMN handler_agency_type,
        DROP COLUMN handler_name,
        DROP COLUMN ticket_number,
        DROP COLUMN feed_position,
        DROP COLUMN sequence,
        DROP COLUMN message_id,
        DROP COLUMN partner_code`);
    await queryRunner.query('DROP TABLE partner_case_feeds');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

// jsonb records keep their times as ISO-8601 instants in UTC, as the repository writes them.
const ISO_UTC = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/**
 * The ticket lifecycle: hops, answer, follow-up call, result, watchers, partner transfers,
 * merges, supervision, priority and special-channel records, caller fingerprints for duplicate
 * suggestions; supervision alerts; a timeline entry per event and ticket (a merge writes one
 * event into two timelines).
 */
export class TicketLifecycle1795500000000 implements MigrationInterface {
  name = 'TicketLifecycle1795500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE tickets
        ADD COLUMN hops jsonb,
        ADD COLUMN priority varchar(20),
        ADD COLUMN means_test_exemption jsonb,
        ADD COLUMN special_channel jsonb,
        ADD COLUMN caller_phone_hash varchar(64),
        ADD COLUMN caller_id_number_hash varchar(64),
        ADD COLUMN watchers jsonb,
        ADD COLUMN transfers jsonb,
        ADD COLUMN answer jsonb,
        ADD COLUMN follow_up jsonb,
        ADD COLUMN handling_result jsonb,
        ADD COLUMN merge_record jsonb,
        ADD COLUMN under_supervision boolean`);
    // Tickets opened before: priority and special-channel records follow from their flags; the
    // current hand-off becomes their one known hop (earlier ones were not kept with their body;
    // an acceptance is dated by the last change, which was it). Their callers' fingerprints
    // cannot be made without the key, so they are never suggested as duplicates.
    await queryRunner.query(`
      UPDATE tickets SET
        priority = CASE
          WHEN (flags->>'urgent')::boolean OR COALESCE((flags->>'dangerous')::boolean, false) THEN 'urgent'
          WHEN (flags->>'migrantWorkerWageClaim')::boolean OR (flags->>'veteran')::boolean THEN 'green-channel'
          ELSE 'normal' END,
        means_test_exemption = CASE WHEN (flags->>'migrantWorkerWageClaim')::boolean THEN jsonb_build_object(
          'basis', 'Legal Aid Law Art. 42(3)',
          'reason', 'migrant worker claiming labour remuneration: no verification of financial hardship') END,
        special_channel = CASE WHEN (flags->>'veteran')::boolean THEN jsonb_build_object(
          'basis', 'Veterans Protection Law Art. 70',
          'reason', 'veteran: served with priority') END,
        hops = CASE WHEN current_assignment_id IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(jsonb_build_object(
          'assignmentId', current_assignment_id,
          'agencyId', current_handler_agency_id,
          'agencyType', current_handler_agency_type,
          'name', current_handler_name,
          'arrivedAt', to_char(current_handler_since AT TIME ZONE 'UTC', ${ISO_UTC}),
          'outcome', CASE WHEN status = 'accepted' THEN 'accepted' ELSE 'still-there' END,
          'leftAt', CASE WHEN status = 'accepted' THEN to_char(updated_at AT TIME ZONE 'UTC', ${ISO_UTC}) END,
          'reason', NULL,
          'startedAt', NULL,
          'completedAt', NULL)) END,
        watchers = '[]'::jsonb,
        transfers = '[]'::jsonb,
        under_supervision = false`);
    await queryRunner.query(`
      ALTER TABLE tickets
        ALTER COLUMN hops SET NOT NULL,
        ALTER COLUMN priority SET NOT NULL,
        ALTER COLUMN watchers SET NOT NULL,
        ALTER COLUMN transfers SET NOT NULL,
        ALTER COLUMN under_supervision SET NOT NULL`);
    await queryRunner.query(`CREATE INDEX tickets_caller_phone_hash_idx ON tickets (caller_phone_hash)`);
    await queryRunner.query(`CREATE INDEX tickets_caller_id_number_hash_idx ON tickets (caller_id_number_hash)`);
    await queryRunner.query(`CREATE INDEX tickets_first_contact_owner_idx ON tickets (first_contact_organisation, opened_at)`);
    await queryRunner.query(`CREATE INDEX tickets_watchers_idx ON tickets USING gin (watchers jsonb_path_ops)`);

    await queryRunner.query(`ALTER TABLE ticket_timeline_entries DROP CONSTRAINT ticket_timeline_entries_event_id_key`);
    await queryRunner.query(
      `ALTER TABLE ticket_timeline_entries ADD CONSTRAINT ticket_timeline_entries_ticket_event_key UNIQUE (ticket_id, event_id)`,
    );

    // Keyed by the event: the same alert may be raised again while its condition repeats.
    await queryRunner.query(`
      CREATE TABLE supervision_alerts (
        event_id uuid PRIMARY KEY,
        alert_id uuid NOT NULL,
        ticket_id uuid NOT NULL,
        kind varchar(40) NOT NULL,
        severity varchar(10) NOT NULL,
        message text NOT NULL,
        agency_id varchar(100),
        source varchar(30) NOT NULL,
        raised_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX supervision_alerts_raised_at_idx ON supervision_alerts (raised_at, event_id)`);
    await queryRunner.query(`CREATE INDEX supervision_alerts_ticket_idx ON supervision_alerts (ticket_id, raised_at)`);
    await queryRunner.query(`CREATE INDEX supervision_alerts_kind_idx ON supervision_alerts (kind, raised_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE supervision_alerts');
    await queryRunner.query(`ALTER TABLE ticket_timeline_entries DROP CONSTRAINT ticket_timeline_entries_ticket_event_key`);
    // Entries a merge wrote into the surviving ticket share their event with the duplicate's.
    await queryRunner.query(`
      DELETE FROM ticket_timeline_entries e USING ticket_timeline_entries f
      WHERE e.event_id = f.event_id AND e.id > f.id`);
    await queryRunner.query(`ALTER TABLE ticket_timeline_entries ADD CONSTRAINT ticket_timeline_entries_event_id_key UNIQUE (event_id)`);
    await queryRunner.query('DROP INDEX tickets_watchers_idx');
    await queryRunner.query('DROP INDEX tickets_first_contact_owner_idx');
    await queryRunner.query('DROP INDEX tickets_caller_id_number_hash_idx');
    await queryRunner.query('DROP INDEX tickets_caller_phone_hash_idx');
    await queryRunner.query(`
      ALTER TABLE tickets
        DROP COLUMN hops,
        DROP COLUMN priority,
        DROP COLUMN means_test_exemption,
        DROP COLUMN special_channel,
        DROP COLUMN caller_phone_hash,
        DROP COLUMN caller_id_number_hash,
        DROP COLUMN watchers,
        DROP COLUMN transfers,
        DROP COLUMN answer,
        DROP COLUMN follow_up,
        DROP COLUMN handling_result,
        DROP COLUMN merge_record,
        DROP COLUMN under_supervision`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The partner's business receipt of each transfer, beside its delivery: accepted or rejected
 * with a coded reason (and the next step suggested to the owner), the acceptance deadline and
 * whether it passed, the result, and progress notes in a table of their own.
 *
 * Transfers stored before this have no deadline (NULL): the business calendar that computes one
 * is not in the database, and a deadline made up now would bounce old transfers back to their
 * owners at once. They wait for the partner's answer without a clock.
 */
export class PartnerTransferReceipts1795800000000 implements MigrationInterface {
  name = 'PartnerTransferReceipts1795800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE partner_transfers
        ADD COLUMN receipt varchar(30) NOT NULL DEFAULT 'awaiting-acceptance',
        ADD COLUMN acceptance_due_at timestamptz,
        ADD COLUMN acceptance_overdue_at timestamptz,
        ADD COLUMN accepted_at timestamptz,
        ADD COLUMN accepted_by varchar(100),
        ADD COLUMN acceptance_note varchar(2000),
        ADD COLUMN accepted_late boolean,
        ADD COLUMN rejected_at timestamptz,
        ADD COLUMN rejection_reason varchar(30),
        ADD COLUMN rejection_note varchar(2000),
        ADD COLUMN rejection_next_step varchar(40),
        ADD COLUMN result_outcome varchar(30),
        ADD COLUMN result_action_taken varchar(2000),
        ADD COLUMN result_reply_to_caller varchar(2000),
        ADD COLUMN completed_at timestamptz,
        ADD COLUMN result_reported_at timestamptz,
        ADD CONSTRAINT partner_transfers_receipt_check CHECK (receipt IN ('awaiting-acceptance', 'accepted', 'rejected', 'overdue', 'completed')),
        ADD CONSTRAINT partner_transfers_rejection_reason_check
          CHECK (rejection_reason IN ('not-our-matter', 'outside-our-area', 'insufficient-information', 'duplicate', 'caller-unreachable')),
        ADD CONSTRAINT partner_transfers_result_outcome_check
          CHECK (result_outcome IN ('handled', 'referred-elsewhere', 'no-action-needed', 'caller-unreachable'))`);
    // The acceptance worker's query: transfers still awaiting an answer whose deadline has come.
    await queryRunner.query(`CREATE INDEX partner_transfers_acceptance_due_idx ON partner_transfers (acceptance_due_at) WHERE receipt = 'awaiting-acceptance'`);
    // A partner's own transfers, by receipt state (its list).
    await queryRunner.query(`CREATE INDEX partner_transfers_partner_receipt_idx ON partner_transfers (partner_code, receipt)`);
    await queryRunner.query(`
      CREATE TABLE partner_transfer_progress (
        id bigserial PRIMARY KEY,
        transfer_id uuid NOT NULL CONSTRAINT partner_transfer_progress_transfer_fk REFERENCES partner_transfers (transfer_id),
        note varchar(2000) NOT NULL,
        reported_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX partner_transfer_progress_transfer_idx ON partner_transfer_progress (transfer_id, reported_at)`);
    // Deliveries now say what they are; stored payloads get the field too (the body is written from the fields either way).
    await queryRunner.query(`UPDATE partner_transfers SET payload = payload || '{"type":"transfer.requested"}'::jsonb WHERE NOT payload ? 'type'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE partner_transfers SET payload = payload - 'type'`);
    await queryRunner.query('DROP TABLE partner_transfer_progress');
    await queryRunner.query('DROP INDEX partner_transfers_partner_receipt_idx');
    await queryRunner.query('DROP INDEX partner_transfers_acceptance_due_idx');
    await queryRunner.query(`
      ALTER TABLE partner_transfers
        DROP CONSTRAINT partner_transfers_receipt_check,
        DROP CONSTRAINT partner_transfers_rejection_reason_check,
        DROP CONSTRAINT partner_transfers_result_outcome_check,
        DROP COLUMN receipt,
        DROP COLUMN acceptance_due_at,
        DROP COLUMN acceptance_overdue_at,
        DROP COLUMN accepted_at,
        DROP COLUMN accepted_by,
        DROP COLUMN acceptance_note,
        DROP COLUMN accepted_late,
        DROP COLUMN rejected_at,
        DROP COLUMN rejection_reason,
        DROP COLUMN rejection_note,
        DROP COLUMN rejection_next_step,
        DROP COLUMN result_outcome,
        DROP COLUMN result_action_taken,
        DROP COLUMN result_reply_to_caller,
        DROP COLUMN completed_at,
        DROP COLUMN result_reported_at`);
  }
}

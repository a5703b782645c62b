import { Inject, Injectable, Logger } from '@nestjs/common';
import { PollingWorker } from '@legal-hotline/service-runtime';
import { RecordAcceptanceOverdueHandler } from './record-acceptance-overdue.handler.js';
import { RECEIPT_SETTINGS, type ReceiptSettings } from './receipt-settings.js';

/**
 * Watches acceptance deadlines for the life of the service: every PARTNER_ACCEPTANCE_POLL_MS it
 * records each transfer whose partner neither accepted nor rejected it in time, one transaction
 * each. The deadlines live in the database, so one that passed while the service was down is
 * recorded in the first round after start-up, once.
 */
@Injectable()
export class PartnerAcceptanceWorker extends PollingWorker {
  private readonly logger = new Logger('PartnerTransferReceipt');

  constructor(
    private readonly overdue: RecordAcceptanceOverdueHandler,
    @Inject(RECEIPT_SETTINGS) private readonly settings: ReceiptSettings,
  ) {
    super();
  }

  protected pollIntervalMs(): number {
    return this.settings.pollMs;
  }

  protected async runRound(): Promise<void> {
    try {
      while (this.running && (await this.overdue.recordNext())) {
        // The next overdue transfer, if any.
      }
    } catch (error) {
      // The database is away, most likely; the next round tries again.
      this.logger.error({ msg: 'acceptance deadline round failed; retrying', error: (error as Error).message });
    }
  }
}

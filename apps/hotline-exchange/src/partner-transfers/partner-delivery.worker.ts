import { Inject, Injectable, Logger } from '@nestjs/common';
import { PollingWorker } from '@legal-hotline/service-runtime';
import { DELIVERY_SETTINGS, type DeliverySettings } from './delivery-settings.js';
import { DeliverPartnerTransferHandler } from './deliver-partner-transfer.handler.js';

/**
 * Delivers due transfers for the life of the service (a transfer is due when its next attempt
 * time has come). Every `pollMs` it runs `concurrency` lanes; each lane delivers due transfers
 * one after another until none is left, so one slow partner holds up one lane, not all.
 */
@Injectable()
export class PartnerDeliveryWorker extends PollingWorker {
  private readonly logger = new Logger('PartnerTransferDelivery');

  constructor(
    private readonly deliver: DeliverPartnerTransferHandler,
    @Inject(DELIVERY_SETTINGS) private readonly settings: DeliverySettings,
  ) {
    super();
  }

  protected pollIntervalMs(): number {
    return this.settings.pollMs;
  }

  protected async runRound(signal: AbortSignal): Promise<void> {
    await Promise.all(Array.from({ length: this.settings.concurrency }, () => this.drainLane(signal)));
  }

  private async drainLane(signal: AbortSignal): Promise<void> {
    try {
      while (this.running && (await this.deliver.deliverNext(signal))) {
        // The next due transfer, if any.
      }
    } catch (error) {
      // The database is away, most likely; the next round tries again.
      this.logger.error({ msg: 'partner delivery round failed; retrying', error: (error as Error).message });
    }
  }
}

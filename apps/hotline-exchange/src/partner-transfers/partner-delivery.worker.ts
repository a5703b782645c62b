import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DELIVERY_SETTINGS, type DeliverySettings } from './delivery-settings.js';
import { DeliverPartnerTransferHandler } from './deliver-partner-transfer.handler.js';

/**
 * Delivers due transfers for the life of the service. Durable: everything it needs is in the
 * database (a transfer is due when its next attempt time has come), so a restart simply carries
 * on, and several instances share the work through the handler's `SKIP LOCKED` claim.
 *
 * Every `pollMs` it runs `concurrency` lanes; each lane delivers due transfers one after another
 * until none is left, so one slow partner holds up one lane, not all deliveries.
 */
@Injectable()
export class PartnerDeliveryWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('PartnerTransferDelivery');
  private readonly stopping = new AbortController();
  private loop: Promise<void> | undefined;
  private wakeUp: (() => void) | undefined;

  constructor(
    private readonly deliver: DeliverPartnerTransferHandler,
    @Inject(DELIVERY_SETTINGS) private readonly settings: DeliverySettings,
  ) {}

  onApplicationBootstrap(): void {
    this.loop ??= this.run();
  }

  // Shutdown, not destroy: the data source closes in its own shutdown hook, after this module's
  // (Nest runs them from the root module down), so an attempt under way can still roll back.
  async onApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    this.wakeUp?.();
    await this.loop;
  }

  private get running(): boolean {
    return !this.stopping.signal.aborted;
  }

  private async run(): Promise<void> {
    while (this.running) {
      await Promise.all(Array.from({ length: this.settings.concurrency }, () => this.drainLane()));
      await this.sleep(this.settings.pollMs);
    }
  }

  private async drainLane(): Promise<void> {
    try {
      while (this.running && (await this.deliver.deliverNext(this.stopping.signal))) {
        // The next due transfer, if any.
      }
    } catch (error) {
      // The database is away, most likely; the next round tries again.
      this.logger.error({ msg: 'partner delivery round failed; retrying', error: (error as Error).message });
    }
  }

  private sleep(ms: number): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      this.wakeUp = done;
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
    }).then(() => {
      this.wakeUp = undefined;
    });
  }
}

import { Inject, Injectable, Logger } from '@nestjs/common';
import { PollingWorker } from '@legal-hotline/service-runtime';
import { CASE_NOTIFICATION_SETTINGS, type CaseNotificationSettings } from './case-notification-settings.js';
import { DeliverCaseNotificationHandler } from './deliver-case-notification.handler.js';

/**
 * Pushes due case notifications for the life of the service. Every `pollMs` it runs `concurrency`
 * lanes; each lane pushes due notifications one after another until none is left. Lanes never
 * push two changes of one case at once: a change waits until the one before it is delivered.
 */
@Injectable()
export class CaseNotificationWorker extends PollingWorker {
  private readonly logger = new Logger('CaseNotificationDelivery');

  constructor(
    private readonly deliver: DeliverCaseNotificationHandler,
    @Inject(CASE_NOTIFICATION_SETTINGS) private readonly settings: CaseNotificationSettings,
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
        // The next due notification, if any.
      }
    } catch (error) {
      // The database is away, most likely; the next round tries again.
      this.logger.error({ msg: 'case notification round failed; retrying', error: (error as Error).message });
    }
  }
}

import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PollingWorker } from '@legal-hotline/service-runtime';
import { PARTNER_AUTH_SETTINGS, type PartnerAuthSettings } from './partner-auth-settings.js';

const EVERY_MS = 60_000;
/** Kept a little past the window, so a clock step between instances cannot free an id early. */
const MARGIN_SECONDS = 60;

/**
 * Drops webhook-ids whose signing time has left the tolerance window (a request that old is
 * refused for its timestamp, so the id no longer needs remembering) and failures older than the
 * throttle window. Several instances may do it at once: deleting is idempotent.
 */
@Injectable()
export class PartnerAuthHousekeepingWorker extends PollingWorker {
  private readonly logger = new Logger('PartnerAuth');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(PARTNER_AUTH_SETTINGS) private readonly settings: PartnerAuthSettings,
  ) {
    super();
  }

  protected pollIntervalMs(): number {
    return EVERY_MS;
  }

  protected async runRound(): Promise<void> {
    try {
      await this.prune(new Date());
    } catch (error) {
      // The database is away, most likely; the next round tries again.
      this.logger.error({ msg: 'pruning partner message ids failed; retrying', error: (error as Error).message });
    }
  }

  async prune(now: Date): Promise<void> {
    const secondsAgo = (seconds: number) => new Date(now.getTime() - (seconds + MARGIN_SECONDS) * 1000);
    await this.dataSource.query('DELETE FROM partner_message_ids WHERE signed_at < $1', [secondsAgo(this.settings.toleranceSeconds)]);
    await this.dataSource.query('DELETE FROM partner_auth_failures WHERE failed_at < $1', [secondsAgo(this.settings.throttle.windowSeconds)]);
  }
}

import { Inject, Injectable, Logger } from '@nestjs/common';
import { PollingWorker } from '@legal-hotline/service-runtime';
import { ROUTING_SETTINGS, type RoutingSettings } from '../routing/routing-settings.js';
import { FireOverdueClockHandler } from './fire-overdue-clock.handler.js';

/**
 * Fires acceptance clocks for the life of the service: every TIMER_POLL_MS it fires each clock
 * that fell due, one transaction per clock. A clock that fell due while the service was down
 * fires in the first round after start-up, once.
 */
@Injectable()
export class AcceptanceTimerWorker extends PollingWorker {
  private readonly logger = new Logger('AcceptanceTimer');

  constructor(
    private readonly fire: FireOverdueClockHandler,
    @Inject(ROUTING_SETTINGS) private readonly settings: RoutingSettings,
  ) {
    super();
  }

  protected pollIntervalMs(): number {
    return this.settings.timerPollMs;
  }

  /** One round: every clock due now, until none is left or all that are left were passed over. */
  protected async runRound(): Promise<void> {
    const skip = new Set<string>();
    while (this.running) {
      const passedOver = skip.size;
      try {
        if ((await this.fire.fireNext(skip)) === 'none') return;
      } catch (error) {
        this.logger.error({ msg: 'firing an acceptance clock failed; retried next round', error: (error as Error).message });
        // Nothing claimed (the database is away, most likely): end the round.
        if (skip.size === passedOver) return;
      }
    }
  }
}

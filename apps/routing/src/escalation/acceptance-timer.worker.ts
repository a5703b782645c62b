import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ROUTING_SETTINGS, type RoutingSettings } from '../routing/routing-settings.js';
import { FireOverdueClockHandler } from './fire-overdue-clock.handler.js';

/**
 * Fires acceptance clocks for the life of the service: every TIMER_POLL_MS it fires each clock
 * that fell due, one transaction per clock. Durable because it is table-driven: a clock that
 * fell due while the service was down fires in the first round after start-up, once; several
 * instances share the work through the handler's SKIP LOCKED claim.
 */
@Injectable()
export class AcceptanceTimerWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AcceptanceTimer');
  private readonly stopping = new AbortController();
  private loop: Promise<void> | undefined;
  private wakeUp: (() => void) | undefined;

  constructor(
    private readonly fire: FireOverdueClockHandler,
    @Inject(ROUTING_SETTINGS) private readonly settings: RoutingSettings,
  ) {}

  // Bootstrap: migrations have run and the consumers are wired by then.
  onApplicationBootstrap(): void {
    this.loop ??= this.run();
  }

  // Shutdown, not destroy: the data source closes in its own shutdown hook, after this module's,
  // so a firing under way can still commit or roll back.
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
      await this.fireDueClocks();
      await this.sleep(this.settings.timerPollMs);
    }
  }

  /** One round: every clock due now, until none is left or all that are left were passed over. */
  private async fireDueClocks(): Promise<void> {
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

import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';

/**
 * A background loop for table-driven work (due timers, due deliveries): one round, then a pause,
 * for the life of the service. Durable because the work lives in the database: a restart just
 * carries on, and several instances share rounds through their handlers' SKIP LOCKED claims.
 *
 * Starts on bootstrap (migrations have run by then) and stops on shutdown, not destroy: the data
 * source closes in its own shutdown hook after this one, so a round under way can still commit
 * or roll back. The round gets an AbortSignal that fires when the service stops.
 */
export abstract class PollingWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly stopping = new AbortController();
  private loop: Promise<void> | undefined;
  private wakeUp: (() => void) | undefined;

  /** Pause between rounds, in milliseconds. */
  protected abstract pollIntervalMs(): number;

  /** One round of work; errors are the round's own to handle (it runs again after the pause). */
  protected abstract runRound(signal: AbortSignal): Promise<void>;

  onApplicationBootstrap(): void {
    this.loop ??= this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    this.wakeUp?.();
    await this.loop;
  }

  protected get running(): boolean {
    return !this.stopping.signal.aborted;
  }

  private async run(): Promise<void> {
    while (this.running) {
      await this.runRound(this.stopping.signal);
      await this.pause(this.pollIntervalMs());
    }
  }

  private pause(ms: number): Promise<void> {
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

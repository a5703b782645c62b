import { Inject, Injectable, Logger } from '@nestjs/common';
import { PollingWorker } from '@legal-hotline/service-runtime';
import { RaiseOverdueAlertHandler } from './raise-overdue-alert.handler.js';
import { ONLINE_QUESTION_SETTINGS, type OnlineQuestionSettings } from './online-question-settings.js';

/**
 * Watches the answer due times for the life of the service: every ONLINE_QUESTION_OVERDUE_SCAN_MS
 * it alerts a supervisor about each online question left unanswered past its due time, one
 * transaction each. Due times live in the database, so one that passed while the service was
 * down is alerted in the first round after start-up, once.
 */
@Injectable()
export class OnlineQuestionOverdueWorker extends PollingWorker {
  private readonly logger = new Logger('OnlineQuestions');

  constructor(
    private readonly overdue: RaiseOverdueAlertHandler,
    @Inject(ONLINE_QUESTION_SETTINGS) private readonly settings: OnlineQuestionSettings,
  ) {
    super();
  }

  protected pollIntervalMs(): number {
    return this.settings.overdueScanMs;
  }

  protected async runRound(): Promise<void> {
    try {
      while (this.running && (await this.overdue.raiseNext())) {
        // The next overdue question, if any.
      }
    } catch (error) {
      // The database is away, most likely; the next round tries again.
      this.logger.error({ msg: 'online question overdue round failed; retrying', error: (error as Error).message });
    }
  }
}

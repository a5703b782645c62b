import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { appendToOutbox } from '@legal-hotline/messaging';
import { onlineQuestionOverdueAlert } from './domain/online-queue.js';
import { OnlineQuestionRepository } from './online-question.repository.js';

/**
 * Alerts a supervisor (督办) about the next online question left unanswered past its due time,
 * in one transaction: mark it alerted and put `supervision.alert-raised.v1` in the outbox. A
 * crash before commit alerts it again later; after commit it is marked, so it alerts once.
 */
@Injectable()
export class RaiseOverdueAlertHandler {
  private readonly logger = new Logger('OnlineQuestions');

  constructor(
    private readonly dataSource: DataSource,
    private readonly questions: OnlineQuestionRepository,
  ) {}

  /** Returns false when no question was overdue. */
  raiseNext(now: Date = new Date()): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.questions.nextOverdue(manager, now);
      if (!row) return false;
      const event = onlineQuestionOverdueAlert(
        {
          ticketId: row.ticketId,
          ticketNumber: row.ticket.ticketNumber,
          responsibleOrganisationId: row.ticket.responsibleOrganisationId,
          dueAt: row.dueAt,
          language: row.language,
          claimedByName: row.claimedByName,
        },
        { now, newId: randomUUID, correlationId: row.ticket.correlationId },
      );
      await this.questions.markOverdueAlerted(manager, row.ticketId, now);
      await appendToOutbox(manager, [event]);
      this.logger.warn({
        msg: 'online question overdue',
        ticketId: row.ticketId,
        dueAt: row.dueAt.toISOString(),
        claimedBy: row.claimedBy,
      });
      return true;
    });
  }
}

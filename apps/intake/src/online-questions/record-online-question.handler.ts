import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TicketOpenedV1 } from '@legal-hotline/contracts';
import { openSpecialLine } from '../special-lines/special-line-lookup.js';
import { TicketEntity } from '../tickets/ticket.entity.js';
import { answerDueAt } from './domain/answer-deadline.js';
import { higherPriority, isOnlineChannel } from './domain/online-queue.js';
import { OnlineQuestionEntity } from './online-question.entity.js';
import { OnlineQuestionRepository } from './online-question.repository.js';
import { ONLINE_QUESTION_SETTINGS, type OnlineQuestionSettings } from './online-question-settings.js';

/**
 * Puts a ticket kept at the desk that came in online (web, app, WeChat, a partner) in the queue,
 * with its answer due time: the working hours of its special line, if it came in on an open one
 * that sets them, else ONLINE_ANSWER_WORKING_HOURS, on the business calendar.
 */
@Injectable()
export class RecordOnlineQuestionHandler {
  constructor(
    private readonly questions: OnlineQuestionRepository,
    @Inject(ONLINE_QUESTION_SETTINGS) private readonly settings: OnlineQuestionSettings,
  ) {}

  async record(manager: EntityManager, opened: TicketOpenedV1): Promise<void> {
    if (opened.handling !== 'desk' || !isOnlineChannel(opened.channel)) return;
    // Intake wrote the ticket in the transaction that published the event; its priority includes the green channel.
    const ticket = await manager.findOne(TicketEntity, {
      where: { id: opened.ticketId },
      select: { id: true, priority: true },
    });
    if (!ticket) return;
    const receivedAt = new Date(opened.openedAt);
    const line = opened.specialLine ? await openSpecialLine(manager, opened.specialLine, receivedAt) : null;
    const hours = line?.onlineAnswerHours ?? this.settings.answerWorkingHours;
    await this.questions.insert(
      manager,
      Object.assign(new OnlineQuestionEntity(), {
        ticketId: opened.ticketId,
        language: opened.caller.language,
        legalCategory: opened.legalCategory,
        regionCode: opened.regionCode,
        specialLineCode: opened.specialLine ?? null,
        priority: higherPriority(ticket.priority, line?.priority ?? null),
        receivedAt,
        dueAt: answerDueAt(this.settings.calendar, this.settings.officeHours, receivedAt, hours),
        claimedBy: null,
        claimedByName: null,
        claimedAt: null,
        answeredAt: null,
        overdueAlertedAt: null,
      }),
    );
  }
}

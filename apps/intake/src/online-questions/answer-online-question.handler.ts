import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '@legal-hotline/auth';
import type { CorrelationContext } from '@legal-hotline/observability';
import { CodedError } from '@legal-hotline/service-runtime';
import { DeskResolutionHandler } from '../tickets/desk-resolution.handler.js';
import type { TicketView } from '../tickets/ticket-view.dto.js';
import { questionNotFound, requireOpen, requireSamePlatform } from './online-question-errors.js';
import { OnlineQuestionRepository } from './online-question.repository.js';
import type { AnswerOnlineQuestionDto } from './online-questions.dto.js';

/**
 * Answers a claimed online question: the answer is recorded on the ticket and the ticket closed
 * at the desk (即时办结), as a call answered at first contact is; the asker reads it through
 * their lookup. Only the person who holds the claim answers.
 */
@Injectable()
export class AnswerOnlineQuestionHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly questions: OnlineQuestionRepository,
    private readonly desk: DeskResolutionHandler,
  ) {}

  async answer(
    ticketId: string,
    dto: AnswerOnlineQuestionDto,
    principal: Principal,
    correlation: CorrelationContext,
  ): Promise<TicketView> {
    const row = await this.questions.find(this.dataSource.manager, ticketId);
    if (!row) throw questionNotFound(ticketId);
    requireSamePlatform(row, principal);
    requireOpen(row);
    if (row.claimedBy !== principal.subject) {
      throw new CodedError(
        'ONLINE_QUESTION.NOT_CLAIMER',
        'forbidden',
        row.claimedBy === null
          ? 'claim the question before answering it'
          : `${row.claimedByName ?? 'someone else'} holds this question`,
      );
    }
    // The ticket's own rules decide the answer (published knowledge only, the ticket still at the
    // desk); a second answer finds the ticket closed and is refused there.
    const ticket = await this.desk.resolve(
      ticketId,
      {
        answer: dto.answer,
        knowledgeEntryIds: dto.knowledgeEntryIds,
        citedArticles: dto.citedArticles,
        caseEducationGiven: dto.caseEducationGiven,
      },
      principal,
      correlation,
    );
    await this.questions.markAnswered(ticketId, new Date());
    return ticket;
  }
}

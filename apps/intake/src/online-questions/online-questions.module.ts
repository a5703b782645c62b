import { Module, type DynamicModule } from '@nestjs/common';
import { AnswerOnlineQuestionHandler } from './answer-online-question.handler.js';
import { ClaimOnlineQuestionHandler } from './claim-online-question.handler.js';
import { DeskTicketsConsumer } from './desk-tickets.consumer.js';
import { ListOnlineQuestionsHandler } from './list-online-questions.handler.js';
import { OnlineQuestionOverdueWorker } from './online-question-overdue.worker.js';
import { OnlineQuestionRepository } from './online-question.repository.js';
import { ONLINE_QUESTION_SETTINGS, type OnlineQuestionSettings } from './online-question-settings.js';
import { OnlineQuestionsController } from './online-questions.controller.js';
import { RaiseOverdueAlertHandler } from './raise-overdue-alert.handler.js';
import { RecordOnlineQuestionHandler } from './record-online-question.handler.js';

/**
 * Online questions (网络咨询): web, app, WeChat and partner questions kept at the desk wait in a
 * queue that the staff on online duty claim and answer within working hours; overdue ones alert
 * a supervisor.
 */
@Module({})
export class OnlineQuestionsModule {
  /** `tickets` provides the desk resolution; `dutyRota` who is on duty with which skills. */
  static register(options: {
    tickets: DynamicModule;
    dutyRota: DynamicModule;
    settings: OnlineQuestionSettings;
  }): DynamicModule {
    return {
      module: OnlineQuestionsModule,
      imports: [options.tickets, options.dutyRota],
      controllers: [OnlineQuestionsController, DeskTicketsConsumer],
      providers: [
        { provide: ONLINE_QUESTION_SETTINGS, useValue: options.settings },
        OnlineQuestionRepository,
        RecordOnlineQuestionHandler,
        ListOnlineQuestionsHandler,
        ClaimOnlineQuestionHandler,
        AnswerOnlineQuestionHandler,
        RaiseOverdueAlertHandler,
        OnlineQuestionOverdueWorker,
      ],
    };
  }
}

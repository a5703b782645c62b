import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext } from '@nestjs/microservices';
import { TOPICS } from '@legal-hotline/contracts';
import { IdempotentConsumer, kafkaTopic } from '@legal-hotline/messaging';
import { RecordOnlineQuestionHandler } from './record-online-question.handler.js';

/**
 * Intake's one consumer of its own tickets topic (Nest takes one handler per topic in a
 * service): online questions kept at the desk join the queue. Add other ticket events here.
 */
@Controller()
export class DeskTicketsConsumer {
  constructor(
    private readonly consumer: IdempotentConsumer,
    private readonly onlineQuestions: RecordOnlineQuestionHandler,
  ) {}

  @EventPattern<string>(kafkaTopic(TOPICS.tickets))
  onTicketEvent(@Ctx() context: KafkaContext): Promise<void> {
    return this.consumer.consume(context, async (event, manager) => {
      switch (event.type) {
        case 'ticket.opened.v1':
          return this.onlineQuestions.record(manager, event.data);
        default:
          return;
      }
    });
  }
}

import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext } from '@nestjs/microservices';
import { TOPICS } from '@legal-hotline/contracts';
import { IdempotentConsumer, kafkaTopic, type EventHandler } from '@legal-hotline/messaging';
import { AcceptPartnerTransferHandler } from './accept-partner-transfer.handler.js';

/** Takes transfer requests off `partner-transfers`; the topic also carries the exchange's own delivery facts, which it ignores. */
@Controller()
export class PartnerTransferConsumer {
  constructor(
    private readonly consumer: IdempotentConsumer,
    private readonly accept: AcceptPartnerTransferHandler,
  ) {}

  @EventPattern<string>(kafkaTopic(TOPICS.partnerTransfers))
  onPartnerTransferEvent(@Ctx() context: KafkaContext): Promise<void> {
    return this.consumer.consume(context, this.handle);
  }

  private readonly handle: EventHandler = async (event, manager) => {
    switch (event.type) {
      case 'partner-transfer.requested.v1':
        await this.accept.execute(event, manager);
        return;
      default:
        return;
    }
  };
}

import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext } from '@nestjs/microservices';
import { TOPICS } from '@legal-hotline/contracts';
import { IdempotentConsumer, kafkaTopic } from '@legal-hotline/messaging';
import { SupervisionAlertRepository } from './supervision-alert.repository.js';

/** Every supervision alert any service raises (intake's own included), stored for the list. */
@Controller()
export class SupervisionAlertsConsumer {
  constructor(
    private readonly consumer: IdempotentConsumer,
    private readonly alerts: SupervisionAlertRepository,
  ) {}

  @EventPattern<string>(kafkaTopic(TOPICS.supervisionAlerts))
  onAlert(@Ctx() context: KafkaContext): Promise<void> {
    return this.consumer.consume(context, async (event, manager) => {
      if (event.type === 'supervision.alert-raised.v1') await this.alerts.record(manager, event);
    });
  }
}

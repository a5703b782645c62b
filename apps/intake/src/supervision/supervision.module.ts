import { Module } from '@nestjs/common';
import { ListAlertsHandler } from './list-alerts.handler.js';
import { SupervisionAlertRepository } from './supervision-alert.repository.js';
import { SupervisionAlertsConsumer } from './supervision-alerts.consumer.js';
import { SupervisionController } from './supervision.controller.js';

/** Supervision (督办): the alerts every service raises, listed for supervisors. */
@Module({
  controllers: [SupervisionController, SupervisionAlertsConsumer],
  providers: [SupervisionAlertRepository, ListAlertsHandler],
})
export class SupervisionModule {}

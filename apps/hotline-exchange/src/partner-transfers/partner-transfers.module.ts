import { Module, type DynamicModule } from '@nestjs/common';
import { AcceptPartnerTransferHandler } from './accept-partner-transfer.handler.js';
import { AddDeliverySecretHandler } from './add-delivery-secret.handler.js';
import { DeliveriesController } from './deliveries.controller.js';
import { DeliverPartnerTransferHandler } from './deliver-partner-transfer.handler.js';
import { DeliverySecretsQueries } from './delivery-secrets.queries.js';
import { DELIVERY_SETTINGS, type DeliverySettings } from './delivery-settings.js';
import { DeliveryStateQueries } from './delivery-state.queries.js';
import { PartnerAdminController } from './partner-admin.controller.js';
import { PartnerDeliveryWorker } from './partner-delivery.worker.js';
import { PartnerEndpointClient } from './partner-endpoint.client.js';
import { PartnerTransferConsumer } from './partner-transfer.consumer.js';
import { RegisterPartnerEndpointHandler } from './register-partner-endpoint.handler.js';
import { RevokeDeliverySecretHandler } from './revoke-delivery-secret.handler.js';

export interface PartnerTransfersOptions {
  delivery: DeliverySettings;
}

/**
 * Outbound transfers to partner hotlines (e.g. a dangerous matter to 110): where each partner
 * receives them and the secrets they are signed with, their delivery over HTTP with retries,
 * back-off and repeating alerts, and the delivery state per transfer and per partner.
 */
@Module({})
export class PartnerTransfersModule {
  static register(options: PartnerTransfersOptions): DynamicModule {
    return {
      module: PartnerTransfersModule,
      controllers: [PartnerAdminController, DeliveriesController, PartnerTransferConsumer],
      providers: [
        { provide: DELIVERY_SETTINGS, useValue: options.delivery },
        AcceptPartnerTransferHandler,
        DeliverPartnerTransferHandler,
        RegisterPartnerEndpointHandler,
        AddDeliverySecretHandler,
        RevokeDeliverySecretHandler,
        DeliverySecretsQueries,
        DeliveryStateQueries,
        PartnerEndpointClient,
        PartnerDeliveryWorker,
      ],
    };
  }
}

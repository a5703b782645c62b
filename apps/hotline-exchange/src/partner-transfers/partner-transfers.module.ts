import { Module, type DynamicModule } from '@nestjs/common';
import { AcceptPartnerTransferHandler } from './accept-partner-transfer.handler.js';
import { AddDeliverySecretHandler } from './add-delivery-secret.handler.js';
import { DeliveriesController } from './deliveries.controller.js';
import { DeliverPartnerTransferHandler } from './deliver-partner-transfer.handler.js';
import { DeliverySecretsQueries } from './delivery-secrets.queries.js';
import { DELIVERY_SETTINGS, type DeliverySettings } from './delivery-settings.js';
import { DeliveryStateQueries } from './delivery-state.queries.js';
import { PartnerAcceptanceWorker } from './partner-acceptance.worker.js';
import { PartnerAdminController } from './partner-admin.controller.js';
import { PartnerDeliveryWorker } from './partner-delivery.worker.js';
import { PartnerEndpointClient } from './partner-endpoint.client.js';
import { PartnerTransferConsumer } from './partner-transfer.consumer.js';
import { PartnerTransferController } from './partner-transfer.controller.js';
import { PartnerTransferQueries } from './partner-transfer.queries.js';
import { RECEIPT_SETTINGS, type ReceiptSettings } from './receipt-settings.js';
import { RecordAcceptanceOverdueHandler } from './record-acceptance-overdue.handler.js';
import { RecordPartnerReceiptHandler } from './record-partner-receipt.handler.js';
import { RegisterPartnerEndpointHandler } from './register-partner-endpoint.handler.js';
import { RevokeDeliverySecretHandler } from './revoke-delivery-secret.handler.js';

export interface PartnerTransfersOptions {
  delivery: DeliverySettings;
  receipts: ReceiptSettings;
}

/**
 * Outbound transfers to partner hotlines (e.g. a dangerous matter to 110): where each partner
 * receives them and the secrets they are signed with, their delivery over HTTP with retries,
 * back-off and repeating alerts, the delivery state per transfer and per partner, and the
 * partner's business receipt (accept or reject by a deadline, progress, result).
 */
@Module({})
export class PartnerTransfersModule {
  static register(options: PartnerTransfersOptions): DynamicModule {
    return {
      module: PartnerTransfersModule,
      controllers: [PartnerAdminController, DeliveriesController, PartnerTransferController, PartnerTransferConsumer],
      providers: [
        { provide: DELIVERY_SETTINGS, useValue: options.delivery },
        { provide: RECEIPT_SETTINGS, useValue: options.receipts },
        AcceptPartnerTransferHandler,
        DeliverPartnerTransferHandler,
        RegisterPartnerEndpointHandler,
        AddDeliverySecretHandler,
        RevokeDeliverySecretHandler,
        DeliverySecretsQueries,
        DeliveryStateQueries,
        PartnerEndpointClient,
        PartnerDeliveryWorker,
        RecordPartnerReceiptHandler,
        RecordAcceptanceOverdueHandler,
        PartnerTransferQueries,
        PartnerAcceptanceWorker,
      ],
    };
  }
}

import { Module, type DynamicModule } from '@nestjs/common';
import { ServiceRuntimeModule } from '@legal-hotline/service-runtime';
import { CreatePartnerExchangeTables1795472334817 } from './db/migrations/1795472334817-create-partner-exchange-tables.js';
import { CreatePartnerTransferTables1795473702449 } from './db/migrations/1795473702449-create-partner-transfer-tables.js';
import { PartnerCaseMergeMemory1795480000000 } from './db/migrations/1795480000000-partner-case-merge-memory.js';
import { SignedPartnerRequests1795490000000 } from './db/migrations/1795490000000-signed-partner-requests.js';
import { OneCasePerPartnerReference1795490000001 } from './db/migrations/1795490000001-one-case-per-partner-reference.js';
import { SignedPartnerDeliveries1795490000002 } from './db/migrations/1795490000002-signed-partner-deliveries.js';
import { PartnerTransferReceipts1795800000000 } from './db/migrations/1795800000000-partner-transfer-receipts.js';
import { PartnerCaseNotifications1795800000001 } from './db/migrations/1795800000001-partner-case-notifications.js';
import { PartnerCaseFeedEntity } from './partner-cases/partner-case-feed.entity.js';
import { PartnerCaseUpdateEntity } from './partner-cases/partner-case-update.entity.js';
import { PartnerCaseEntity } from './partner-cases/partner-case.entity.js';
import { PartnerCasesModule } from './partner-cases/partner-cases.module.js';
import { PartnerReferenceEntity } from './partner-cases/partner-reference.entity.js';
import { PartnerRequestEntity } from './partner-cases/partner-request.entity.js';
import { PartnerApiKeyEntity } from './partners/partner-api-key.entity.js';
import { PartnerAuthFailureEntity } from './partners/partner-auth-failure.entity.js';
import type { PartnerAuthSettings } from './partners/partner-auth-settings.js';
import { PartnerMessageIdEntity } from './partners/partner-message-id.entity.js';
import { PartnerEntity } from './partners/partner.entity.js';
import { PartnersModule } from './partners/partners.module.js';
import type { DeliverySettings } from './partner-transfers/delivery-settings.js';
import { PartnerDeliverySecretEntity } from './partner-transfers/partner-delivery-secret.entity.js';
import { PartnerDeliveryStateEntity } from './partner-transfers/partner-delivery-state.entity.js';
import { PartnerEndpointEntity } from './partner-transfers/partner-endpoint.entity.js';
import { PartnerTransferProgressEntity } from './partner-transfers/partner-transfer-progress.entity.js';
import { PartnerTransferEntity } from './partner-transfers/partner-transfer.entity.js';
import { PartnerTransfersModule } from './partner-transfers/partner-transfers.module.js';
import { receiptSettingsOf } from './partner-transfers/receipt-settings.js';
import { SigningModule } from './signing/signing.module.js';
import { Open311ServiceRequests1795800000002 } from './db/migrations/1795800000002-open311-service-requests.js';
import { Open311Module } from './open311/open311.module.js';
import { Open311ServiceRequestEntity } from './open311/open311-service-request.entity.js';
import type { HotlineExchangeConfig } from './hotline-exchange.service-definition.js';

/** This service's schema; the command-line tools open the same database with these lists. */
export const HOTLINE_EXCHANGE_ENTITIES = [
  PartnerEntity,
  PartnerApiKeyEntity,
  PartnerMessageIdEntity,
  PartnerAuthFailureEntity,
  PartnerCaseEntity,
  PartnerCaseUpdateEntity,
  PartnerCaseFeedEntity,
  PartnerRequestEntity,
  PartnerReferenceEntity,
  PartnerEndpointEntity,
  PartnerDeliverySecretEntity,
  PartnerTransferEntity,
  PartnerTransferProgressEntity,
  PartnerDeliveryStateEntity,
  Open311ServiceRequestEntity,
];
export const HOTLINE_EXCHANGE_MIGRATIONS = [
  CreatePartnerExchangeTables1795472334817,
  CreatePartnerTransferTables1795473702449,
  PartnerCaseMergeMemory1795480000000,
  SignedPartnerRequests1795490000000,
  OneCasePerPartnerReference1795490000001,
  SignedPartnerDeliveries1795490000002,
  PartnerTransferReceipts1795800000000,
  PartnerCaseNotifications1795800000001,
  Open311ServiceRequests1795800000002,
];

@Module({})
export class HotlineExchangeModule {
  static register(config: HotlineExchangeConfig): DynamicModule {
    return {
      module: HotlineExchangeModule,
      imports: [
        ServiceRuntimeModule.forService({
          service: 'hotline-exchange',
          config,
          entities: HOTLINE_EXCHANGE_ENTITIES,
          migrations: HOTLINE_EXCHANGE_MIGRATIONS,
        }),
        SigningModule.register({ secretsKeyHex: config.EXCHANGE_SECRETS_KEY }),
        PartnersModule.register(partnerAuthSettingsOf(config)),
        PartnerCasesModule.register({
          regionProvinces: config.REGION_PROVINCES ? config.REGION_PROVINCES.split(',') : [],
          notifications: { ...deliverySettingsOf(config), concurrency: config.CASE_NOTIFICATION_CONCURRENCY },
        }),
        PartnerTransfersModule.register({
          delivery: deliverySettingsOf(config),
          receipts: receiptSettingsOf({
            deadlines: config.PARTNER_ACCEPTANCE_DEADLINES,
            calendarFile: config.BUSINESS_CALENDAR_FILE,
            pollMs: config.PARTNER_ACCEPTANCE_POLL_MS,
          }),
        }),
        Open311Module,
      ],
    };
  }
}

function partnerAuthSettingsOf(config: HotlineExchangeConfig): PartnerAuthSettings {
  return {
    toleranceSeconds: config.PARTNER_SIGNATURE_TOLERANCE_SECONDS,
    throttle: { limit: config.PARTNER_AUTH_FAILURE_LIMIT, windowSeconds: config.PARTNER_AUTH_FAILURE_WINDOW_SECONDS },
  };
}

function deliverySettingsOf(config: HotlineExchangeConfig): DeliverySettings {
  return {
    pollMs: config.DELIVERY_POLL_MS,
    timeoutMs: config.DELIVERY_TIMEOUT_MS,
    concurrency: config.DELIVERY_CONCURRENCY,
    policy: {
      backoffBaseMs: config.DELIVERY_BACKOFF_BASE_MS,
      backoffMaxMs: config.DELIVERY_BACKOFF_MAX_MS,
      alertRepeatMs: config.DELIVERY_ALERT_REPEAT_MS,
    },
  };
}

import { Module, type DynamicModule } from '@nestjs/common';
import { ServiceRuntimeModule } from '@legal-hotline/service-runtime';
import { CreatePartnerExchangeTables1795472334817 } from './db/migrations/1795472334817-create-partner-exchange-tables.js';
import { CreatePartnerTransferTables1795473702449 } from './db/migrations/1795473702449-create-partner-transfer-tables.js';
import { PartnerCaseMergeMemory1795480000000 } from './db/migrations/1795480000000-partner-case-merge-memory.js';
import { PartnerCaseUpdateEntity } from './partner-cases/partner-case-update.entity.js';
import { PartnerCaseEntity } from './partner-cases/partner-case.entity.js';
import { PartnerCasesModule } from './partner-cases/partner-cases.module.js';
import { PartnerRequestEntity } from './partner-cases/partner-request.entity.js';
import { PartnerApiKeyEntity } from './partners/partner-api-key.entity.js';
import { PartnerEntity } from './partners/partner.entity.js';
import { PartnersModule } from './partners/partners.module.js';
import type { DeliverySettings } from './partner-transfers/delivery-settings.js';
import { PartnerDeliveryStateEntity } from './partner-transfers/partner-delivery-state.entity.js';
import { PartnerEndpointEntity } from './partner-transfers/partner-endpoint.entity.js';
import { PartnerTransferEntity } from './partner-transfers/partner-transfer.entity.js';
import { PartnerTransfersModule } from './partner-transfers/partner-transfers.module.js';
import type { HotlineExchangeConfig } from './hotline-exchange.service-definition.js';

/** This service's schema; the command-line tools open the same database with these lists. */
export const HOTLINE_EXCHANGE_ENTITIES = [
  PartnerEntity,
  PartnerApiKeyEntity,
  PartnerCaseEntity,
  PartnerCaseUpdateEntity,
  PartnerRequestEntity,
  PartnerEndpointEntity,
  PartnerTransferEntity,
  PartnerDeliveryStateEntity,
];
export const HOTLINE_EXCHANGE_MIGRATIONS = [
  CreatePartnerExchangeTables1795472334817,
  CreatePartnerTransferTables1795473702449,
  PartnerCaseMergeMemory1795480000000,
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
        PartnersModule,
        PartnerCasesModule.register({ regionProvinces: config.REGION_PROVINCES ? config.REGION_PROVINCES.split(',') : [] }),
        PartnerTransfersModule.register({ adminToken: config.EXCHANGE_ADMIN_TOKEN ?? null, delivery: deliverySettingsOf(config) }),
      ],
    };
  }
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

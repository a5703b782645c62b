import { IsOptional, Matches } from 'class-validator';
import { ServiceConfig, type ServiceDefinition } from '@legal-hotline/service-runtime';
import { HotlineExchangeModule } from './hotline-exchange.module.js';
import { API_KEY_SECURITY, BEARER_SECURITY } from './partners/partner-api-key.guard.js';

export class HotlineExchangeConfig extends ServiceConfig {
  override PORT = 3005;

  /**
   * Provinces whose region codes partners may send, as 2-digit numbers separated by commas
   * ("44,52"); empty for all 31. Keep it equal to intake's, which refuses the others.
   */
  @IsOptional()
  @Matches(/^(\d{2}(,\d{2})*)?$/, { message: 'REGION_PROVINCES must be 2-digit province numbers separated by commas, e.g. 44,52' })
  REGION_PROVINCES = '';
}

const KEY_FORMAT = 'A partner API key, `<keyId>.<secret>`, issued per partner hotline.';

export const hotlineExchangeService: ServiceDefinition<HotlineExchangeConfig> = {
  name: 'hotline-exchange',
  title: '12348 partner hotline exchange',
  description:
    'How partner hotlines (12345, 110, 12355, 12368) forward cases to the 12348 platform and follow them. ' +
    'Every request carries the partner API key; forwarding needs an Idempotency-Key and the caller\'s consent to the transfer (PIPL Art. 23).',
  configClass: HotlineExchangeConfig,
  module: (config) => HotlineExchangeModule.register(config),
  documentOptions: (builder) =>
    builder
      .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key', description: KEY_FORMAT }, API_KEY_SECURITY)
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: '<keyId>.<secret>', description: `${KEY_FORMAT} Sent as \`Authorization: Bearer <key>\`.` }, BEARER_SECURITY),
};

import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { loadConfig, openApiDocumentOf } from '@legal-hotline/service-runtime';
import { hotlineExchangeService } from '../hotline-exchange.service-definition.js';

/**
 * Settings the module needs to be built; nothing is connected in preview mode, so none of them
 * is used. Documents do not depend on configuration.
 */
const PLACEHOLDER_ENV = {
  DATABASE_URL: 'postgresql://unused@127.0.0.1:1/unused',
  OIDC_ISSUER: 'http://127.0.0.1:1/unused',
  EXCHANGE_SECRETS_KEY: '0'.repeat(64),
};

/**
 * The exchange's OpenAPI document exactly as /docs-json serves it, built from the Nest
 * application in preview mode: controllers and their decorators are read, no provider is
 * created, so no database, broker or identity provider is needed.
 */
export async function generatedExchangeDocument(): Promise<object> {
  const config = loadConfig(hotlineExchangeService.configClass, PLACEHOLDER_ENV);
  const app = await NestFactory.create(hotlineExchangeService.module(config), new FastifyAdapter(), { preview: true, logger: false, abortOnError: false });
  try {
    return openApiDocumentOf(app, hotlineExchangeService, config);
  } finally {
    await app.close();
  }
}

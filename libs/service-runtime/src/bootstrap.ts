import 'reflect-metadata';
import { Logger, ValidationPipe, type DynamicModule, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { EventSource } from '@legal-hotline/contracts';
import { kafkaTransportOptions } from '@legal-hotline/messaging';
import { correlationIdFrom, JsonLogger } from '@legal-hotline/observability';
import { kafkaSettingsOf, loadConfig, type ServiceConfig } from './config.js';
import { PlatformExceptionFilter, validationException } from './errors.js';
import { CorrelationInterceptor } from './request-context.js';
import { hardenHttp } from './http-hardening.js';
import { AccessTokenVerifier, BEARER_SCHEME } from '@legal-hotline/auth';

export interface ServiceDefinition<C extends ServiceConfig> {
  name: EventSource;
  /** Title of the OpenAPI document. */
  title: string;
  description: string;
  configClass: new () => C;
  /** The root module, built from the validated configuration. */
  module: (config: C) => DynamicModule;
  /** Extra OpenAPI settings, e.g. security schemes. */
  documentOptions?: (builder: DocumentBuilder) => DocumentBuilder;
  /**
   * Further public JSON documents derived from the OpenAPI document, by the path each is served
   * at (no leading slash), like /docs-json: e.g. the part of the API one kind of client uses.
   */
  publishedDocuments?: Record<string, (document: OpenAPIObject) => unknown>;
}

export interface RunningService<C extends ServiceConfig> {
  app: INestApplication;
  config: C;
  /** Base URL, e.g. http://127.0.0.1:3001 */
  url: string;
}

/**
 * Builds and starts a service: validated configuration, Fastify with a body limit, JSON logs
 * with correlation ids, one error shape, OpenAPI at /docs (JSON at /docs-json), migrations,
 * the outbox relay, and the Kafka consumer. Used by `main.ts` and by the integration tests.
 */
export async function startService<C extends ServiceConfig>(
  definition: ServiceDefinition<C>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<RunningService<C>> {
  const config = loadConfig(definition.configClass, env);
  const logger = new JsonLogger(definition.name, config.LOG_LEVEL);
  const trustedProxies = config.TRUSTED_PROXIES.split(',').map((address) => address.trim()).filter(Boolean);
  const adapter = new FastifyAdapter({
    bodyLimit: config.HTTP_BODY_LIMIT_BYTES,
    trustProxy: trustedProxies.length > 0 ? trustedProxies : false,
    genReqId: (request: { headers: Record<string, unknown> }) => correlationIdFrom(request.headers['x-correlation-id']),
  });
  const app = await NestFactory.create<NestFastifyApplication>(definition.module(config), adapter, {
    logger,
    abortOnError: false,
    // Bodies are parsed by hardenHttp: JSON only, strictly; no form or text parsers.
    bodyParser: false,
  });
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationException,
    }),
  );
  app.useGlobalFilters(new PlatformExceptionFilter());
  const verifier = app.get(AccessTokenVerifier);
  await hardenHttp(app.getHttpAdapter().getInstance(), {
    bodyLimit: config.HTTP_BODY_LIMIT_BYTES,
    rateLimit: { max: config.RATE_LIMIT_MAX, windowMs: config.RATE_LIMIT_WINDOW_MS },
    verifySubject: async (token) => (await verifier.verify(token)).subject,
  });
  app.useGlobalInterceptors(new CorrelationInterceptor());
  app.enableShutdownHooks();
  logRequests(app, logger);

  const document = openApiDocumentOf(app, definition, config);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  for (const [path, derive] of Object.entries(definition.publishedDocuments ?? {})) {
    const published = JSON.stringify(derive(document));
    app.getHttpAdapter().get(`/${path}`, (_request: FastifyRequest, reply: FastifyReply) => reply.type('application/json; charset=utf-8').send(published));
  }

  app.connectMicroservice(kafkaTransportOptions(kafkaSettingsOf(definition.name, config), logger), { inheritAppConfig: true });
  await app.init();
  await app.startAllMicroservices();
  await app.listen(config.PORT, config.HOST);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  return { app, config, url: `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${port}` };
}

/**
 * The service's OpenAPI document as /docs-json serves it. Also for tools that derive documents
 * from it without serving: an application created with `preview: true` needs no database.
 */
export function openApiDocumentOf<C extends ServiceConfig>(app: INestApplication, definition: ServiceDefinition<C>, config: C): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    (definition.documentOptions ?? ((b) => b))(
      new DocumentBuilder()
        .setTitle(definition.title)
        .setDescription(definition.description)
        .setVersion('1')
        .addBearerAuth(
          {
            type: 'http',
            scheme: 'bearer',
            bearerFormat: 'JWT',
            description: `An access token from the identity provider (${config.OIDC_ISSUER}). Each operation lists the roles it needs in x-required-roles.`,
          },
          BEARER_SCHEME,
        ),
    ).build(),
  );
}

function logRequests(app: NestFastifyApplication, logger: JsonLogger): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onResponse', (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
      logger.log(
        {
          msg: 'request completed',
          correlationId: request.id,
          method: request.method,
          // The route pattern, never the URL: paths and query strings can carry personal data.
          route: request.routeOptions.url ?? 'unmatched',
          statusCode: reply.statusCode,
          durationMs: Math.round(reply.elapsedTime),
        },
        'HTTP',
      );
      done();
    });
}

/** Entry point for `main.ts`: starts the service or exits with the reason. */
export async function runService<C extends ServiceConfig>(definition: ServiceDefinition<C>): Promise<void> {
  try {
    const { url } = await startService(definition);
    new Logger('Bootstrap').log({ msg: `${definition.name} listening`, url, docs: `${url}/docs` });
  } catch (error) {
    process.stderr.write(`${definition.name} failed to start: ${(error as Error).message}\n`);
    process.exit(1);
  }
}

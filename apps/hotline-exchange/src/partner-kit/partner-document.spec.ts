import { beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PartnerTransferRequestedV1 } from '@legal-hotline/contracts';
import { transferPayloadOf } from '../partner-transfers/domain/transfer-payload.js';
import { isObject, schemaReferencesOf, toSchema31, type JsonObject } from './openapi-31.js';
import { generatedExchangeDocument } from './generated-document.js';
import { buildPartnerDocument, type PartnerDocumentBuild } from './partner-document.js';
import { PARTNER_WEBHOOK_SCHEMAS } from './partner-webhooks.js';
import { COMMITTED_PARTNER_DOCUMENT } from './write-partner-document.js';

const REGENERATE = 'build the exchange and run `node apps/hotline-exchange/dist/partner-kit/write-partner-document.js`, then commit docs/partner-kit/partner-api.openapi.json';

/** Every operation of a document's paths, as `METHOD path`. */
function operationsOf(document: JsonObject): [string, JsonObject][] {
  return Object.entries(document.paths as JsonObject).flatMap(([path, item]) =>
    Object.entries(item as JsonObject).map(([method, operation]): [string, JsonObject] => [`${method.toUpperCase()} ${path}`, operation as JsonObject]),
  );
}

describe('the partner document, built from the exchange’s routes', () => {
  let sut: PartnerDocumentBuild;

  beforeAll(async () => {
    sut = buildPartnerDocument(await generatedExchangeDocument());
  }, 30_000);

  it('has Chinese text for every partner route and tag', () => {
    if (sut.untranslated.length > 0) {
      throw new Error(`partner routes without Chinese text; add them to src/partner-kit/partner-texts.zh.ts:\n  ${sut.untranslated.join('\n  ')}`);
    }
    expect(sut.untranslated).toEqual([]);
  });

  it('has no Chinese text left over for a route the exchange does not serve (renamed or removed)', () => {
    expect(sut.unusedTexts).toEqual([]);
  });

  it('holds only the routes partners call, each signed with a partner key', () => {
    const operations = operationsOf(sut.document);
    expect(operations.length).toBeGreaterThanOrEqual(3);
    for (const [key, operation] of operations) {
      expect(key).toMatch(/^(GET|POST) \/api\/(v1\/partner\/|open311\/)/);
      if (!key.includes('/services')) expect({ key, security: operation.security }).toEqual({ key, security: [{ 'partner-signature': [] }] });
    }
    expect(JSON.stringify(sut.document)).not.toMatch(/\/api\/v1\/admin|"bearer"|\/health/);
    expect(Object.keys((sut.document.components as JsonObject).securitySchemes as JsonObject)).toEqual(['partner-signature']);
  });

  it('writes Chinese first, with the generated English beneath', () => {
    const forward = (sut.document.paths as any)['/api/v1/partner/tickets'].post;
    expect(forward.summary).toBe('转来案件');
    expect(forward.description).toMatch(/^把一件属于公共法律服务的来电转给 12348 平台[\s\S]*\n---\n\nForward a case to the 12348 platform/);
    expect(forward.parameters.find((p: any) => p.name === 'webhook-timestamp').description).toMatch(/^签名时间（Unix 秒）[\s\S]*Unix seconds when signed/);
    expect(forward.responses['401'].description).toMatch(/^签名验证失败：PARTNER_AUTH\./);
    expect((sut.document.info as JsonObject).title).toMatch(/^12348 公共法律服务热线 合作方接口/);
  });

  it('is OpenAPI 3.1 with the two webhooks the exchange sends: their bodies, signing headers, the 2xx receipt and the retries', () => {
    expect(sut.document.openapi).toBe('3.1.0');
    const webhooks = sut.document.webhooks as any;
    expect(Object.keys(webhooks)).toEqual(['transfer.requested', 'case.status-changed']);
    for (const name of ['transfer.requested', 'case.status-changed']) {
      const post = webhooks[name].post;
      expect(post.parameters.map((p: any) => p.name)).toEqual(['webhook-id', 'webhook-timestamp', 'webhook-signature', 'Idempotency-Key']);
      expect(Object.keys(post.responses)).toEqual(['2XX', 'default']);
      expect(post.responses.default.description).toMatch(/指数退避/);
    }
    const schemas = (sut.document.components as any).schemas;
    expect(schemas.TransferRequestedWebhook.properties.type).toEqual({ const: 'transfer.requested', description: expect.any(String) });
    expect(schemas.CaseStatusChangedWebhook.required).toEqual(
      expect.arrayContaining(['messageId', 'ticketId', 'partnerReference', 'sequence', 'status', 'coarseStatus', 'currentHandler', 'note', 'at', 'cursor']),
    );
  });

  it('describes the webhooks with the fields the exchange sends, as its own schemas of them say', () => {
    const golden = JSON.parse(readFileSync(join(import.meta.dirname, '../../../../libs/contracts/src/golden/partner-transfer.requested.v1.json'), 'utf8')) as {
      data: PartnerTransferRequestedV1;
    };
    expect(PARTNER_WEBHOOK_SCHEMAS.TransferRequestedWebhook!.required).toEqual(Object.keys(transferPayloadOf(golden.data)));
    const pushed = (sut.document.components as any).schemas.CaseStatusChangedDto;
    if (pushed) expect([...PARTNER_WEBHOOK_SCHEMAS.CaseStatusChangedWebhook!.required as string[]].sort()).toEqual([...pushed.required].sort());
  });

  it('resolves every reference within itself and keeps no OpenAPI 3.0 `nullable`', () => {
    const schemas = (sut.document.components as JsonObject).schemas as JsonObject;
    const referenced = schemaReferencesOf(sut.document);
    expect([...referenced].filter((name) => !(name in schemas))).toEqual([]);
    expect(JSON.stringify(sut.document)).not.toContain('"nullable"');
  });

  it('matches the committed copy in docs/partner-kit, which partners receive', async () => {
    let committed: unknown;
    try {
      committed = JSON.parse(await readFile(COMMITTED_PARTNER_DOCUMENT, 'utf8'));
    } catch (error) {
      throw new Error(`cannot read ${COMMITTED_PARTNER_DOCUMENT} (${(error as Error).message}): ${REGENERATE}`, { cause: error });
    }
    if (JSON.stringify(committed) !== JSON.stringify(sut.document)) {
      expect({ drifted: REGENERATE, committed }).toEqual({ drifted: REGENERATE, committed: sut.document });
    }
  });
});

describe(buildPartnerDocument.name, () => {
  const generated = {
    openapi: '3.0.0',
    info: { title: 'x', version: '1', description: '' },
    paths: {
      '/api/v1/partner/things/{id}': {
        get: { tags: ['partner tickets'], summary: 'Read a thing', responses: { '200': { description: '', content: { 'application/json': { schema: { $ref: '#/components/schemas/ThingDto' } } } } } },
        post: { tags: ['partner transfers'], summary: 'Change a thing', responses: { '404': { description: 'THING.NOT_FOUND' } } },
      },
      '/api/v1/admin/things': { get: { tags: ['partner admin'], summary: 'Admin only', responses: {} } },
    },
    components: {
      schemas: {
        ThingDto: { type: 'object', properties: { owner: { nullable: true, allOf: [{ $ref: '#/components/schemas/OwnerDto' }] }, note: { type: 'string', nullable: true } } },
        OwnerDto: { type: 'object', properties: { name: { type: 'string' } } },
        AdminDto: { type: 'object' },
      },
      securitySchemes: { 'partner-signature': { type: 'apiKey', in: 'header', name: 'webhook-signature', description: 'Standard Webhooks' }, bearer: { type: 'http' } },
    },
  };
  const texts = { operations: { 'GET /api/v1/partner/things/{id}': { summary: '查询', description: '查询一件' }, 'GET /api/v1/partner/gone': { summary: '旧', description: '旧' } }, tags: { 'partner tickets': '案件' } };

  it('keeps the partner routes and the schemas they reach, nothing of the rest', () => {
    const { document } = buildPartnerDocument(generated, texts);
    expect(Object.keys(document.paths as JsonObject)).toEqual(['/api/v1/partner/things/{id}']);
    expect(Object.keys((document.components as any).schemas)).toEqual(['ThingDto', 'OwnerDto', 'TransferRequestedWebhook', 'CaseStatusChangedWebhook', 'WebhookReceipt']);
  });

  it('names the operations and tags without Chinese text, and the texts no route uses', () => {
    const build = buildPartnerDocument(generated, texts);
    expect(build.untranslated).toEqual(['POST /api/v1/partner/things/{id}', 'tag partner transfers']);
    expect(build.unusedTexts).toEqual(['GET /api/v1/partner/gone']);
    const post = (build.document.paths as any)['/api/v1/partner/things/{id}'].post;
    expect(post).toMatchObject({ summary: 'Change a thing', responses: { '404': { description: '未找到：THING.NOT_FOUND' } } });
  });

  it('gives the same document for the same input', () => {
    expect(JSON.stringify(buildPartnerDocument(generated, texts).document)).toBe(JSON.stringify(buildPartnerDocument(structuredClone(generated), texts).document));
  });
});

describe(toSchema31.name, () => {
  it.each([
    ['a nullable type', { type: 'string', nullable: true, example: 'x' }, { type: ['string', 'null'], example: 'x' }],
    ['a nullable enumeration', { type: 'string', enum: ['a'], nullable: true }, { type: ['string', 'null'], enum: ['a', null] }],
    ['a nullable reference (Nest’s allOf)', { type: 'object', nullable: true, allOf: [{ $ref: '#/r' }] }, { anyOf: [{ $ref: '#/r' }, { type: 'null' }] }],
    ['a nullable bare reference', { nullable: true, $ref: '#/r' }, { anyOf: [{ $ref: '#/r' }, { type: 'null' }] }],
    ['nested properties and items', { type: 'array', items: { type: 'integer', nullable: true } }, { type: 'array', items: { type: ['integer', 'null'] } }],
    ['a schema that is not nullable', { type: 'string', nullable: false }, { type: 'string' }],
  ])('writes %s as OpenAPI 3.1 does', (_, schema, expected) => {
    expect(toSchema31(schema as JsonObject)).toEqual(expected);
  });

  it('leaves examples alone, even when they look like schemas', () => {
    const example = { nullable: true, type: 'string' };
    expect(isObject(toSchema31({ type: 'object', example }) as JsonObject)).toBe(true);
    expect((toSchema31({ type: 'object', example }) as JsonObject).example).toEqual(example);
  });
});

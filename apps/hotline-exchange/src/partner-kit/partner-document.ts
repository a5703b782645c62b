import { PARTNER_SIGNATURE_SECURITY } from '../partners/partner-signature.guard.js';
import { HTTP_METHODS, isObject, reachableSchemas, toSchema31, type JsonObject, type JsonValue } from './openapi-31.js';
import { PARTNER_WEBHOOK_SCHEMAS, PARTNER_WEBHOOKS } from './partner-webhooks.js';
import {
  HEADER_TEXTS,
  OPERATION_TEXTS,
  PARTNER_DOCUMENT_INFO,
  SECURITY_TEXT,
  STATUS_TEXTS,
  TAG_TEXTS,
  type OperationText,
} from './partner-texts.zh.js';

/** The tags of the routes partners call; everything else (admin, health) stays out of their document. */
export const PARTNER_TAGS = ['partner tickets', 'partner transfers', 'open311'] as const;

/** Where the exchange serves the partner document: directly, and under /api/ for the gateway (/api/hotline-exchange/ → /api/). */
export const PARTNER_DOCUMENT_PATHS = ['partner-docs-json', 'api/partner-docs-json'] as const;

export interface PartnerTexts {
  operations: Record<string, OperationText>;
  tags: Record<string, string>;
}

export interface PartnerDocumentBuild {
  document: JsonObject;
  /** Partner operations (`METHOD path`) and tags without Chinese text: they keep their English. */
  untranslated: string[];
  /** Chinese texts for operations the exchange does not serve (renamed or removed routes). */
  unusedTexts: string[];
}

/**
 * The partner kit's OpenAPI 3.1 document, derived from the exchange's generated one: only the
 * routes tagged for partners and the schemas they use, the partner signature scheme, the two
 * webhooks the exchange sends, and Chinese titles, summaries and descriptions laid over the
 * English ones (kept beneath them). The same input gives the same document, byte for byte, so a
 * committed copy can be checked against it.
 */
export function buildPartnerDocument(generated: object, texts: PartnerTexts = { operations: OPERATION_TEXTS, tags: TAG_TEXTS }): PartnerDocumentBuild {
  const source = generated as JsonObject;
  const untranslated: string[] = [];
  const used = new Set<string>();
  const paths: JsonObject = {};
  const tagsInUse = new Set<string>();

  for (const [path, item] of Object.entries(isObject(source.paths) ? source.paths : {})) {
    if (!isObject(item)) continue;
    const kept: JsonObject = {};
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation) || !isPartnerOperation(operation)) continue;
      const key = `${method.toUpperCase()} ${path}`;
      const text = texts.operations[key];
      if (text) used.add(key);
      else untranslated.push(key);
      for (const tag of tagsOf(operation)) tagsInUse.add(tag);
      kept[method] = partnerOperation(operation, text);
    }
    if (Object.keys(kept).length > 0) paths[path] = kept;
  }

  const generatedSchemas = isObject(source.components) && isObject(source.components.schemas) ? source.components.schemas : {};
  const schemaNames = reachableSchemas(paths, generatedSchemas);
  const schemas: JsonObject = {};
  // In the generated order, so the document does not reshuffle when a route is added.
  for (const [name, schema] of Object.entries(generatedSchemas)) if (schemaNames.includes(name)) schemas[name] = toSchema31(schema);
  Object.assign(schemas, PARTNER_WEBHOOK_SCHEMAS);

  const tags = [...tagsInUse].map((name) => {
    const text = texts.tags[name] ?? texts.tags[name.toLowerCase()];
    if (!text) untranslated.push(`tag ${name}`);
    return { name, description: text ?? englishTagDescription(source, name) ?? name };
  });

  const document: JsonObject = {
    openapi: '3.1.0',
    info: { title: PARTNER_DOCUMENT_INFO.title, version: infoVersionOf(source), description: PARTNER_DOCUMENT_INFO.description },
    servers: [
      {
        url: '{origin}',
        description: '交换平台（演示环境直连 http://127.0.0.1:3005；经网关时路径前缀 /api/ 换成 /api/hotline-exchange/）',
        variables: { origin: { default: 'http://127.0.0.1:3005' } },
      },
    ],
    tags,
    paths,
    webhooks: PARTNER_WEBHOOKS,
    components: { schemas, securitySchemes: { [PARTNER_SIGNATURE_SECURITY]: partnerSecurityScheme(source) } },
  };
  const unusedTexts = Object.keys(texts.operations).filter((key) => !used.has(key));
  return { document, untranslated, unusedTexts };
}

/** What the exchange serves at /partner-docs-json. */
export function partnerDocumentOf(generated: object): JsonObject {
  return buildPartnerDocument(generated).document;
}

function isPartnerOperation(operation: JsonObject): boolean {
  return tagsOf(operation).some((tag) => (PARTNER_TAGS as readonly string[]).includes(tag.toLowerCase()));
}

function tagsOf(operation: JsonObject): string[] {
  return Array.isArray(operation.tags) ? operation.tags.filter((tag): tag is string => typeof tag === 'string') : [];
}

function partnerOperation(operation: JsonObject, text: OperationText | undefined): JsonObject {
  const englishSummary = typeof operation.summary === 'string' ? operation.summary : '';
  const englishDescription = typeof operation.description === 'string' ? operation.description : '';
  const english = [englishSummary, englishDescription].filter(Boolean).join('\n\n');
  const converted: JsonObject = {};
  for (const [key, value] of Object.entries(operation)) {
    switch (key) {
      case 'summary':
      case 'description':
        break;
      case 'parameters':
        converted.parameters = Array.isArray(value) ? value.map(partnerParameter) : value;
        break;
      case 'responses':
        converted.responses = isObject(value) ? partnerResponses(value) : value;
        break;
      default:
        converted[key] = toSchema31(value);
    }
  }
  return {
    ...converted,
    summary: text?.summary ?? englishSummary,
    description: text ? (english ? `${text.description}\n\n---\n\n${english}` : text.description) : englishDescription,
  };
}

function partnerParameter(parameter: JsonValue): JsonValue {
  if (!isObject(parameter)) return parameter;
  const converted = toSchema31(parameter) as JsonObject;
  const chinese = parameter.in === 'header' && typeof parameter.name === 'string' ? HEADER_TEXTS[parameter.name.toLowerCase()] : undefined;
  if (!chinese) return converted;
  return { ...converted, description: typeof parameter.description === 'string' && parameter.description ? `${chinese}\n\n${parameter.description}` : chinese };
}

function partnerResponses(responses: JsonObject): JsonObject {
  const converted: JsonObject = {};
  for (const [status, response] of Object.entries(responses)) {
    if (!isObject(response)) {
      converted[status] = response;
      continue;
    }
    const chinese = STATUS_TEXTS[status];
    const english = typeof response.description === 'string' ? response.description : '';
    converted[status] = {
      ...(toSchema31(response) as JsonObject),
      description: chinese ? (english ? `${chinese}：${english}` : chinese) : english,
    };
  }
  return converted;
}

function partnerSecurityScheme(source: JsonObject): JsonObject {
  const generated = isObject(source.components) && isObject(source.components.securitySchemes) ? source.components.securitySchemes[PARTNER_SIGNATURE_SECURITY] : undefined;
  const scheme = isObject(generated) ? generated : { type: 'apiKey', in: 'header', name: 'webhook-signature' };
  const english = typeof scheme.description === 'string' ? scheme.description : '';
  return { ...scheme, description: english ? `${SECURITY_TEXT}\n\n${english}` : SECURITY_TEXT };
}

function englishTagDescription(source: JsonObject, name: string): string | undefined {
  const tag = Array.isArray(source.tags) ? source.tags.find((candidate) => isObject(candidate) && candidate.name === name) : undefined;
  return isObject(tag) && typeof tag.description === 'string' ? tag.description : undefined;
}

function infoVersionOf(source: JsonObject): string {
  return isObject(source.info) && typeof source.info.version === 'string' ? source.info.version : '1';
}

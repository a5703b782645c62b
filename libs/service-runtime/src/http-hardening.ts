import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { CodedError, errorBody } from './errors.js';

/** Deepest nesting of arrays and objects a request body may have. */
export const MAX_JSON_DEPTH = 32;

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Parses a JSON body strictly, before any transformation: valid UTF-8, at most
 * `MAX_JSON_DEPTH` levels (checked on the text, so a hostile body cannot exhaust the stack),
 * and no string or key with U+0000, a lone surrogate or a prototype-polluting key. Each
 * refusal is a 400 naming the field.
 */
export function parseStrictJson(body: Buffer): unknown {
  let text: string;
  try {
    text = UTF8.decode(body);
  } catch {
    throw new CodedError('REQUEST.INVALID_UTF8', 'invalid', 'the request body is not valid UTF-8');
  }
  checkDepth(text);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CodedError('REQUEST.MALFORMED_JSON', 'invalid', `the request body is not valid JSON: ${(error as Error).message}`);
  }
  checkStrings(value, '');
  return value;
}

function checkDepth(text: string): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_JSON_DEPTH) {
        throw new CodedError('REQUEST.TOO_DEEP', 'invalid', `the request body nests deeper than ${MAX_JSON_DEPTH} levels`);
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
}

/** Refuses U+0000, lone surrogates and `__proto__`/`constructor` keys anywhere in `value`. */
export function checkStrings(value: unknown, path: string): void {
  if (typeof value === 'string') {
    checkString(value, path || 'body');
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => checkStrings(item, `${path}[${index}]`));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const field = path ? `${path}.${visible(key)}` : visible(key);
      checkString(key, field);
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
        throw new CodedError('REQUEST.FORBIDDEN_KEY', 'invalid', `${field}: this key is not allowed`, field);
      }
      checkStrings(item, field);
    }
  }
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A key as an answer can name it: the characters refused here written as `\uXXXX`, not echoed raw. */
function visible(key: string): string {
  return key.replaceAll('\u0000', '\\u0000').replace(LONE_SURROGATE, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

function checkString(value: string, field: string): void {
  if (value.includes('\u0000')) throw new CodedError('REQUEST.NUL_CHARACTER', 'invalid', `${field} must not contain U+0000`, field);
  if (!value.isWellFormed()) throw new CodedError('REQUEST.LONE_SURROGATE', 'invalid', `${field} contains a lone UTF-16 surrogate`, field);
}

const FORM_FIELD = /^([^=]*)(?:=(.*))?$/s;

/**
 * Parses an `application/x-www-form-urlencoded` body as strictly as JSON: valid UTF-8 (raw and
 * percent-encoded), the same string and key checks, each refusal a 400. A field sent once is a
 * string, a field sent more than once a list of its values (for validation to refuse where one
 * value is expected). The object has no prototype, so no field name can reach one.
 */
export function parseStrictForm(body: Buffer): Record<string, string | string[]> {
  let text: string;
  try {
    text = UTF8.decode(body);
  } catch {
    throw new CodedError('REQUEST.INVALID_UTF8', 'invalid', 'the request body is not valid UTF-8');
  }
  const fields = Object.create(null) as Record<string, string | string[]>;
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const [, rawName = '', rawValue = ''] = FORM_FIELD.exec(pair) ?? [];
    const name = decodeFormComponent(rawName);
    const value = decodeFormComponent(rawValue);
    checkStrings({ [name]: value }, '');
    const earlier = fields[name];
    fields[name] = earlier === undefined ? value : [...(Array.isArray(earlier) ? earlier : [earlier]), value];
  }
  return fields;
}

function decodeFormComponent(component: string): string {
  try {
    return decodeURIComponent(component.replaceAll('+', ' '));
  } catch {
    throw new CodedError('REQUEST.MALFORMED_FORM', 'invalid', 'the request body is not valid form encoding: a % escape is malformed or not UTF-8');
  }
}

/**
 * Route config, `@RouteConfig(FORM_BODY_ROUTE)`, of a write route that also takes a form-encoded
 * body, for a partner protocol defined that way (Open311 GeoReport v2). Only for routes that
 * authenticate with something a browser form cannot send, such as a request signature in
 * headers: writes are JSON-only so that a plain HTML form on another site cannot act, and such
 * a form cannot sign.
 */
export const FORM_BODY_ROUTE = { formBody: true } as const;

const JSON_TYPE = /^application\/json\s*(;|$)/i;
const FORM_TYPE = /^application\/x-www-form-urlencoded\s*(;|$)/i;

/** Whether a write may carry a body of this content type: JSON everywhere, a form where the route says so. */
export function acceptsBodyType(type: string, route: { formBody?: unknown } | undefined): boolean {
  return JSON_TYPE.test(type) || (route?.formBody === true && FORM_TYPE.test(type));
}

export interface RateLimitSettings {
  /** Requests per client per window, over all routes of a service. */
  max: number;
  windowMs: number;
}

/**
 * The HTTP edge every service shares:
 * - JSON only: a write with any other content type (a form post, text/plain) answers 415, so a
 *   plain HTML form elsewhere cannot drive the API; bodies are parsed by `parseStrictJson`
 *   (signed partner routes marked `FORM_BODY_ROUTE` also take forms, by `parseStrictForm`);
 * - query strings get the same string checks as bodies;
 * - rate limits per client (a verified token's subject, else the address) with 429 and Retry-After;
 *   routes tighten them with `RateLimited`.
 */
export async function hardenHttp(
  instance: FastifyInstance,
  options: { bodyLimit: number; rateLimit: RateLimitSettings; verifySubject: VerifySubject },
): Promise<void> {
  instance.removeAllContentTypeParsers();
  instance.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: options.bodyLimit }, (request, body, done) => {
    try {
      // The exact bytes, for routes that verify a signature over them (the partner API).
      (request as FastifyRequest & { rawBody?: Buffer }).rawBody = body as Buffer;
      done(null, parseStrictJson(body as Buffer));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
  // Reached only on routes marked FORM_BODY_ROUTE: the hook below refuses forms everywhere else.
  instance.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'buffer', bodyLimit: options.bodyLimit }, (request, body, done) => {
    try {
      (request as FastifyRequest & { rawBody?: Buffer }).rawBody = body as Buffer;
      done(null, parseStrictForm(body as Buffer));
    } catch (error) {
      done(error as Error, undefined);
    }
  });

  instance.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!WRITE_METHODS.has(request.method)) return;
    const type = request.headers['content-type'];
    const hasBody = Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
    const route = request.routeOptions.config as { formBody?: unknown } | undefined;
    if (type === undefined ? hasBody : !acceptsBodyType(type, route)) {
      const expected = route?.formBody === true ? 'a JSON or form-encoded body (Content-Type: application/json or application/x-www-form-urlencoded)' : 'a JSON body (Content-Type: application/json)';
      await reply.status(415).send(errorBody(415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE', `write requests take ${expected}`, 'content-type'));
    }
  });

  instance.addHook('preValidation', (request: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void) => {
    try {
      checkStrings(request.query, 'query');
      done();
    } catch (error) {
      done(error as Error);
    }
  });

  await instance.register(rateLimit, {
    global: true,
    max: options.rateLimit.max,
    timeWindow: options.rateLimit.windowMs,
    keyGenerator: clientKeyGenerator(options.verifySubject),
    errorResponseBuilder: (_request, context) => rateLimitedError(context.ttl),
  });
}

/**
 * What the rate limiter throws: shaped like Fastify's own errors (a status and a code), which
 * the exception filter turns into the platform's error body. A ready-made body would lose its
 * code there, as it is neither a coded failure nor an HttpException.
 */
function rateLimitedError(ttlMs: number): Error {
  return Object.assign(new Error(`too many requests; try again in ${Math.ceil(ttlMs / 1000)} s`), { statusCode: 429, code: 'RATE_LIMITED' });
}

/** Verifies a bearer token and names its subject; rejects when the token is not good. */
export type VerifySubject = (token: string) => Promise<string>;

/**
 * Who a request counts against: the subject of a bearer token that verifies (agents of one
 * centre share an address), else the address. Only a verified subject counts: a forged token
 * with a fresh subject on every request would otherwise get a fresh allowance every time.
 */
export function clientKeyGenerator(verifySubject: VerifySubject): (request: FastifyRequest) => Promise<string> {
  return async (request) => {
    const header = request.headers.authorization;
    const token = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header.trim())?.[1] : undefined;
    if (token) {
      try {
        return `sub:${await verifySubject(token)}`;
      } catch {
        // Not a good token: counted by address, and refused by the access guard.
      }
    }
    return `ip:${request.ip}`;
  };
}

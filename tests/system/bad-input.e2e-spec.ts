import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import {
  asUser,
  KafkaProbe,
  Platform,
  settle,
  SERVICE_NAMES,
  signedPartnerHeaders,
  type ServiceName,
} from '@legal-hotline/testing';
import { concretePath, errorsOf, operationsOf, userWithRole, type Operation } from './openapi.js';

/**
 * Crafted and malformed input across the five services, generated from their OpenAPI documents:
 * every request answers 4xx with the platform's error shape (a code, and the field where one is
 * at fault), never 5xx, and nothing is stored or emitted.
 */
interface Case {
  name: string;
  service: ServiceName;
  method: string;
  path: string;
  user: Parameters<typeof asUser>[0] | null;
  /** Signed with a partner's key, so that the input reaches validation behind the signature check. */
  signed?: boolean;
  contentType?: string;
  body?: string | Buffer;
  /** The field the answer must name, when one is at fault (empty: some field, whichever). */
  field?: string;
  status?: number;
}

const FORM = 'application/x-www-form-urlencoded';
const LONG_BODY = JSON.stringify({ note: 'x'.repeat(70 * 1024) });
const DEEP_BODY = `${'['.repeat(40)}${']'.repeat(40)}`;

/** Bodies that no write operation accepts, whatever its fields. */
function bodyCases(service: ServiceName, op: Operation, user: Case['user']): Case[] {
  const at = { service, method: op.method, path: concretePath(op.template), user, signed: op.partnerSigned };
  const label = `${service} ${op.method} ${op.template}`;
  const cases: Case[] = [
    {
      ...at,
      name: `${label}: U+0000 in a string`,
      body: JSON.stringify({ note: 'a\u0000b' }),
      field: 'note',
      status: 400,
    },
    { ...at, name: `${label}: a lone surrogate`, body: '{"summary":"\\ud800x"}', field: 'summary', status: 400 },
    { ...at, name: `${label}: nesting 40 deep`, body: DEEP_BODY, status: 400 },
    {
      ...at,
      name: `${label}: invalid UTF-8`,
      body: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
      status: 400,
    },
    { ...at, name: `${label}: malformed JSON`, body: '{"note": ', status: 400 },
    { ...at, name: `${label}: a __proto__ key`, body: '{"__proto__":{"admin":true}}', field: '__proto__', status: 400 },
    {
      ...at,
      name: `${label}: a form post`,
      contentType: 'application/x-www-form-urlencoded',
      body: 'note=x',
      status: 415,
    },
    { ...at, name: `${label}: a body over the limit`, body: LONG_BODY, status: 413 },
    {
      ...at,
      name: `${label}: an unknown field`,
      body: JSON.stringify({ decidedBy: 'officer-li', actor: { organisation: 'x' } }),
    },
    { ...at, name: `${label}: a JSON string instead of an object`, body: '"accept"' },
  ];
  // Open311 posts forms, as its specification does: only there is a form no refusal in itself.
  return op.bodyTypes.includes(FORM) ? cases.filter((c) => c.contentType !== FORM) : cases;
}

const NOWHERE = '00000000-0000-4000-8000-000000000000';

/** An Open311 service request as a partner's client posts it, form-encoded, with `changes` over a valid one. */
function open311Form(changes: Record<string, string | undefined> = {}): string {
  const fields = {
    service_code: 'legal-aid-application',
    description: '来电人称在桂城街道工地务工，被拖欠工资三个月。',
    last_name: '陈',
    phone: '13812345678',
    'attribute[partner_reference]': `110-FS-${randomUUID().slice(0, 8)}`,
    'attribute[region_code]': '440605011',
    'attribute[legal_category]': 'labour-remuneration',
    'attribute[language]': 'yue',
    'attribute[caller_consent]': 'true',
    ...changes,
  };
  return new URLSearchParams(
    Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined),
  ).toString();
}

/**
 * Signed requests to the partners' own routes that the generated cases cannot make: coded
 * receipts of a transfer, the change feed's cursor, and Open311 fields and formats.
 */
function partnerCases(): Case[] {
  const transfers = (path: string, body: unknown, field: string, status = 400): Case => ({
    name: `hotline-exchange partner transfers ${path} ${JSON.stringify(body) ?? ''}`,
    service: 'hotline-exchange',
    method: body === undefined ? 'GET' : 'POST',
    path: `/api/v1/partner/transfers${path}`,
    user: null,
    signed: true,
    body: body === undefined ? undefined : JSON.stringify(body),
    field,
    status,
  });
  const feed = (query: string, field: string): Case => ({
    name: `hotline-exchange partner feed ?${query}`,
    service: 'hotline-exchange',
    method: 'GET',
    path: `/api/v1/partner/tickets?${query}`,
    user: null,
    signed: true,
    field,
    status: 400,
  });
  const open311 = (name: string, method: string, path: string, status: number, field: string, body?: string): Case => ({
    name: `hotline-exchange open311 ${name}`,
    service: 'hotline-exchange',
    method,
    path: `/api/open311/v2/${path}`,
    user: null,
    signed: !path.startsWith('services'),
    ...(body === undefined ? {} : { body, contentType: FORM }),
    field,
    status,
  });
  return [
    transfers(`/${NOWHERE}/reject`, {}, 'reason'),
    transfers(`/${NOWHERE}/reject`, { reason: 'too-busy' }, 'reason'),
    transfers(`/${NOWHERE}/accept`, { partnerReference: 'x'.repeat(101) }, 'partnerReference'),
    transfers(`/${NOWHERE}/progress`, { note: '' }, 'note'),
    transfers(
      `/${NOWHERE}/result`,
      { outcome: 'handled', actionTaken: '已处置', replyToCaller: '已告知', completedAt: 'yesterday' },
      'completedAt',
    ),
    transfers(
      `/${NOWHERE}/result`,
      { outcome: 'solved', actionTaken: '已处置', replyToCaller: '已告知', completedAt: '2026-11-24T15:30:00+08:00' },
      'outcome',
    ),
    transfers('/not-a-uuid/accept', {}, 'transferId'),
    transfers(`/${NOWHERE}/accept`, {}, 'transferId', 404),
    transfers('?receipt=lost', undefined, 'receipt'),
    transfers('?limit=0', undefined, 'limit'),
    feed('after=abc', 'after'),
    feed('after=999999999', 'after'),
    feed('updatedSince=2026-11-23T10:00:00%2B08:00', 'updatedSince'),
    feed('limit=100000', 'limit'),
    open311(
      'without a region',
      'POST',
      'requests.json',
      400,
      'attribute[region_code]',
      open311Form({ 'attribute[region_code]': undefined }),
    ),
    open311(
      'without consent',
      'POST',
      'requests.json',
      422,
      'attribute[caller_consent]',
      open311Form({ 'attribute[caller_consent]': 'false' }),
    ),
    open311(
      'an unknown attribute',
      'POST',
      'requests.json',
      400,
      'attribute[colour]',
      open311Form({ 'attribute[colour]': 'red' }),
    ),
    open311(
      'an unknown service',
      'POST',
      'requests.json',
      400,
      'service_code',
      open311Form({ service_code: 'pothole' }),
    ),
    open311(
      'a media URL',
      'POST',
      'requests.json',
      400,
      'media_url',
      open311Form({ media_url: 'http://example.org/a.jpg' }),
    ),
    open311('a valid request as XML', 'POST', 'requests.xml', 406, '', open311Form()),
    open311('a malformed id', 'GET', 'requests/not-a-uuid.json', 400, 'service_request_id'),
    open311(
      'updated_after without an offset',
      'GET',
      'requests.json?updated_after=2026-11-23T10:00:00',
      400,
      'updated_after',
    ),
    open311('an unknown service definition', 'GET', 'services/pothole.json', 404, 'service_code'),
  ];
}

describe('bad input on every operation of the five services', () => {
  let platform: Platform;
  let probe: KafkaProbe;
  const cases: Case[] = [];
  const outboxBefore = new Map<ServiceName, number>();

  async function outboxCount(service: ServiceName): Promise<number> {
    const [row] = await platform.database(service).query<{ count: string }>('SELECT count(*) FROM outbox');
    return Number(row?.count ?? 0);
  }

  beforeAll(async () => {
    probe = await KafkaProbe.start();
    platform = await Platform.start();
    for (const service of SERVICE_NAMES) {
      for (const op of await operationsOf(platform.url(service))) {
        const user = op.protected ? userWithRole(op.requiredRoles) : null;
        if (op.hasBody) cases.push(...bodyCases(service, op, user));
        if (op.template.includes('{id}')) {
          // Parameters are validated together, so a body at fault may be named instead of the id;
          // either way the answer names a field. Agency ids are not UUIDs: unknown, 404.
          cases.push({
            name: `${service} ${op.method} ${op.template}: a malformed id`,
            service,
            method: op.method,
            path: op.template.replace('{id}', 'not-a-uuid').replace(/\{(\w+)\}/g, '0'),
            user,
            signed: op.partnerSigned,
            body: op.hasBody ? '{}' : undefined,
            field: op.hasBody || op.queryParameters.length > 0 ? '' : 'id',
          });
        }
        for (const [name, value] of [
          ['page', '-1'],
          ['pageSize', '100000'],
          ['since', 'yesterday'],
          ['regionCode', '44\u0000'],
        ] as const) {
          if (!op.queryParameters.includes(name)) continue;
          cases.push({
            name: `${service} ${op.method} ${op.template}: ?${name}=${JSON.stringify(value)}`,
            service,
            method: op.method,
            path: `${concretePath(op.template)}?${name}=${encodeURIComponent(value)}`,
            user,
            signed: op.partnerSigned,
            status: 400,
          });
        }
      }
      outboxBefore.set(service, await outboxCount(service));
    }
    cases.push(...partnerCases());
  }, 240_000);

  afterAll(async () => {
    await platform?.stop();
    await probe?.stop();
  });

  it('has at least a hundred cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
  });

  it('answers each with 4xx, a coded reason and the field at fault; never 5xx', async () => {
    const failures: string[] = [];
    for (const c of cases) {
      const headers: Record<string, string> = {
        ...(c.user ? await asUser(c.user) : {}),
        ...(c.signed ? signedPartnerHeaders(platform.partnerKeys['110']!, c.body) : {}),
      };
      if (c.body !== undefined) headers['content-type'] = c.contentType ?? 'application/json';
      const response = await fetch(`${platform.url(c.service)}${c.path}`, { method: c.method, headers, body: c.body });
      const text = await response.text();
      let errors: ReturnType<typeof errorsOf> = [];
      try {
        errors = errorsOf(JSON.parse(text));
      } catch {
        // checked below: every answer must be the JSON error shape
      }
      const problems = [
        response.status < 400 || response.status >= 500 ? `status ${response.status}` : null,
        c.status !== undefined && response.status !== c.status
          ? `status ${response.status}, expected ${c.status}`
          : null,
        !errors[0]?.code ? 'no coded reason' : null,
        c.field !== undefined && !errors.some((e) => typeof e.field === 'string' && e.field.startsWith(c.field!))
          ? `field ${c.field} not named`
          : null,
      ].filter(Boolean);
      if (problems.length > 0) failures.push(`${c.name}: ${problems.join('; ')}: ${text.slice(0, 300)}`);
    }
    expect(failures).toEqual([]);
  });

  it('stored and emitted nothing', async () => {
    await settle(2000);
    for (const service of SERVICE_NAMES)
      expect({ service, outbox: await outboxCount(service) }).toEqual({ service, outbox: outboxBefore.get(service) });
    expect(
      probe.messages.filter((m) =>
        ['ticket.', 'assignment.', 'partner-case.', 'partner-transfer.'].some((prefix) =>
          m.event?.type.startsWith(prefix),
        ),
      ),
    ).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes, randomUUID } from 'node:crypto';
import { createEvent, TOPICS, type EventData, type EventType, type PlatformEvent } from '@legal-hotline/contracts';
import {
  eventually,
  http,
  KafkaProbe,
  pendingSchemaChanges,
  settle,
  signedPartnerHeaders,
  startTestService,
  type PartnerCredentials,
  type TestService,
} from '@legal-hotline/testing';
import { hotlineExchangeService, type HotlineExchangeConfig } from '../src/hotline-exchange.service-definition.js';
import { IssuePartnerKeyHandler } from '../src/partners/issue-partner-key.handler.js';

/** A service request as an Open311 client posts it, form-encoded: every value a string, attributes as attribute[code]. */
const aForm = (changes: Record<string, string | undefined> = {}): Record<string, string> =>
  Object.fromEntries(
    Object.entries({
      service_code: 'legal-aid-application',
      description: '报警人称在南海区桂城街道工地务工，被拖欠工资三个月，约三万元。',
      first_name: '大明',
      last_name: '陈',
      phone: '+86 138-1234-5678',
      address_string: '桂城街道南海大道北 88 号工地',
      'attribute[partner_reference]': `110-FS-${randomUUID().slice(0, 8)}`,
      'attribute[region_code]': '440605011',
      'attribute[legal_category]': 'labour-remuneration',
      'attribute[arosen_in_region_code]': '440605011',
      'attribute[language]': 'yue',
      'attribute[caller_consent]': 'true',
      'attribute[migrant_worker_wage_claim]': 'true',
      ...changes,
    }).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );

/** The same request as a JSON client may send it: an attribute object, real booleans. */
const aJsonRequest = () => ({
  service_code: 'mediation-pre-application',
  description: '邻居装修噪音扰民，协商无果，请求调解。',
  last_name: '李',
  first_name: '秀英',
  phone: '075786280000',
  attribute: {
    partner_reference: `12345-GD-${randomUUID().slice(0, 8)}`,
    region_code: '440605011',
    legal_category: 'neighbourhood',
    language: 'zh-CN',
    caller_consent: true,
    urgent: false,
  },
});

interface Open311Error {
  code: number;
  description: string;
}
interface Receipt {
  service_request_id: string;
  service_notice: string;
  account_id: null;
}
interface ServiceRequest {
  service_request_id: string;
  status: string;
  status_notes: string | null;
  service_code: string | null;
  service_name: string | null;
  agency_responsible: string;
  requested_datetime: string;
  updated_datetime: string;
  extended_attributes: {
    status: string;
    ticket_number: string | null;
    partner_reference: string;
    updates: { at: string; status: string; note: string }[];
  };
}
// Answers are typed loosely on purpose: a test reads whichever side (success or error) it expects.
type Answer<T> = T[] & Open311Error[];

function platformEvent<T extends EventType>(type: T, subject: string, data: EventData<T>): PlatformEvent {
  const source = type.startsWith('ticket.') ? 'intake' : 'routing';
  return createEvent({
    id: randomUUID(),
    type,
    source,
    subject,
    occurredAt: new Date(),
    correlationId: randomUUID(),
    causationId: null,
    data,
  }) as PlatformEvent;
}

const ENV = {
  REGION_PROVINCES: '44',
  EXCHANGE_SECRETS_KEY: randomBytes(32).toString('hex'),
  PARTNER_AUTH_FAILURE_LIMIT: '1000',
};
const FORM = 'application/x-www-form-urlencoded';
const CST = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+08:00$/;

describe('hotline exchange: Open311 GeoReport v2', () => {
  let svc: TestService<HotlineExchangeConfig>;
  let probe: KafkaProbe;
  let police: PartnerCredentials;
  let government: PartnerCredentials;

  const url = (path: string) => `${svc.url}/api/open311/v2/${path}`;
  const postForm = (fields: Record<string, string>, key: PartnerCredentials | null, path = 'requests.json') => {
    const body = new URLSearchParams(fields).toString();
    return http<Answer<Receipt>>('POST', url(path), body, {
      'content-type': FORM,
      ...(key ? signedPartnerHeaders(key, body) : {}),
    });
  };
  const postJson = (body: unknown, key: PartnerCredentials) =>
    http<Answer<Receipt>>('POST', url('requests.json'), body, signedPartnerHeaders(key, body));
  const read = (key: PartnerCredentials | null, path: string) =>
    http<Answer<ServiceRequest>>('GET', url(path), undefined, key ? signedPartnerHeaders(key) : {});
  const count = async (table: string) =>
    Number((await svc.database.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);
  const issueKey = async (partnerCode: '110' | '12345'): Promise<PartnerCredentials> => {
    const { keyId, secret } = await svc.app.get(IssuePartnerKeyHandler).execute({ partnerCode, issuedBy: null });
    return { keyId, secret };
  };

  beforeAll(async () => {
    svc = await startTestService(hotlineExchangeService, { env: ENV });
    probe = await KafkaProbe.start();
    police = await issueKey('110');
    government = await issueKey('12345');
  }, 60_000);

  afterAll(async () => {
    await probe?.stop();
    await svc?.stop();
  }, 60_000);

  describe('services (public)', () => {
    it('lists the kinds of case a partner may forward, in Chinese, without a signature', async () => {
      const response = await http('GET', url('services.json?jurisdiction_id=gd'));

      expect(response.status).toBe(200);
      expect(response.body.map((s: { service_code: string }) => s.service_code)).toEqual([
        'consultation',
        'legal-aid-application',
        'mediation-pre-application',
        'complaint-or-suggestion',
      ]);
      expect(response.body[1]).toEqual({
        service_code: 'legal-aid-application',
        service_name: '法律援助申请',
        description: expect.stringContaining('法律援助法'),
        metadata: true,
        type: 'realtime',
        keywords: expect.stringContaining('法律援助'),
        group: '法律援助',
      });
    });

    it("defines a service's attributes", async () => {
      const response = await http('GET', url('services/legal-aid-application.json'));

      expect(response.status).toBe(200);
      expect(response.body.service_code).toBe('legal-aid-application');
      expect(response.body.attributes).toContainEqual(
        expect.objectContaining({
          code: 'caller_consent',
          datatype: 'singlevaluelist',
          required: true,
          variable: true,
          description: expect.stringContaining('个人信息保护法'),
        }),
      );
      expect(response.body.attributes.find((a: { code: string }) => a.code === 'region_code')).toMatchObject({
        required: true,
        datatype: 'string',
      });
    });

    it('answers an unknown service 404 and XML 406, in the Open311 error format', async () => {
      const unknown = await http<Open311Error[]>('GET', url('services/pothole.json'));
      const xml = await http<Open311Error[]>('GET', url('services.xml'));

      expect(unknown.status).toBe(404);
      expect(unknown.body).toEqual([
        { code: 404, description: expect.stringMatching(/^service_code: .*\[OPEN311\.SERVICE_NOT_FOUND\]$/) },
      ]);
      expect(xml.status).toBe(406);
      expect(xml.body).toEqual([{ code: 406, description: expect.stringContaining('JSON only') }]);
    });
  });

  describe('posting a service request', () => {
    it('forwards a form-encoded request as a partner case: 201 with the shared ticket id, and partner-case.received.v1', async () => {
      const form = aForm({ api_key: 'not-used' });
      const response = await postForm(form, police);

      expect(response.status).toBe(201);
      expect(response.body).toEqual([
        {
          service_request_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
          service_notice: expect.stringContaining('七日内'),
          account_id: null,
        },
      ]);
      expect(response.headers.get('idempotent-replayed')).toBe('false');
      const ticketId = response.body[0]!.service_request_id;
      const event = await probe.waitForEvent((e) => e.type === 'partner-case.received.v1' && e.subject === ticketId);
      expect(event.data).toEqual({
        ticketId,
        partner: '110',
        partnerName: expect.any(String),
        partnerReference: form['attribute[partner_reference]'],
        caller: { name: '陈大明', phone: '13812345678', idNumber: null, language: 'yue', accessibilityNeeds: [] },
        requestType: 'legal-aid-application',
        legalCategory: 'labour-remuneration',
        regionCode: '440605011',
        matterLocation: { arosenInRegionCode: '440605011' },
        summary: `${form.description}\n地址：桂城街道南海大道北 88 号工地`,
        flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false, dangerous: false },
        receivedAt: expect.any(String),
      });
      expect(
        await svc.database.query('SELECT service_code FROM open311_service_requests WHERE ticket_id = $1', [ticketId]),
      ).toEqual([{ service_code: 'legal-aid-application' }]);
    });

    it('forwards a JSON request with an attribute object the same way', async () => {
      const body = aJsonRequest();
      const response = await postJson(body, government);

      expect(response.status).toBe(201);
      const ticketId = response.body[0]!.service_request_id;
      const event = await probe.waitForEvent((e) => e.type === 'partner-case.received.v1' && e.subject === ticketId);
      expect(event.data).toMatchObject({
        partner: '12345',
        caller: { name: '李秀英', phone: '075786280000' },
        requestType: 'mediation-pre-application',
        matterLocation: {},
      });
    });

    it('answers the same case posted again with the first receipt and opens nothing; another case under its reference is refused (409)', async () => {
      const form = aForm();
      const first = await postForm(form, police);
      const again = await postForm(form, police);
      const other = await postForm({ ...form, description: '另一个案件' }, police);

      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(other.status).toBe(409);
      expect(other.body).toEqual([
        {
          code: 409,
          description: expect.stringMatching(/^attribute\[partner_reference\]: .*\[PARTNER_CASE\.REFERENCE_REUSED\]$/),
        },
      ]);
      expect(other.body[0]!.description).toContain(first.body[0]!.service_request_id);
      await settle();
      const reference = form['attribute[partner_reference]'];
      expect(
        await svc.database.query('SELECT 1 FROM partner_cases WHERE partner_reference = $1', [reference]),
      ).toHaveLength(1);
      expect(
        probe.events().filter((e) => e.type === 'partner-case.received.v1' && e.data.partnerReference === reference),
      ).toHaveLength(1);
    });

    it('still refuses form posts on the partner API, which takes JSON only', async () => {
      const body = 'partnerReference=1';
      const response = await http('POST', `${svc.url}/api/v1/partner/tickets`, body, {
        'content-type': FORM,
        ...signedPartnerHeaders(police, body),
      });
      expect(response.status).toBe(415);
    });
  });

  describe('refusing bad requests in the Open311 format, storing and emitting nothing', () => {
    let before: number[];
    const tables = ['partner_cases', 'partner_requests', 'partner_references', 'open311_service_requests', 'outbox'];

    beforeAll(async () => {
      await settle();
      before = await Promise.all(tables.map(count));
    });

    type Refusal = [string, number, () => Promise<{ status: number; body: Open311Error[] }>, RegExp];
    const refusals: Refusal[] = [
      [
        'no service_code',
        400,
        () => postForm(aForm({ service_code: undefined }), police),
        /^service_code is required$/,
      ],
      [
        'an unknown service',
        400,
        () => postForm(aForm({ service_code: 'pothole' }), police),
        /^service_code must name a service/,
      ],
      [
        'no consent',
        400,
        () => postForm(aForm({ 'attribute[caller_consent]': undefined }), police),
        /^attribute\[caller_consent\] is required$/,
      ],
      [
        'consent as a word other than true or false',
        400,
        () => postForm(aForm({ 'attribute[caller_consent]': 'yes' }), police),
        /^attribute\[caller_consent\] must be true or false$/,
      ],
      [
        'consent refused',
        422,
        () => postForm(aForm({ 'attribute[caller_consent]': 'false' }), police),
        /^attribute\[caller_consent\]: .*PIPL Art\. 23.*\[CONSENT\.REQUIRED\]$/,
      ],
      [
        'a malformed region code',
        400,
        () => postForm(aForm({ 'attribute[region_code]': '44060' }), police),
        /^attribute\[region_code\] must be a region code/,
      ],
      [
        'an unknown region code',
        422,
        () => postForm(aForm({ 'attribute[region_code]': '449999' }), police),
        /^attribute\[region_code\]: 449999 .*\[REGION\.UNKNOWN\]$/,
      ],
      [
        'a region code of a province not served',
        422,
        () => postForm(aForm({ 'attribute[region_code]': '522726' }), police),
        /^attribute\[region_code\]: .*\[REGION\.UNKNOWN\]$/,
      ],
      [
        'an unknown place where the matter arose',
        422,
        () => postForm(aForm({ 'attribute[arosen_in_region_code]': '440605999' }), police),
        /^attribute\[arosen_in_region_code\]: .*\[REGION\.UNKNOWN\]$/,
      ],
      [
        'no partner reference',
        400,
        () => postForm(aForm({ 'attribute[partner_reference]': undefined }), police),
        /^attribute\[partner_reference\] is required$/,
      ],
      [
        'an attribute the definition lacks',
        400,
        () => postForm(aForm({ 'attribute[colour]': 'red' }), police),
        /^attribute\[colour\]: no such attribute/,
      ],
      ['no name', 400, () => postForm(aForm({ first_name: undefined, last_name: undefined }), police), /^last_name/],
      [
        'a phone that is no Chinese number',
        400,
        () => postForm(aForm({ phone: '+1 415 555 0100' }), police),
        /^phone must be a mobile number/,
      ],
      [
        'media',
        400,
        () => postForm(aForm({ media_url: 'https://example.cn/a.jpg' }), police),
        /^media_url is not taken/,
      ],
      ['a body that is an array', 400, () => postJson([aJsonRequest()], police), /^the body must be form fields/],
      ['no signature', 401, () => postForm(aForm(), null), /^X-Partner-Key-Id: .*\[PARTNER_AUTH\.MISSING_HEADER\]$/],
      [
        'a signature over another body',
        401,
        () =>
          http<Open311Error[]>('POST', url('requests.json'), new URLSearchParams(aForm()).toString(), {
            'content-type': FORM,
            ...signedPartnerHeaders(police, 'a=b'),
          }),
        /\[PARTNER_AUTH\.INVALID_SIGNATURE\]$/,
      ],
      ['XML', 406, () => postForm(aForm(), police, 'requests.xml'), /JSON only/],
    ];

    it.each(refusals)('answers %s with %i and names the problem', async (_, status, send, description) => {
      const response = await send();
      expect(response.status).toBe(status);
      expect(response.body).toEqual(
        expect.arrayContaining([{ code: status, description: expect.stringMatching(description) }]),
      );
      expect(response.body.every((item) => item.code === status)).toBe(true);
    });

    it('refuses a malformed form at the HTTP edge, before any route, in the platform error body like a malformed JSON body', async () => {
      const response = await http('POST', url('requests.json'), 'a=%ZZ', {
        'content-type': FORM,
        ...signedPartnerHeaders(police, 'a=%ZZ'),
      });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ code: 'REQUEST.MALFORMED_FORM' })]);
    });

    it('says how to sign when a request is not signed', async () => {
      const response = await postForm(aForm(), null);
      expect(response.headers.get('www-authenticate')).toMatch(/^Signature realm=.*webhook-signature/);
    });

    it('stored no case and emitted no event for any of them', async () => {
      await settle();
      expect(await Promise.all(tables.map(count))).toEqual(before);
    });
  });

  describe('following service requests', () => {
    let ticketId: string;
    let reference: string;
    let since: string;

    beforeAll(async () => {
      since = new Date(Date.now() - 1).toISOString();
      const form = aForm();
      reference = form['attribute[partner_reference]']!;
      ticketId = (await postForm(form, police)).body[0]!.service_request_id;
    });

    it('reads one back by its id, as a list of one, times in +08:00', async () => {
      const response = await read(police, `requests/${ticketId}.json`);

      expect(response.status).toBe(200);
      expect(response.body).toEqual([
        {
          service_request_id: ticketId,
          status: 'open',
          status_notes: expect.stringContaining(reference),
          service_name: '法律援助申请',
          service_code: 'legal-aid-application',
          description: null,
          agency_responsible: '12348公共法律服务平台',
          service_notice: expect.stringContaining('法律援助机构'),
          requested_datetime: expect.stringMatching(CST),
          updated_datetime: expect.stringMatching(CST),
          expected_datetime: null,
          address: null,
          zipcode: null,
          lat: null,
          long: null,
          media_url: null,
          extended_attributes: {
            status: 'received',
            ticket_number: null,
            partner_reference: reference,
            updates: [{ at: expect.stringMatching(CST), status: 'received', note: expect.stringContaining(reference) }],
          },
        },
      ]);
    });

    it("answers another partner's request and a missing one alike: 404", async () => {
      for (const response of [
        await read(government, `requests/${ticketId}.json`),
        await read(police, `requests/${randomUUID()}.json`),
      ]) {
        expect(response.status).toBe(404);
        expect(response.body).toEqual([
          { code: 404, description: expect.stringMatching(/^service_request_id: .*\[OPEN311\.NOT_FOUND\]$/) },
        ]);
      }
      expect((await read(police, 'requests/42.json')).status).toBe(400);
    });

    it('refuses to read without a signature (401) and in XML (406)', async () => {
      expect((await read(null, `requests/${ticketId}.json`)).status).toBe(401);
      expect((await read(police, `requests/${ticketId}.xml`)).status).toBe(406);
    });

    it('follows the platform: the extended status, the body responsible and the notes change with its facts', async () => {
      const assignmentId = randomUUID();
      await probe.publishEvent(
        TOPICS.assignments,
        platformEvent('assignment.requested.v1', assignmentId, {
          assignmentId,
          ticketId,
          ticketNumber: '12348-20261123-000042',
          agency: {
            agencyId: 'legal-aid-centre:440605',
            agencyType: 'legal-aid-centre',
            name: '南海区法律援助中心',
            regionCode: '440605',
          },
          requestType: 'legal-aid-application',
          legalCategory: 'labour-remuneration',
          regionCode: '440605011',
          summary: '报警人称被拖欠工资',
          caller: { maskedName: '陈**', maskedPhone: '138****5678', language: 'yue', accessibilityNeeds: [] },
          flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false },
          explanation: {
            rule: 'legal-aid.art38.matter-location',
            fallbackLevel: 1,
            routedOnRegionCode: '440605011',
            reason: 'Art. 38',
            candidatesConsidered: [],
          },
          acceptanceDeadline: new Date(Date.now() + 86_400_000).toISOString(),
          requestedAt: new Date().toISOString(),
        }),
      );

      const [request] = (
        await eventually(async () => {
          const current = await read(police, `requests/${ticketId}.json`);
          expect(current.body[0]!.extended_attributes.status).toBe('awaiting-acceptance');
          return current;
        })
      ).body;
      expect(request).toMatchObject({
        status: 'open',
        agency_responsible: '南海区法律援助中心',
        status_notes: 'Sent to 南海区法律援助中心 for acceptance',
      });
      expect(JSON.stringify(request)).not.toMatch(/陈|13812345678|138\*\*\*\*5678/);
    });

    it("lists the partner's own requests changed at or after updated_after, oldest change first", async () => {
      const later = (await postForm(aForm(), police)).body[0]!.service_request_id;
      await postJson(aJsonRequest(), government);

      const feed = await read(police, `requests.json?updated_after=${encodeURIComponent(since)}`);
      expect(feed.status).toBe(200);
      const ids = feed.body.map((r) => r.service_request_id);
      expect(ids).toEqual(expect.arrayContaining([ticketId, later]));
      const times = feed.body.map((r) => Date.parse(r.updated_datetime));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(feed.body.every((r) => r.status === 'open')).toBe(true);

      const future = await read(
        police,
        `requests.json?updated_after=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`,
      );
      expect(future.body).toEqual([]);
    });

    it('finds requests by id, leaving out ids that are not the partner’s, and filters by status and service', async () => {
      const theirs = (await postJson(aJsonRequest(), government)).body[0]!.service_request_id;

      const byIds = await read(police, `requests.json?service_request_id=${ticketId},${theirs}&status=closed`);
      expect(byIds.body.map((r) => r.service_request_id)).toEqual([ticketId]);
      expect((await read(police, 'requests.json?status=closed')).body).toEqual([]);
      const consultations = await read(police, 'requests.json?service_code=consultation');
      expect(consultations.body.map((r) => r.service_request_id)).not.toContain(ticketId);
      expect(
        (await read(police, 'requests.json?service_code=legal-aid-application&status=open')).body.map(
          (r) => r.service_request_id,
        ),
      ).toContain(ticketId);
    });

    it.each([
      ['an id that is no UUID', 'service_request_id=42', /^service_request_id/],
      ['a time without an offset', 'updated_after=2026-11-23T10:00:00', /^updated_after/],
      [
        'a range over 90 days',
        'start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z',
        /^end_date: .*\[OPEN311\.DATE_RANGE_TOO_LONG\]$/,
      ],
      ['an unknown argument', 'page=2', /^page/],
    ])('refuses %s (400 naming it)', async (_, query, description) => {
      const response = await read(police, `requests.json?${query}`);
      expect(response.status).toBe(400);
      expect(response.body).toEqual(
        expect.arrayContaining([{ code: 400, description: expect.stringMatching(description) }]),
      );
    });
  });

  it('documents every Open311 route under the open311 tag, the request routes signed, the POST form-encoded or JSON', async () => {
    const document = await http('GET', `${svc.url}/docs-json`);
    const paths = Object.entries<
      Record<string, { tags: string[]; security?: unknown; requestBody?: { content: Record<string, unknown> } }>
    >(document.body.paths).filter(([path]) => path.startsWith('/api/open311/v2/'));

    expect(paths.map(([path]) => path).sort()).toEqual([
      '/api/open311/v2/requests.{format}',
      '/api/open311/v2/requests/{service_request_id}.{format}',
      '/api/open311/v2/services.{format}',
      '/api/open311/v2/services/{service_code}.{format}',
    ]);
    for (const [path, operations] of paths) {
      for (const operation of Object.values(operations)) {
        expect(operation.tags).toEqual(['open311']);
        expect(operation.security).toEqual(path.includes('/requests') ? [{ 'partner-signature': [] }] : undefined);
      }
    }
    const post = document.body.paths['/api/open311/v2/requests.{format}'].post;
    expect(Object.keys(post.requestBody.content)).toEqual(['application/x-www-form-urlencoded', 'application/json']);
    expect(post.requestBody.content['application/x-www-form-urlencoded'].encoding).toEqual({
      attribute: { style: 'deepObject', explode: true },
    });
    expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(['201', '400', '401', '406', '409', '422']));
  });

  it('has migrations that match the entities', async () => {
    expect(await pendingSchemaChanges(svc.dataSource)).toEqual([]);
  });
});

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
  type SigningOptions,
  type TestService,
} from '@legal-hotline/testing';
import { hotlineExchangeService, type HotlineExchangeConfig } from '../src/hotline-exchange.service-definition.js';
import { partnerCaseFactOf } from '../src/partner-cases/domain/partner-case-view.js';
import { TrackPartnerCaseHandler } from '../src/partner-cases/track-partner-case.handler.js';
import { IssuePartnerKeyHandler } from '../src/partners/issue-partner-key.handler.js';
import { PartnerAuthHousekeepingWorker } from '../src/partners/partner-auth-housekeeping.worker.js';
import { RevokePartnerKeyHandler } from '../src/partners/revoke-partner-key.handler.js';

const aCase = (overrides: Record<string, unknown> = {}) => ({
  partnerReference: `110-FS-${randomUUID().slice(0, 8)}`,
  caller: { name: '陈大明', phone: '13812345678', idNumber: null, language: 'yue', accessibilityNeeds: [] as string[] },
  requestType: 'legal-aid-application',
  legalCategory: 'labour-remuneration',
  regionCode: '440605011',
  matterLocation: { arosenInRegionCode: '440605011' },
  summary: '报警人称被拖欠工资，非警务警情，转12348。',
  flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false },
  callerConsentToTransfer: true,
  ...overrides,
});

// Answers are typed loosely on purpose: a test reads whichever side (success or error) it expects.
interface ErrorAnswer {
  statusCode: number;
  errors: { field: string | null; code: string; description: string }[];
}
interface Receipt {
  ticketId: string;
  partnerReference: string;
}
interface Ticket {
  ticketId: string;
  status: string;
  updates: { at: string; status: string; note: string }[];
}
type ForwardAnswer = Receipt & ErrorAnswer;
interface Change {
  type: string;
  messageId: string;
  ticketId: string;
  ticketNumber: string | null;
  partnerReference: string;
  sequence: number;
  status: string;
  coarseStatus: string;
  currentHandler: { name: string; agencyType: string } | null;
  note: string;
  at: string;
  cursor: string;
}
type ReadAnswer = Ticket & ErrorAnswer & { changes: Change[]; nextCursor: string };

function platformEvent<T extends EventType>(type: T, subject: string, data: EventData<T>): PlatformEvent {
  const source = type.startsWith('ticket.') ? 'intake' : type.startsWith('routing.') ? 'routing' : 'legal-aid';
  return createEvent({ id: randomUUID(), type, source, subject, occurredAt: new Date(), correlationId: randomUUID(), causationId: null, data }) as PlatformEvent;
}

// The refusals below fail on purpose with the 110 key; the throttle they would reach is tested in partner-keys.int-spec.ts.
const ENV = { REGION_PROVINCES: '44', EXCHANGE_SECRETS_KEY: randomBytes(32).toString('hex'), PARTNER_AUTH_FAILURE_LIMIT: '1000' };

/** Signed as a partner would, possibly with a header changed or removed (undefined). */
type HeaderChanges = Record<string, string | undefined>;

describe('hotline exchange: partner tickets', () => {
  let svc: TestService<HotlineExchangeConfig>;
  let probe: KafkaProbe;
  let police: PartnerCredentials;
  let government: PartnerCredentials;

  const url = (path = '') => `${svc.url}/api/v1/partner/tickets${path}`;
  const withChanges = (headers: Record<string, string>, changes: HeaderChanges) =>
    Object.fromEntries(Object.entries({ ...headers, ...changes }).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const forward = (body: unknown, key: PartnerCredentials | null, idempotencyKey: string | null = randomUUID(), signing: SigningOptions = {}, changes: HeaderChanges = {}) =>
    http<ForwardAnswer>(
      'POST',
      url(),
      body,
      withChanges(
        {
          ...(key === null ? {} : signedPartnerHeaders(key, body, signing)),
          ...(idempotencyKey === null ? {} : { 'idempotency-key': idempotencyKey }),
        },
        changes,
      ),
    );
  const read = (key: PartnerCredentials, path: string) => http<ReadAnswer>('GET', url(path), undefined, signedPartnerHeaders(key));
  const receivedEvents = () => probe.events().filter((e) => e.type === 'partner-case.received.v1');
  const count = async (table: string) => Number((await svc.database.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);
  const issueKey = async (partnerCode: '110' | '12345' | '12355' | '12368'): Promise<PartnerCredentials> => {
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

  describe('forwarding a case', () => {
    it('stores it under a new shared ticket id, answers 201 and emits partner-case.received.v1 keyed by that id', async () => {
      const body = aCase();
      const response = await forward(body, police);

      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        ticketId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        partnerReference: body.partnerReference,
        status: 'received',
        coarseStatus: 'open',
        receivedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      });
      const { ticketId } = response.body;
      const message = await eventually(() => {
        const found = probe.messages.find((m) => m.event?.type === 'partner-case.received.v1' && m.event.subject === ticketId);
        if (!found) throw new Error('partner-case.received.v1 not observed yet');
        return found;
      });
      expect(message).toMatchObject({ topic: TOPICS.partnerCases, key: ticketId });
      expect(message.event).toMatchObject({
        source: 'hotline-exchange',
        causationId: null,
        data: { ticketId, partner: '110', partnerName: '110报警服务台', partnerReference: body.partnerReference, caller: { name: '陈大明' } },
      });
    });

    it('answers a repeat with the same key and body (keys in any order) with the first answer, creating nothing', async () => {
      const idempotencyKey = `update-${randomUUID()}`;
      const body = aCase();
      const first = await forward(body, police, idempotencyKey);
      const { caller, ...rest } = body;
      const repeat = await forward({ caller: { ...caller }, ...Object.fromEntries(Object.entries(rest).reverse()) }, police, idempotencyKey);

      expect(repeat.status).toBe(201);
      expect(repeat.body).toEqual(first.body);
      expect(repeat.headers.get('idempotent-replayed')).toBe('true');
      await settle();
      const { ticketId } = first.body;
      expect(await svc.database.query('SELECT ticket_id FROM partner_cases WHERE partner_reference = $1', [body.partnerReference])).toEqual([{ ticket_id: ticketId }]);
      expect(receivedEvents().filter((e) => e.subject === ticketId)).toHaveLength(1);
    });

    it('refuses the same key with a different body (422 IDEMPOTENCY.KEY_REUSED)', async () => {
      const idempotencyKey = randomUUID();
      await forward(aCase(), police, idempotencyKey);
      const reused = await forward(aCase({ summary: '另一个案件' }), police, idempotencyKey);

      expect(reused.status).toBe(422);
      expect(reused.body.errors).toEqual([expect.objectContaining({ code: 'IDEMPOTENCY.KEY_REUSED', field: 'Idempotency-Key' })]);
    });

    it('scopes idempotency keys per partner', async () => {
      const idempotencyKey = randomUUID();
      const fromPolice = await forward(aCase(), police, idempotencyKey);
      const fromGovernment = await forward(aCase(), government, idempotencyKey);

      expect(fromGovernment.status).toBe(201);
      expect(fromGovernment.body.ticketId).not.toBe(fromPolice.body.ticketId);
    });

    it('creates one case when two first requests with the same key race', async () => {
      const idempotencyKey = randomUUID();
      const body = aCase();
      const answers = await Promise.all(Array.from({ length: 4 }, () => forward(body, police, idempotencyKey)));

      expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201]);
      expect(new Set(answers.map((a) => a.body.ticketId)).size).toBe(1);
      expect(await svc.database.query('SELECT ticket_id FROM partner_cases WHERE partner_reference = $1', [body.partnerReference])).toHaveLength(1);
      await settle();
      expect(receivedEvents().filter((e) => e.subject === answers[0]!.body.ticketId)).toHaveLength(1);
    });

    it('opens one ticket per partnerReference whatever the Idempotency-Key: the same case again answers the first receipt', async () => {
      const body = aCase();
      const first = await forward(body, police);
      // The same case, the phone written another way, under a new key: a retry the partner did not recognise as one.
      const again = await forward({ ...body, caller: { ...body.caller, phone: '+86 138-1234-5678' } }, police, `new-${randomUUID()}`);

      expect(first.status).toBe(201);
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      await settle();
      expect(await svc.database.query('SELECT ticket_id FROM partner_cases WHERE partner_reference = $1', [body.partnerReference])).toEqual([
        { ticket_id: first.body.ticketId },
      ]);
      expect(receivedEvents().filter((e) => e.data.partnerReference === body.partnerReference)).toHaveLength(1);
    });

    it('refuses another case under a partnerReference already used (409 PARTNER_CASE.REFERENCE_REUSED), storing nothing', async () => {
      const body = aCase();
      const first = await forward(body, police);
      const other = await forward({ ...body, summary: '另一个案件' }, police);

      expect(other.status).toBe(409);
      expect(other.body.errors).toEqual([expect.objectContaining({ code: 'PARTNER_CASE.REFERENCE_REUSED', field: 'partnerReference' })]);
      expect(other.body.errors[0]!.description).toContain(first.body.ticketId);
      expect(await svc.database.query('SELECT ticket_id FROM partner_cases WHERE partner_reference = $1', [body.partnerReference])).toHaveLength(1);
    });

    it('opens one ticket when first forwards of one reference race under different keys', async () => {
      const body = aCase();
      const answers = await Promise.all(Array.from({ length: 4 }, () => forward(body, police)));

      expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201]);
      expect(new Set(answers.map((a) => a.body.ticketId)).size).toBe(1);
      expect(await svc.database.query('SELECT ticket_id FROM partner_cases WHERE partner_reference = $1', [body.partnerReference])).toHaveLength(1);
      await settle();
      expect(receivedEvents().filter((e) => e.data.partnerReference === body.partnerReference)).toHaveLength(1);
    });

    it('scopes references per partner', async () => {
      const body = aCase();
      const fromPolice = await forward(body, police);
      const fromGovernment = await forward(body, government);
      expect(fromGovernment.status).toBe(201);
      expect(fromGovernment.body.ticketId).not.toBe(fromPolice.body.ticketId);
    });

    it('passes the 12348 platform the partner names to intake as responsibleOrganisationId, and none when it names none', async () => {
      const named = await forward(aCase({ responsiblePlatform: '12348-gd' }), police);
      const unnamed = await forward(aCase(), police);
      expect([named.status, unnamed.status]).toEqual([201, 201]);
      const withChoice = await probe.waitForEvent((e) => e.type === 'partner-case.received.v1' && e.subject === named.body.ticketId);
      const withoutChoice = await probe.waitForEvent((e) => e.type === 'partner-case.received.v1' && e.subject === unnamed.body.ticketId);
      expect(withChoice.data).toMatchObject({ responsibleOrganisationId: '12348-gd' });
      expect(withoutChoice.data).not.toHaveProperty('responsibleOrganisationId');
    });

    it('counts the named platform as part of the request: another choice under the same key is 422 IDEMPOTENCY.KEY_REUSED', async () => {
      const idempotencyKey = randomUUID();
      const body = aCase({ responsiblePlatform: '12348-gd' });
      expect((await forward(body, police, idempotencyKey)).status).toBe(201);
      const other = await forward({ ...body, responsiblePlatform: '12348-gz' }, police, idempotencyKey);
      const none = await forward({ ...body, responsiblePlatform: undefined }, police, idempotencyKey);
      for (const answer of [other, none]) {
        expect(answer.status).toBe(422);
        expect(answer.body.errors).toEqual([expect.objectContaining({ code: 'IDEMPOTENCY.KEY_REUSED', field: 'Idempotency-Key' })]);
      }
    });

    it('passes a phone written with +86, spaces and hyphens to intake as national digits, and an ID number with a lower-case x as X', async () => {
      const body = aCase({ caller: { name: '陈大明', phone: '+86 138-1234-5678', idNumber: '11010519491231002x', language: 'yue' } });
      const response = await forward(body, police);
      expect(response.status).toBe(201);
      const event = await probe.waitForEvent((e) => e.type === 'partner-case.received.v1' && e.subject === response.body.ticketId);
      expect(event.data).toMatchObject({ caller: { phone: '13812345678', idNumber: '11010519491231002X' } });
    });
  });

  describe('signed requests', () => {
    it('refuses a replayed request (409 PARTNER_AUTH.REPLAYED) and opens nothing', async () => {
      const body = aCase();
      const headers = { ...signedPartnerHeaders(police, body), 'idempotency-key': randomUUID() };
      const first = await http<ForwardAnswer>('POST', url(), body, headers);
      const replay = await http<ForwardAnswer>('POST', url(), body, headers);

      expect(first.status).toBe(201);
      expect(replay.status).toBe(409);
      expect(replay.body.errors).toEqual([expect.objectContaining({ code: 'PARTNER_AUTH.REPLAYED', field: 'webhook-id' })]);
      await settle();
      expect(await svc.database.query('SELECT 1 FROM partner_cases WHERE partner_reference = $1', [body.partnerReference])).toHaveLength(1);
    });

    it('refuses a captured request sent again to another path: its webhook-id is used', async () => {
      const created = await forward(aCase(), police);
      const headers = signedPartnerHeaders(police);
      const first = await http('GET', url(`/${created.body.ticketId}`), undefined, headers);
      const elsewhere = await http<ErrorAnswer>('GET', url('?limit=1'), undefined, headers);

      expect(first.status).toBe(200);
      expect(elsewhere.status).toBe(409);
      expect(elsewhere.body.errors).toEqual([expect.objectContaining({ code: 'PARTNER_AUTH.REPLAYED' })]);
    });

    it('accepts a signing time within the tolerance, either way', async () => {
      const now = Math.floor(Date.now() / 1000);
      for (const timestamp of [now - 240, now + 240]) {
        expect((await forward(aCase(), police, randomUUID(), { timestamp })).status).toBe(201);
      }
    });

    it('remembers used webhook-ids in PostgreSQL and forgets them once their time has left the window', async () => {
      const id = `msg_${randomUUID()}`;
      await forward(aCase(), police, randomUUID(), { id });
      expect(await svc.database.query('SELECT key_id FROM partner_message_ids WHERE message_id = $1', [id])).toEqual([{ key_id: police.keyId }]);

      await svc.app.get(PartnerAuthHousekeepingWorker).prune(new Date(Date.now() + 6 * 60_000 + 60_000));
      expect(await svc.database.query('SELECT 1 FROM partner_message_ids WHERE message_id = $1', [id])).toEqual([]);
    });
  });

  describe('refusing bad requests, storing and emitting nothing', () => {
    let revoked: PartnerCredentials;
    let casesBefore: number;
    let outboxBefore: number;
    let eventsBefore: number;

    beforeAll(async () => {
      revoked = await issueKey('110');
      await svc.app.get(RevokePartnerKeyHandler).execute({ keyId: revoked.keyId, revokedBy: null });
      await settle();
      [casesBefore, outboxBefore, eventsBefore] = [await count('partner_cases'), await count('outbox'), receivedEvents().length];
    });

    const now = () => Math.floor(Date.now() / 1000);
    const impostor = (): PartnerCredentials => ({ keyId: police.keyId, secret: `whsec_${randomBytes(32).toString('base64')}` });
    type Refusal = [string, () => Promise<{ status: number; body: ErrorAnswer }>, number, { code?: string; field?: string | null }];
    const refusals: Refusal[] = [
      ['no signature at all', () => forward(aCase(), null), 401, { code: 'PARTNER_AUTH.MISSING_HEADER', field: 'X-Partner-Key-Id' }],
      ['a bearer token instead', () => forward(aCase(), null, randomUUID(), {}, { authorization: `Bearer ${randomUUID()}` }), 401, { code: 'PARTNER_AUTH.MISSING_HEADER' }],
      ['no webhook-signature', () => forward(aCase(), police, randomUUID(), {}, { 'webhook-signature': undefined }), 401, { code: 'PARTNER_AUTH.MISSING_HEADER', field: 'webhook-signature' }],
      ['no webhook-id', () => forward(aCase(), police, randomUUID(), {}, { 'webhook-id': undefined }), 401, { code: 'PARTNER_AUTH.MISSING_HEADER', field: 'webhook-id' }],
      ['a malformed key id', () => forward(aCase(), police, randomUUID(), {}, { 'x-partner-key-id': 'not-a-key' }), 401, { code: 'PARTNER_AUTH.MALFORMED_HEADER', field: 'X-Partner-Key-Id' }],
      ['a timestamp in ISO form', () => forward(aCase(), police, randomUUID(), {}, { 'webhook-timestamp': new Date().toISOString() }), 401, { code: 'PARTNER_AUTH.MALFORMED_HEADER', field: 'webhook-timestamp' }],
      ['a signature made with another secret', () => forward(aCase(), impostor()), 401, { code: 'PARTNER_AUTH.INVALID_SIGNATURE', field: 'webhook-signature' }],
      ['a signature over another body', () => forward(aCase(), police, randomUUID(), {}, signedPartnerHeaders(police, aCase())), 401, { code: 'PARTNER_AUTH.INVALID_SIGNATURE' }],
      ['an unknown key', () => forward(aCase(), { keyId: 'abcdefghijkl', secret: police.secret }), 401, { code: 'PARTNER_AUTH.INVALID_SIGNATURE' }],
      ['a stale timestamp', () => forward(aCase(), police, randomUUID(), { timestamp: now() - 301 }), 401, { code: 'PARTNER_AUTH.TIMESTAMP_OUTSIDE_WINDOW', field: 'webhook-timestamp' }],
      ['a timestamp in the future', () => forward(aCase(), police, randomUUID(), { timestamp: now() + 301 }), 401, { code: 'PARTNER_AUTH.TIMESTAMP_OUTSIDE_WINDOW', field: 'webhook-timestamp' }],
      ['a revoked key', () => forward(aCase(), revoked), 401, { code: 'PARTNER_AUTH.KEY_REVOKED' }],
      ['no Idempotency-Key', () => forward(aCase(), police, null), 400, { code: 'IDEMPOTENCY.KEY_MISSING', field: 'Idempotency-Key' }],
      ['a malformed region code', () => forward(aCase({ regionCode: '44060' }), police), 400, { field: 'regionCode' }],
      ['an unknown region code', () => forward(aCase({ regionCode: '449999' }), police), 422, { code: 'REGION.UNKNOWN', field: 'regionCode' }],
      ['a region code of a province not served', () => forward(aCase({ regionCode: '522726' }), police), 422, { code: 'REGION.UNKNOWN', field: 'regionCode' }],
      [
        'an unknown region code where the matter arose',
        () => forward(aCase({ matterLocation: { arosenInRegionCode: '440605999' } }), police),
        422,
        { code: 'REGION.UNKNOWN', field: 'matterLocation.arosenInRegionCode' },
      ],
      ['no consent', () => forward(aCase({ callerConsentToTransfer: undefined }), police), 422, { code: 'CONSENT.REQUIRED', field: 'callerConsentToTransfer' }],
      ['consent refused', () => forward(aCase({ callerConsentToTransfer: false }), police), 422, { code: 'CONSENT.REQUIRED', field: 'callerConsentToTransfer' }],
      ['an unknown field', () => forward(aCase({ callerAddress: '南海区' }), police), 400, { field: 'callerAddress' }],
      ...(['caller', 'matterLocation', 'flags', 'partnerReference', 'summary', 'regionCode', 'requestType', 'legalCategory'] as const).map(
        (field): Refusal => [`no ${field}`, () => forward(aCase({ [field]: undefined }), police), 400, { field }],
      ),
      ...(['caller', 'matterLocation', 'flags'] as const).map((field): Refusal => [`an array as ${field}`, () => forward(aCase({ [field]: [] }), police), 400, { field }]),
      ['a string as caller', () => forward(aCase({ caller: '陈大明' }), police), 400, { field: 'caller' }],
      ['null as the handling organ', () => forward(aCase({ matterLocation: { handlingOrgan: null } }), police), 400, { field: 'matterLocation.handlingOrgan' }],
      [
        'null as the place the matter arose',
        () => forward(aCase({ matterLocation: { arosenInRegionCode: null } }), police),
        400,
        { field: 'matterLocation.arosenInRegionCode' },
      ],
      ['an array as the handling organ', () => forward(aCase({ matterLocation: { handlingOrgan: [] } }), police), 400, { field: 'matterLocation.handlingOrgan' }],
      [
        'a handling organ without its region',
        () => forward(aCase({ matterLocation: { handlingOrgan: { type: 'court', name: '南海区法院' } } }), police),
        400,
        { field: 'matterLocation.handlingOrgan.regionCode' },
      ],
      ['no caller name', () => forward(aCase({ caller: { phone: '13812345678', language: 'yue' } }), police), 400, { field: 'caller.name' }],
      ['an invisible caller name', () => forward(aCase({ caller: { name: '\u200b\u200b', phone: '13812345678', language: 'yue' } }), police), 400, { field: 'caller.name' }],
      ['a blank summary', () => forward(aCase({ summary: ' \u3000 ' }), police), 400, { field: 'summary' }],
      ['an invisible partnerReference', () => forward(aCase({ partnerReference: '\ufeff' }), police), 400, { field: 'partnerReference' }],
      ['a phone that is no Chinese number', () => forward(aCase({ caller: { name: '陈大明', phone: '+1 415 555 0100', language: 'yue' } }), police), 400, { field: 'caller.phone' }],
      ['a phone that is a number', () => forward(aCase({ caller: { name: '陈大明', phone: 13812345678, language: 'yue' } }), police), 400, { field: 'caller.phone' }],
      [
        'an ID number with a wrong check character',
        () => forward(aCase({ caller: { name: '陈大明', phone: '13812345678', idNumber: '110105194912310021', language: 'yue' } }), police),
        400,
        { field: 'caller.idNumber' },
      ],
      ['a language that is no tag', () => forward(aCase({ caller: { name: '陈大明', phone: '13812345678', language: '粤语' } }), police), 400, { field: 'caller.language' }],
      ['a flag that is not a boolean', () => forward(aCase({ flags: { urgent: 'yes', migrantWorkerWageClaim: true, veteran: false } }), police), 400, { field: 'flags.urgent' }],
      ['a responsible platform that is no 12348 platform id', () => forward(aCase({ responsiblePlatform: '12345-gd' }), police), 400, { field: 'responsiblePlatform' }],
      ['a responsible platform in capitals', () => forward(aCase({ responsiblePlatform: '12348-GD' }), police), 400, { field: 'responsiblePlatform' }],
      ['null as the responsible platform', () => forward(aCase({ responsiblePlatform: null }), police), 400, { field: 'responsiblePlatform' }],
      ['a body that is an array', () => forward([aCase()], police), 400, {}],
      ['a body that is a string', () => forward('"110-FS-1"', police), 400, {}],
    ];

    it.each(refusals)('answers %s with %s and names the problem', async (_, send, status, detail) => {
      const response = await send();
      expect(response.status).toBe(status);
      expect(response.body).toMatchObject({ statusCode: status, errors: expect.arrayContaining([expect.objectContaining(detail)]) });
    });

    it('names the signature headers in WWW-Authenticate when a request is not signed', async () => {
      const response = await forward(aCase(), null);
      expect(response.headers.get('www-authenticate')).toMatch(/^Signature realm=.*x-partner-key-id webhook-id webhook-timestamp webhook-signature/);
    });

    it('checks the signature before the body: an unsigned invalid case answers 401, not 400', async () => {
      const response = await forward({ summary: 1 }, null);
      expect(response.status).toBe(401);
    });

    it('stored no case and emitted no event for any of them', async () => {
      await settle();
      expect(await count('partner_cases')).toBe(casesBefore);
      expect(await count('outbox')).toBe(outboxBefore);
      expect(receivedEvents()).toHaveLength(eventsBefore);
    });
  });

  describe('following a case', () => {
    let ticketId: string;
    let partnerReference: string;

    beforeAll(async () => {
      const response = await forward(aCase(), police);
      ({ ticketId, partnerReference } = response.body);
    });

    it('shows the forwarding partner its case as received', async () => {
      const response = await read(police, `/${ticketId}`);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        ticketId,
        ticketNumber: null,
        partnerReference,
        status: 'received',
        coarseStatus: 'open',
        currentHandler: null,
        updates: [{ status: 'received', note: expect.stringContaining(partnerReference) }],
      });
    });

    it('answers another partner 404, as for a case that does not exist', async () => {
      const other = await read(government, `/${ticketId}`);
      const missing = await read(government, `/${randomUUID()}`);
      for (const response of [other, missing]) {
        expect(response.status).toBe(404);
        expect(response.body.errors).toEqual([expect.objectContaining({ code: 'PARTNER_CASE.NOT_FOUND', field: 'ticketId' })]);
      }
    });

    it('follows the ticket through intake and routing to acceptance, with no personal information', async () => {
      const assignmentId = randomUUID();
      // Facts happen after the receipt, in this order: opened, requested, accepted.
      const start = Date.now();
      const at = (ms: number) => new Date(start + ms).toISOString();
      await probe.publishEvent(
        TOPICS.tickets,
        platformEvent('ticket.opened.v1', ticketId, {
          ticketId,
          ticketNumber: '12348-20261123-000042',
          channel: 'partner',
          firstContact: { platform: '110', organisation: '110报警服务台', agent: null, receivedAt: at(0) },
          caller: { maskedName: '陈**', maskedPhone: '138****5678', language: 'yue', accessibilityNeeds: [] },
          requestType: 'legal-aid-application',
          legalCategory: 'labour-remuneration',
          regionCode: '440605011',
          matterLocation: { arosenInRegionCode: '440605011' },
          summary: '报警人称被拖欠工资',
          flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false },
          openedAt: at(1),
        }),
      );
      await probe.publishEvent(
        TOPICS.assignments,
        platformEvent('assignment.requested.v1', assignmentId, {
          assignmentId,
          ticketId,
          ticketNumber: '12348-20261123-000042',
          agency: { agencyId: 'legal-aid-centre:440605', agencyType: 'legal-aid-centre', name: '南海区法律援助中心', regionCode: '440605' },
          requestType: 'legal-aid-application',
          legalCategory: 'labour-remuneration',
          regionCode: '440605011',
          summary: '报警人称被拖欠工资',
          caller: { maskedName: '陈**', maskedPhone: '138****5678', language: 'yue', accessibilityNeeds: [] },
          flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false },
          explanation: { rule: 'legal-aid.art38.matter-location', fallbackLevel: 1, routedOnRegionCode: '440605011', reason: 'Art. 38', candidatesConsidered: [] },
          acceptanceDeadline: new Date(Date.now() + 86_400_000).toISOString(),
          requestedAt: at(2),
        }),
      );
      await probe.publishEvent(
        TOPICS.assignments,
        platformEvent('assignment.accepted.v1', assignmentId, {
          assignmentId,
          ticketId,
          agencyId: 'legal-aid-centre:440605',
          decidedBy: 'officer-li',
          note: '陈大明的案件，拟指派律师',
          acceptedAt: at(3),
        }),
      );

      const response = await eventually(async () => {
        const current = await read(police, `/${ticketId}`);
        expect(current.body.status).toBe('accepted');
        return current;
      });
      expect(response.body).toMatchObject({
        ticketNumber: '12348-20261123-000042',
        status: 'accepted',
        coarseStatus: 'open',
        currentHandler: { name: '南海区法律援助中心', agencyType: 'legal-aid-centre' },
      });
      expect(response.body.updates.map((u) => u.status)).toEqual(['received', 'received', 'awaiting-acceptance', 'accepted']);
      expect(JSON.stringify(response.body)).not.toMatch(/陈|13812345678|138\*\*\*\*5678|officer-li/);
    });

    it('ignores events about tickets no partner forwarded', async () => {
      const otherTicket = randomUUID();
      await probe.publishEvent(
        TOPICS.routingDecisions,
        platformEvent('routing.failed.v1', otherTicket, { ticketId: otherTicket, regionCode: '440605', reason: 'no centre', decidedAt: new Date().toISOString() }),
      );
      await eventually(async () => {
        const [row] = await svc.database.query<{ n: string }>(`SELECT count(*) AS n FROM processed_events WHERE event_type = 'routing.failed.v1'`);
        expect(Number(row!.n)).toBe(1);
      });
      expect(await svc.database.query('SELECT 1 FROM partner_cases WHERE ticket_id = $1', [otherTicket])).toEqual([]);
      expect(probe.messages.filter((m) => m.topic === TOPICS.deadLetters)).toEqual([]);
    });
  });

  describe('pull feed with a cursor', () => {
    /** Reads the partner's feed from `after` to its end, page by page. */
    const drain = async (key: PartnerCredentials, after?: string, limit = 100): Promise<{ changes: Change[]; cursor: string }> => {
      const changes: Change[] = [];
      let cursor = after;
      for (;;) {
        const page = await read(key, `?${cursor === undefined ? '' : `after=${cursor}&`}limit=${limit}`);
        expect(page.status).toBe(200);
        changes.push(...page.body.changes);
        if (page.body.changes.length === 0) return { changes, cursor: page.body.nextCursor };
        cursor = page.body.nextCursor;
      }
    };
    const opened = (ticketId: string, ticketNumber: string) =>
      platformEvent('ticket.opened.v1', ticketId, {
        ticketId,
        ticketNumber,
        channel: 'partner',
        firstContact: { platform: '12345', organisation: '12345政务服务便民热线', agent: null, receivedAt: new Date().toISOString() },
        caller: { maskedName: '陈**', maskedPhone: '138********', language: 'yue', accessibilityNeeds: [] },
        requestType: 'legal-aid-application',
        legalCategory: 'labour-remuneration',
        regionCode: '440605011',
        matterLocation: { arosenInRegionCode: '440605011' },
        summary: '被拖欠工资',
        flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false },
        openedAt: new Date().toISOString(),
      });

    it("lists the partner's own changes from the first one without a cursor, and only those after a cursor", async () => {
      const { cursor: before } = await drain(government);
      const first = await forward(aCase(), government);
      const second = await forward(aCase(), government);
      await forward(aCase(), police);

      const all = await drain(government);
      expect(all.changes.length).toBeGreaterThanOrEqual(2);
      expect(all.changes.slice(-2).map((c) => c.ticketId)).toEqual([first.body.ticketId, second.body.ticketId]);

      const after = await read(government, `?after=${before}`);
      expect(after.status).toBe(200);
      expect(after.body.changes).toEqual([
        {
          type: 'case.status-changed',
          messageId: expect.stringMatching(/^[0-9a-f-]{36}$/),
          ticketId: first.body.ticketId,
          ticketNumber: null,
          partnerReference: first.body.partnerReference,
          sequence: 1,
          status: 'received',
          coarseStatus: 'open',
          currentHandler: null,
          note: `Received from 12345 as ${first.body.partnerReference}`,
          at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+08:00$/),
          cursor: String(BigInt(before) + 1n),
        },
        expect.objectContaining({ ticketId: second.body.ticketId, sequence: 1, cursor: String(BigInt(before) + 2n) }),
      ]);
      expect(after.body.nextCursor).toBe(String(BigInt(before) + 2n));
      expect(JSON.stringify(after.body)).not.toMatch(/陈大明|13812345678/);

      const nothingNew = await read(government, `?after=${after.body.nextCursor}`);
      expect(nothingNew.body).toEqual({ changes: [], nextCursor: after.body.nextCursor });
    });

    it('pages with limit, each page continuing where the last ended', async () => {
      const { cursor: before } = await drain(government);
      const forwarded = [await forward(aCase(), government), await forward(aCase(), government), await forward(aCase(), government)];

      const page = await read(government, `?after=${before}&limit=2`);
      const next = await read(government, `?after=${page.body.nextCursor}&limit=2`);
      expect(page.body.changes).toHaveLength(2);
      expect(next.body.changes).toHaveLength(1);
      expect([...page.body.changes, ...next.body.changes].map((c) => c.ticketId)).toEqual(forwarded.map((f) => f.body.ticketId));
    });

    it('lists every change exactly once, in order per case, across pages read while cases are forwarded and followed concurrently', async () => {
      const { cursor: start } = await drain(government);
      const seen: Change[] = [];
      let cursor = start;
      let writing = true;
      const writers = (async () => {
        const tickets: string[] = [];
        for (let round = 0; round < 6; round += 1) {
          const answers = await Promise.all(Array.from({ length: 5 }, () => forward(aCase(), government)));
          for (const answer of answers) {
            expect(answer.status).toBe(201);
            tickets.push(answer.body.ticketId);
            // Intake opens each ticket while the partner's next cases arrive: two writers of the feed at once.
            await probe.publishEvent(TOPICS.tickets, opened(answer.body.ticketId, `12348-20261123-${String(tickets.length).padStart(6, '0')}`));
          }
        }
        writing = false;
        return tickets;
      })();
      while (writing) {
        const page = await read(government, `?after=${cursor}&limit=3`);
        seen.push(...page.body.changes);
        cursor = page.body.nextCursor;
      }
      const tickets = await writers;
      await eventually(async () => {
        const rest = await drain(government, cursor, 3);
        seen.push(...rest.changes);
        cursor = rest.cursor;
        expect(seen).toHaveLength(2 * tickets.length);
      });

      // Positions are consecutive: nothing was skipped, nothing listed twice.
      expect(seen.map((c) => c.cursor)).toEqual(seen.map((_, i) => String(BigInt(start) + BigInt(i + 1))));
      expect(new Set(seen.map((c) => c.messageId)).size).toBe(seen.length);
      for (const ticketId of tickets) {
        expect(seen.filter((c) => c.ticketId === ticketId).map((c) => [c.sequence, c.status, c.ticketNumber === null])).toEqual([
          [1, 'received', true],
          [2, 'received', false],
        ]);
      }
    });

    it('does not skip a change whose transaction commits after a later-started one: positions commit in order', async () => {
      const [a, b] = [await forward(aCase(), government), await forward(aCase(), government)];
      const { cursor: before } = await drain(government);
      const track = svc.app.get(TrackPartnerCaseHandler);
      const slow = svc.dataSource.createQueryRunner();
      await slow.connect();
      await slow.startTransaction();
      let fastDone = false;
      try {
        await track.execute(partnerCaseFactOf(opened(a.body.ticketId, '12348-20261123-900001'))!, slow.manager);
        // Records its change after the slow one took its position, and waits for it to commit.
        const fast = svc.dataSource
          .transaction((manager) => track.execute(partnerCaseFactOf(opened(b.body.ticketId, '12348-20261123-900002'))!, manager))
          .then(() => {
            fastDone = true;
          });
        await settle(500);
        expect(fastDone).toBe(false);
        expect((await read(government, `?after=${before}`)).body.changes).toEqual([]);

        await slow.commitTransaction();
        await fast;
      } finally {
        if (slow.isTransactionActive) await slow.rollbackTransaction();
        await slow.release();
      }
      const changes = (await read(government, `?after=${before}`)).body.changes;
      expect(changes.map((c) => [c.ticketId, c.cursor])).toEqual([
        [a.body.ticketId, String(BigInt(before) + 1n)],
        [b.body.ticketId, String(BigInt(before) + 2n)],
      ]);
    });

    it('answers updatedSince with 400 naming it and pointing to after', async () => {
      const response = await read(government, `?updatedSince=${encodeURIComponent(new Date().toISOString())}`);
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'updatedSince', description: expect.stringContaining('after') })]);
    });

    it.each([
      ['a cursor that is no number', '?after=yesterday', 'after'],
      ['a negative cursor', '?after=-1', 'after'],
      ['two cursors', '?after=1&after=2', 'after'],
      ['a limit of 0', '?limit=0', 'limit'],
      ['a limit over the maximum', '?limit=501', 'limit'],
      ['an unknown parameter', '?since=1', 'since'],
    ])('refuses %s (400 naming the parameter)', async (_, query, field) => {
      const response = await read(government, query);
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    });

    it('refuses a cursor the feed has not reached (400 FEED.CURSOR_UNKNOWN): reading on from it would skip changes', async () => {
      const { cursor } = await drain(government);
      const response = await read(government, `?after=${BigInt(cursor) + 1000n}`);
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ code: 'FEED.CURSOR_UNKNOWN', field: 'after' })]);
    });
  });

  it('documents the partner signature in OpenAPI, and the bearer token with its role for the admin API', async () => {
    const document = await http('GET', `${svc.url}/docs-json`);
    expect(document.body.components.securitySchemes).toMatchObject({
      'partner-signature': { type: 'apiKey', in: 'header', name: 'webhook-signature' },
      bearer: { type: 'http', scheme: 'bearer' },
    });
    const forwardOperation = document.body.paths['/api/v1/partner/tickets'].post;
    expect(forwardOperation.security).toEqual([{ 'partner-signature': [] }]);
    expect(forwardOperation.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['X-Partner-Key-Id', 'webhook-id', 'webhook-timestamp', 'webhook-signature', 'Idempotency-Key']),
    );
    for (const [path, operations] of Object.entries<Record<string, { security: unknown; 'x-required-roles': string[] }>>(document.body.paths)) {
      if (!path.startsWith('/api/v1/admin/')) continue;
      for (const operation of Object.values(operations)) {
        expect(operation.security).toEqual([{ bearer: [] }]);
        // Supervisors read the delivery state too; everything else is the administrator's alone.
        expect(operation['x-required-roles']).toEqual(path === '/api/v1/admin/deliveries' ? ['exchange-admin', 'supervisor'] : ['exchange-admin']);
      }
    }
  });

  it('has migrations that match the entities', async () => {
    expect(await pendingSchemaChanges(svc.dataSource)).toEqual([]);
  });
});

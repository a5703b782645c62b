import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createEvent, TOPICS, type PlatformEvent } from '@legal-hotline/contracts';
import type { ErrorBody } from '@legal-hotline/service-runtime';
import { eventually, http, KafkaProbe, pendingSchemaChanges, settle, startTestService, type TestService } from '@legal-hotline/testing';
import { intakeService, type IntakeConfig } from '../src/intake.service-definition.js';
import type { TicketPageView, TicketView } from '../src/tickets/ticket-view.dto.js';
import {
  assignmentAccepted,
  assignmentReceived,
  assignmentRejected,
  assignmentRequested,
  NANHAI_CENTRE,
  nanhaiApplication,
  partnerCaseReceived,
} from './fixtures/platform-events.js';


describe('intake tickets', () => {
  let svc: TestService<IntakeConfig>;
  let probe: KafkaProbe;
  const url = (path: string) => `${svc.url}${path}`;

  const openTicket = async (body: Record<string, unknown>): Promise<string> => {
    const response = await http<{ id: string }>('POST', url('/api/v1/tickets'), body);
    expect(response.status).toBe(201);
    return response.body.id;
  };
  const getTicket = async (id: string): Promise<TicketView> => (await http<TicketView>('GET', url(`/api/v1/tickets/${id}`))).body;
  const hasProcessed = async (eventId: string) =>
    (await svc.database.query('SELECT 1 FROM processed_events WHERE event_id = $1', [eventId])).length === 1;

  beforeAll(async () => {
    probe = await KafkaProbe.start();
    svc = await startTestService(intakeService, { env: { REGION_PROVINCES: '44,52', CALLER_HASH_KEY: 'tickets-int-spec-caller-hash-key-0123456789' } });
  });

  afterAll(async () => {
    await svc?.stop();
    await probe?.stop();
  });

  describe('a Nanhai legal-aid application handed to the Nanhai legal-aid centre', () => {
    let ticketId: string;
    let ticketNumber: string;
    let firstContact: unknown;
    const assignmentId = randomUUID();
    let acceptance: PlatformEvent;

    it('opens the ticket and announces it on Kafka, keyed by the ticket, with the caller masked', async () => {
      const response = await http('POST', url('/api/v1/tickets'), nanhaiApplication(), { 'x-correlation-id': 'it-nanhai-call-1' });

      expect(response.status).toBe(201);
      expect(response.body).toEqual({ id: expect.any(String), ticketNumber: expect.stringMatching(/^12348-\d{8}-\d{6}$/), status: 'received', possibleDuplicates: [] });
      ticketId = response.body.id;
      ticketNumber = response.body.ticketNumber;

      const opened = await probe.waitForEvent((e) => e.type === 'ticket.opened.v1' && e.subject === ticketId);
      const message = probe.messages.find((m) => m.event?.id === opened.id)!;
      expect(message).toMatchObject({ topic: TOPICS.tickets, key: ticketId });
      expect(opened).toMatchObject({ source: 'intake', correlationId: 'it-nanhai-call-1', causationId: null });
      expect(opened.data).toMatchObject({
        ticketNumber,
        channel: 'hotline',
        regionCode: '440605011',
        caller: { maskedName: '陈**', maskedPhone: '138****5678', language: 'yue', accessibilityNeeds: [] },
        flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false },
      });
      for (const personal of ['陈大明', '13812345678', '440605199001011236']) expect(message.value).not.toContain(personal);
      // The full details stay with intake, the first-contact owner.
      expect(await svc.database.query('SELECT caller_name, caller_phone, caller_id_number FROM tickets WHERE id = $1', [ticketId])).toEqual([
        { caller_name: '陈大明', caller_phone: '13812345678', caller_id_number: '440605199001011236' },
      ]);
    });

    it('shows the ticket as received, with its first contact and the opening in the timeline', async () => {
      const ticket = await getTicket(ticketId);

      expect(ticket).toMatchObject({
        id: ticketId,
        ticketNumber,
        status: 'received',
        coarseStatus: 'open',
        channel: 'hotline',
        requestType: 'legal-aid-application',
        legalCategory: 'labour-remuneration',
        regionCode: '440605011',
        matterLocation: { arosenInRegionCode: '440605011' },
        flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false },
        caller: { name: '陈**', phone: '138****5678', language: 'yue' },
        firstContact: { platform: '12348-hotline', organisation: '广东省12348公共法律服务热线', agent: 'agent-0731', receivedAt: expect.any(String) },
        currentHandler: null,
      });
      expect(ticket.timeline).toEqual([
        expect.objectContaining({ source: 'intake', kind: 'ticket.opened', statusAfter: 'received', actor: 'agent-0731' }),
      ]);
      firstContact = ticket.firstContact;
    });

    it('follows the hand-off to acceptance: current handler, status and one timeline entry per event', async () => {
      const start = Date.now();
      acceptance = assignmentAccepted(ticketId, assignmentId, NANHAI_CENTRE, new Date(start + 3000));
      await probe.publishEvent(TOPICS.assignments, assignmentRequested(ticketId, assignmentId, NANHAI_CENTRE, new Date(start + 1000)));
      await probe.publishEvent(TOPICS.assignments, assignmentReceived(ticketId, assignmentId, NANHAI_CENTRE, new Date(start + 2000)));
      await probe.publishEvent(TOPICS.assignments, acceptance);

      const ticket = await eventually(async () => {
        const current = await getTicket(ticketId);
        expect(current.status).toBe('accepted');
        return current;
      });
      expect(ticket.currentHandler).toEqual({
        agencyId: NANHAI_CENTRE.agencyId,
        agencyType: 'legal-aid-centre',
        name: '南海区法律援助中心',
        since: new Date(start + 1000).toISOString(),
      });
      expect(ticket.timeline).toEqual([
        expect.objectContaining({ source: 'intake', kind: 'ticket.opened', statusAfter: 'received' }),
        expect.objectContaining({
          source: 'routing',
          kind: 'assignment.requested.v1',
          statusAfter: 'awaiting-acceptance',
          reason: expect.stringContaining('Legal Aid Law Art. 38'),
        }),
        expect.objectContaining({ source: 'legal-aid', kind: 'assignment.received.v1', statusAfter: 'awaiting-acceptance', note: 'in the inbox of 南海区法律援助中心' }),
        expect.objectContaining({ source: 'legal-aid', kind: 'assignment.accepted.v1', statusAfter: 'accepted', actor: 'officer-li', note: '受理审查，拟指派律师' }),
      ]);
      expect(ticket.firstContact).toEqual(firstContact);
    });

    it('leaves the timeline unchanged when the acceptance is delivered again', async () => {
      await probe.publishEvent(TOPICS.assignments, acceptance);
      // A second acceptance with its own id proves the queue behind the repeat has been worked off.
      const resent = assignmentAccepted(ticketId, assignmentId);
      await probe.publishEvent(TOPICS.assignments, resent);
      await eventually(async () => expect(await hasProcessed(resent.id)).toBe(true));

      const ticket = await getTicket(ticketId);
      expect(ticket.status).toBe('accepted');
      expect(ticket.timeline).toHaveLength(4);
      expect(ticket.firstContact).toEqual(firstContact);
    });
  });

  it('accepts a village code, and records a retired county code as its successor with a note', async () => {
    const village = await getTicket(await openTicket(nanhaiApplication({ regionCode: '440605011001', requestType: 'mediation-pre-application' })));
    expect(village.regionCode).toBe('440605011001');

    // 萝岗区 (440116) merged into 黄埔区 (440112) in 2014; callers and partners still use the old code.
    const retired = await getTicket(await openTicket(nanhaiApplication({ regionCode: '440116', matterLocation: {} })));
    expect(retired.regionCode).toBe('440112');
    expect(retired.timeline[0]!.note).toContain('regionCode 440116 is retired and was recorded as 440112');
  });

  it('sends a ticket back to routing (routed) when the body rejects it, and ignores late news of that assignment', async () => {
    const ticketId = await openTicket(nanhaiApplication());
    const assignmentId = randomUUID();
    await probe.publishEvent(TOPICS.assignments, assignmentRequested(ticketId, assignmentId));
    await eventually(async () => expect((await getTicket(ticketId)).status).toBe('awaiting-acceptance'));

    await probe.publishEvent(TOPICS.assignments, assignmentRejected(ticketId, assignmentId));
    const ticket = await eventually(async () => {
      const current = await getTicket(ticketId);
      expect(current.status).toBe('routed');
      return current;
    });
    expect(ticket.currentHandler).toBeNull();
    expect(ticket.timeline.at(-1)).toMatchObject({
      source: 'legal-aid',
      kind: 'assignment.rejected.v1',
      actor: 'officer-li',
      statusAfter: 'routed',
      reason: 'not-our-jurisdiction',
      note: '用人单位在顺德区',
    });

    const lateAcceptance = assignmentAccepted(ticketId, assignmentId);
    await probe.publishEvent(TOPICS.assignments, lateAcceptance);
    await eventually(async () => expect(await hasProcessed(lateAcceptance.id)).toBe(true));
    expect(await getTicket(ticketId)).toMatchObject({ status: 'routed', timeline: ticket.timeline });
  });

  it('returns a ticket to its owner when routing finds no destination', async () => {
    const ticketId = await openTicket(nanhaiApplication());
    const failure = createEvent({
      id: randomUUID(),
      type: 'routing.failed.v1',
      source: 'routing',
      subject: ticketId,
      occurredAt: new Date(),
      correlationId: 'it-flow',
      causationId: null,
      data: { ticketId, regionCode: '440605011', reason: 'no legal-aid centre covers 440605011 or any region above it', decidedAt: new Date().toISOString() },
    });
    await probe.publishEvent(TOPICS.routingDecisions, failure);

    const ticket = await eventually(async () => {
      const current = await getTicket(ticketId);
      expect(current.status).toBe('returned-to-owner');
      return current;
    });
    expect(ticket.timeline.at(-1)).toMatchObject({ source: 'routing', kind: 'routing.failed.v1', reason: 'no legal-aid centre covers 440605011 or any region above it' });
  });

  it('dead-letters news about a ticket it does not know', async () => {
    const assignmentId = randomUUID();
    await probe.publishEvent(TOPICS.assignments, assignmentAccepted(randomUUID(), assignmentId));

    await eventually(() => {
      const letter = probe.messages.find((m) => m.topic === TOPICS.deadLetters && m.key === assignmentId);
      expect(letter).toBeDefined();
      expect(JSON.parse(letter!.value)).toMatchObject({ consumerGroup: expect.stringMatching(/intake$/), attempts: 1, error: expect.stringContaining('does not exist') });
    });
  });

  it('opens a forwarded partner case once, with the partner as first contact', async () => {
    const ticketId = randomUUID();
    const forward = partnerCaseReceived(ticketId, '110');
    await probe.publishEvent(TOPICS.partnerCases, forward);
    await probe.publishEvent(TOPICS.partnerCases, forward);
    const forwardedAgain = partnerCaseReceived(ticketId, '110');
    await probe.publishEvent(TOPICS.partnerCases, forwardedAgain);

    const opened = await probe.waitForEvent((e) => e.type === 'ticket.opened.v1' && e.subject === ticketId);
    expect(opened).toMatchObject({ correlationId: forward.correlationId, causationId: forward.id });
    expect(opened.data).toMatchObject({
      channel: 'partner',
      firstContact: { platform: '110', organisation: '佛山市公安局110指挥中心', agent: null, receivedAt: (forward.data as { receivedAt: string }).receivedAt },
      caller: { maskedName: '李*', maskedPhone: '137****2345' },
    });
    expect(await getTicket(ticketId)).toMatchObject({
      status: 'received',
      channel: 'partner',
      firstContact: { platform: '110', organisation: '佛山市公安局110指挥中心', agent: null, receivedAt: (forward.data as { receivedAt: string }).receivedAt },
    });

    await eventually(async () => expect(await hasProcessed(forwardedAgain.id)).toBe(true));
    await settle(1000);
    expect(probe.events().filter((e) => e.type === 'ticket.opened.v1' && e.subject === ticketId)).toHaveLength(1);
    expect((await getTicket(ticketId)).timeline).toHaveLength(1);
  });

  describe('bad input changes nothing and emits nothing', () => {
    const marker = `BAD-INPUT-${randomUUID()}`;
    const bad = (overrides: Record<string, unknown>) => nanhaiApplication({ summary: `${marker} 被拖欠工资`, ...overrides });
    const withCaller = (caller: Record<string, unknown>) => bad({ caller: { ...(nanhaiApplication().caller as object), ...caller } });
    const { caller: _caller, ...withoutCaller } = bad({});

    it.each<[string, number, string, string | null, () => Record<string, unknown>]>([
      ['a missing caller', 400, 'caller', null, () => withoutCaller],
      ['a malformed region code', 400, 'regionCode', null, () => bad({ regionCode: '44060' })],
      ['an unknown region code', 422, 'regionCode', 'REGION.UNKNOWN', () => bad({ regionCode: '449999' })],
      ['an unknown township code', 422, 'regionCode', 'REGION.UNKNOWN', () => bad({ regionCode: '440605999' })],
      ['an unknown place where the matter arose', 422, 'matterLocation.arosenInRegionCode', 'REGION.UNKNOWN', () => bad({ matterLocation: { arosenInRegionCode: '449999' } })],
      ['the partner channel', 400, 'channel', null, () => bad({ channel: 'partner' })],
      ['a hotline request without its agent', 400, 'firstContact.agent', 'TICKET.AGENT_REQUIRED', () => bad({ firstContact: { platform: '12348-hotline', organisation: '广东省12348公共法律服务热线' } })],
      ['an ID number with a wrong check digit', 400, 'caller.idNumber', null, () => withCaller({ idNumber: '440605199001011234' })],
      ['a phone number with separators', 400, 'caller.phone', null, () => withCaller({ phone: '138-1234-5678' })],
    ])('answers %s with %i naming the field', async (_case, status, field, code, body) => {
      const response = await http('POST', url('/api/v1/tickets'), body());
      expect(response.status).toBe(status);
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, ...(code ? { code } : {}) })]));
    });

    it('answers a body over 64 KiB with 413', async () => {
      const response = await http('POST', url('/api/v1/tickets'), bad({ summary: `${marker} ${'欠'.repeat(30_000)}` }));
      expect(response.status).toBe(413);
      expect(response.body).toMatchObject({ statusCode: 413, errors: [expect.objectContaining({ description: expect.stringMatching(/too large/i) })] });
    });

    it('has written no ticket and announced none', async () => {
      await settle(1500);
      expect(await svc.database.query('SELECT id FROM tickets WHERE summary LIKE $1', [`${marker}%`])).toEqual([]);
      expect(await svc.database.query(`SELECT id FROM outbox WHERE payload->'data'->>'summary' LIKE $1`, [`${marker}%`])).toEqual([]);
      expect(probe.events().filter((e) => e.type === 'ticket.opened.v1' && e.data.summary.startsWith(marker))).toEqual([]);
    });
  });

  it('answers 400 for a malformed ticket id and 404 TICKET.NOT_FOUND for an unknown one', async () => {
    const malformed = await http('GET', url('/api/v1/tickets/not-a-uuid'));
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'id' })]);

    const unknown = await http('GET', url(`/api/v1/tickets/${randomUUID()}`));
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ code: 'TICKET.NOT_FOUND' })]);
  });

  describe('the ticket list', () => {
    // Five tickets from Dushan County, Guizhou (522726): no other test uses that region.
    const dushan = (overrides: Record<string, unknown>) =>
      nanhaiApplication({ regionCode: '522726', matterLocation: { arosenInRegionCode: '522726' }, ...overrides });
    const ids: string[] = [];
    let before: string;

    beforeAll(async () => {
      before = new Date().toISOString();
      const webPlatform = { platform: '12348-network', organisation: '贵州法律服务网', agent: null };
      for (const body of [
        dushan({ requestType: 'consultation' }),
        dushan({ channel: 'web', firstContact: webPlatform }),
        dushan({ requestType: 'consultation', legalCategory: 'work-injury' }),
        dushan({ channel: 'wechat', firstContact: webPlatform }),
        dushan({}),
      ]) {
        ids.push(await openTicket(body));
      }
    });

    const list = (query: string) => http<TicketPageView>('GET', url(`/api/v1/tickets?${query}`));

    it('pages through tickets newest first', async () => {
      const pages = await Promise.all([1, 2, 3].map((page) => list(`regionCode=5227&pageSize=2&page=${page}`)));
      expect(pages.map((p) => p.status)).toEqual([200, 200, 200]);
      expect(pages.map((p) => p.body.total)).toEqual([5, 5, 5]);
      expect(pages.map((p) => p.body.items.map((item) => item.id))).toEqual([
        [ids[4], ids[3]],
        [ids[2], ids[1]],
        [ids[0]],
      ]);
      expect(pages[0]!.body).toMatchObject({ page: 1, pageSize: 2 });
      expect(pages[0]!.body.items[0]).toMatchObject({ status: 'received', coarseStatus: 'open', regionCode: '522726', currentHandler: null });
    });

    it('uses 20 items per page unless told otherwise', async () => {
      expect((await list('regionCode=52')).body).toMatchObject({ page: 1, pageSize: 20, total: 5 });
    });

    it.each([
      ['regionCode=5227&requestType=consultation', [0, 2]],
      ['regionCode=5227&legalCategory=work-injury', [2]],
      ['regionCode=5227&channel=web', [1]],
      ['regionCode=5227&firstContactPlatform=12348-network', [1, 3]],
      ['regionCode=522726&status=received', [0, 1, 2, 3, 4]],
      ['regionCode=5227&status=accepted', []],
    ])('filters %s', async (query, expected) => {
      const response = await list(query);
      expect(response.status).toBe(200);
      expect(response.body.items.map((item) => item.id).sort()).toEqual(expected.map((i) => ids[i]).sort());
      expect(response.body.total).toBe(expected.length);
    });

    it('filters by opening time: from inclusive, to exclusive', async () => {
      const from = await list(`regionCode=5227&openedFrom=${encodeURIComponent(before)}`);
      expect(from.body.total).toBe(5);
      const to = await list(`regionCode=5227&openedTo=${encodeURIComponent(before)}`);
      expect(to.body.total).toBe(0);
    });

    it('finds tickets of other regions and of partners with their own filters', async () => {
      expect((await list('regionCode=4406&status=accepted')).body.total).toBe(1);
      expect((await list('channel=partner&firstContactPlatform=110')).body.total).toBe(1);
    });

    it.each([
      ['pageSize=0', 'pageSize'],
      ['pageSize=101', 'pageSize'],
      ['page=0', 'page'],
      ['status=lost', 'status'],
      ['requestType=gossip', 'requestType'],
      ['regionCode=44a', 'regionCode'],
      ['openedFrom=yesterday', 'openedFrom'],
      ['openedFrom=2026-11-24T00:00:00%2B08:00&openedTo=2026-11-23T00:00:00%2B08:00', 'openedTo'],
      ['colour=red', 'colour'],
    ])('answers the bad filter %s with 400 naming %s', async (query, field) => {
      const response = await http<ErrorBody>('GET', url(`/api/v1/tickets?${query}`));
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    });
  });

  it('reports itself ready with its database and Kafka up', async () => {
    const health = await http('GET', url('/health'));
    expect(health.status).toBe(200);
    expect(health.body.checks).toMatchObject({ database: { status: 'up' }, kafka: { status: 'up' } });
  });

  it('has migrations that match the entities', async () => {
    expect(await pendingSchemaChanges(svc.dataSource)).toEqual([]);
  });
});

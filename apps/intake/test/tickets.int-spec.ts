import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createEvent, TOPICS, type PlatformEvent } from '@legal-hotline/contracts';
import type { ErrorBody } from '@legal-hotline/service-runtime';
import { asUser, eventually, http, KafkaProbe, pendingSchemaChanges, settle, startTestService, type DemoUser, type TestService } from '@legal-hotline/testing';
import { intakeService, type IntakeConfig } from '../src/intake.service-definition.js';
import type { OpenedTicketView, TicketPageView, TicketView } from '../src/tickets/ticket-view.dto.js';
import { identityOf, type Identity } from './fixtures/identities.js';
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
  let agentGd: Identity;
  const url = (path: string) => `${svc.url}${path}`;

  const openAs = async (user: DemoUser, body: Record<string, unknown> = nanhaiApplication()): Promise<OpenedTicketView> => {
    const response = await http<OpenedTicketView>('POST', url('/api/v1/tickets'), body, await asUser(user));
    expect(response.status).toBe(201);
    return response.body;
  };
  const openTicket = async (body: Record<string, unknown>): Promise<string> => (await openAs('agent.gd', body)).id;
  const getAs = async (user: DemoUser, id: string) => http<TicketView & ErrorBody>('GET', url(`/api/v1/tickets/${id}`), undefined, await asUser(user));
  const getTicket = async (id: string, user: DemoUser = 'agent.gd'): Promise<TicketView> => {
    const response = await getAs(user, id);
    expect(response.status).toBe(200);
    return response.body;
  };
  const hasProcessed = async (eventId: string) =>
    (await svc.database.query('SELECT 1 FROM processed_events WHERE event_id = $1', [eventId])).length === 1;

  beforeAll(async () => {
    probe = await KafkaProbe.start();
    svc = await startTestService(intakeService, { env: { REGION_PROVINCES: '44,52', CALLER_HASH_KEY: 'tickets-int-spec-caller-hash-key-0123456789' } });
    agentGd = await identityOf('agent.gd');
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

    it('opens the ticket for the agent\'s organisation and announces it on Kafka, keyed by the ticket, with the caller masked', async () => {
      const response = await http<OpenedTicketView>('POST', url('/api/v1/tickets'), nanhaiApplication(), { ...(await asUser('agent.gd')), 'x-correlation-id': 'it-nanhai-call-1' });

      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.any(String),
        ticketNumber: expect.stringMatching(/^12348-\d{8}-\d{6}$/),
        status: 'received',
        reference: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{10}$/),
        lookupCode: expect.stringMatching(/^\d{6}$/),
        possibleDuplicates: [],
      });
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
        firstContact: { platform: '12348-hotline', organisationId: '12348-gd', organisation: '广东省12348公共法律服务热线', agent: agentGd.name, agentId: agentGd.subject },
        caller: { maskedName: '陈**', maskedPhone: '138********', language: 'yue', accessibilityNeeds: [] },
        flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false },
      });
      for (const secret of ['陈大明', '13812345678', '440605199001011236', response.body.reference, response.body.lookupCode]) expect(message.value).not.toContain(secret);
      // The full details stay with intake, the first-contact owner; the lookup code only as its keyed hash.
      const rows: Record<string, string>[] = await svc.database.query(
        'SELECT caller_name, caller_phone, caller_id_number, first_contact_organisation_id, public_reference, lookup_code_hash FROM tickets WHERE id = $1',
        [ticketId],
      );
      expect(rows).toEqual([
        {
          caller_name: '陈大明',
          caller_phone: '13812345678',
          caller_id_number: '440605199001011236',
          first_contact_organisation_id: '12348-gd',
          public_reference: response.body.reference,
          lookup_code_hash: expect.stringMatching(/^[0-9a-f]{64}$/),
        },
      ]);
      expect(JSON.stringify(await svc.database.query('SELECT * FROM tickets WHERE id = $1', [ticketId]))).not.toContain(response.body.lookupCode);
    });

    it('shows the ticket as received, with its first contact from the token, the caller masked and the opening in the timeline', async () => {
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
        caller: { name: '陈**', phone: '138********', idNumber: '44****************', language: 'yue' },
        callerReference: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{10}$/),
        firstContact: {
          platform: '12348-hotline',
          organisationId: '12348-gd',
          organisation: '广东省12348公共法律服务热线',
          agent: agentGd.name,
          agentId: agentGd.subject,
          receivedAt: expect.any(String),
        },
        responsible: { organisationId: '12348-gd', organisation: '广东省12348公共法律服务热线', basis: 'first-contact' },
        currentHandler: null,
      });
      expect(ticket.timeline).toEqual([
        expect.objectContaining({ source: 'intake', kind: 'ticket.opened', statusAfter: 'received', actor: agentGd.name, actorOrganisationId: '12348-gd', actorId: agentGd.subject }),
      ]);
      for (const personal of ['陈大明', '13812345678', '440605199001011236', '5678']) expect(JSON.stringify(ticket)).not.toContain(personal);
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
        expect.objectContaining({ source: 'legal-aid', kind: 'assignment.accepted.v1', statusAfter: 'accepted', actor: 'officer-li', actorId: null, note: '受理审查，拟指派律师' }),
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

  it.each([
    ['web', '12348-network'],
    ['wechat', '12348-network'],
    ['station', '12348-station'],
  ])('puts a request taken on the %s channel on the %s platform', async (channel, platform) => {
    const ticket = await getTicket(await openTicket(nanhaiApplication({ channel })));
    expect(ticket.firstContact).toMatchObject({ platform, organisationId: '12348-gd', agent: agentGd.name });
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

  it('opens a forwarded partner case once, the partner as first contact and the region’s 12348 platform responsible, without a lookup reference', async () => {
    const ticketId = randomUUID();
    const forward = partnerCaseReceived(ticketId, '110');
    await probe.publishEvent(TOPICS.partnerCases, forward);
    await probe.publishEvent(TOPICS.partnerCases, forward);
    const forwardedAgain = partnerCaseReceived(ticketId, '110');
    await probe.publishEvent(TOPICS.partnerCases, forwardedAgain);

    const opened = await probe.waitForEvent((e) => e.type === 'ticket.opened.v1' && e.subject === ticketId);
    const receivedAt = (forward.data as { receivedAt: string }).receivedAt;
    expect(opened).toMatchObject({ correlationId: forward.correlationId, causationId: forward.id });
    expect(opened.data).toMatchObject({
      channel: 'partner',
      firstContact: { platform: '110', organisationId: 'partner-hotline:110', organisation: '佛山市公安局110指挥中心', agent: null, receivedAt },
      caller: { maskedName: '李*', maskedPhone: '137********' },
    });
    // The Guangdong platform answers it (the case lies in 440605011); Guizhou's does not see it.
    expect((await getAs('agent.gz', ticketId)).status).toBe(403);
    const ticket = await getTicket(ticketId, 'agent.gd');
    expect(ticket).toMatchObject({
      status: 'received',
      channel: 'partner',
      callerReference: null,
      firstContact: { platform: '110', organisationId: 'partner-hotline:110', organisation: '佛山市公安局110指挥中心', agent: null, agentId: null, receivedAt },
      responsible: { organisationId: '12348-gd', organisation: '广东省12348公共法律服务热线', basis: 'region-platform' },
    });
    expect(ticket.timeline[0]).toMatchObject({
      kind: 'ticket.opened',
      actor: '佛山市公安局110指挥中心',
      actorOrganisationId: 'partner-hotline:110',
      note: expect.stringContaining('广东省12348公共法律服务热线 answers the caller and closes (region platform)'),
    });
    const [row] = await svc.database.query('SELECT responsible_organisation_id, responsible_organisation, responsible_basis FROM tickets WHERE id = $1', [ticketId]);
    expect(row).toEqual({ responsible_organisation_id: '12348-gd', responsible_organisation: '广东省12348公共法律服务热线', responsible_basis: 'region-platform' });

    await eventually(async () => expect(await hasProcessed(forwardedAgain.id)).toBe(true));
    await settle(1000);
    expect(probe.events().filter((e) => e.type === 'ticket.opened.v1' && e.subject === ticketId)).toHaveLength(1);
    expect((await getTicket(ticketId, 'supervisor.gd')).timeline).toHaveLength(1);
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
      ['a first contact in the body', 400, 'firstContact', null, () => bad({ firstContact: { platform: '12348-hotline', organisation: '贵州省12348公共法律服务热线', agent: 'agent-0731' } })],
      ['an actor in the body', 400, 'actor', null, () => bad({ actor: { organisation: '贵州省12348公共法律服务热线', agent: 'x' } })],
      ['an ID number with a wrong check digit', 400, 'caller.idNumber', null, () => withCaller({ idNumber: '440605199001011234' })],
      ['a phone number with separators', 400, 'caller.phone', null, () => withCaller({ phone: '138-1234-5678' })],
      ['a name of zero-width spaces', 400, 'caller.name', null, () => withCaller({ name: '\u200b\u200b\u200b' })],
      ['a language that is no tag', 400, 'caller.language', null, () => withCaller({ language: 'Cantonese' })],
    ])('answers %s with %i naming the field', async (_case, status, field, code, body) => {
      const response = await http('POST', url('/api/v1/tickets'), body(), await asUser('agent.gd'));
      expect(response.status).toBe(status);
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, ...(code ? { code } : {}) })]));
    });

    it.each([
      ['an empty key', ''],
      ['a key of 201 characters', 'k'.repeat(201)],
      ['a key with a space', 'retry 1'],
    ])('answers an Idempotency-Key that is %s with 400 naming it', async (_case, key) => {
      const response = await http('POST', url('/api/v1/tickets'), bad({}), { ...(await asUser('agent.gd')), 'idempotency-key': key });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'Idempotency-Key', code: 'REQUEST.INVALID_IDEMPOTENCY_KEY' })]);
    });

    it('answers a body over 64 KiB with 413', async () => {
      const response = await http('POST', url('/api/v1/tickets'), bad({ summary: `${marker} ${'欠'.repeat(30_000)}` }), await asUser('agent.gd'));
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
    const malformed = await getAs('agent.gd', 'not-a-uuid');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'id' })]);

    const unknown = await getAs('agent.gd', randomUUID());
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ code: 'TICKET.NOT_FOUND' })]);
  });

  describe('who may do and see what', () => {
    let gdTicket: string;
    let guangzhouTicket: string;

    beforeAll(async () => {
      gdTicket = await openTicket(nanhaiApplication());
      guangzhouTicket = await openTicket(nanhaiApplication({ regionCode: '440106001', matterLocation: { arosenInRegionCode: '440106001' } }));
    });

    it.each([
      ['POST', '/api/v1/tickets'],
      ['GET', '/api/v1/tickets'],
      ['GET', '/api/v1/tickets/:id'],
      ['GET', '/api/v1/tickets/:id/caller?purpose=call-back'],
      ['POST', '/api/v1/tickets/:id/answer'],
      ['POST', '/api/v1/tickets/:id/follow-up'],
      ['POST', '/api/v1/tickets/:id/close'],
      ['POST', '/api/v1/tickets/:id/reopen'],
      ['POST', '/api/v1/tickets/:id/transfer'],
      ['POST', '/api/v1/tickets/:id/referrals'],
      ['POST', '/api/v1/tickets/:id/merge'],
      ['POST', '/api/v1/tickets/:id/unmerge'],
      ['GET', '/api/v1/owners/tickets'],
      ['GET', '/api/v1/supervision/alerts'],
      ['GET', '/api/v1/pii-access-trail'],
    ])('refuses an anonymous %s %s with 401 AUTH.TOKEN_MISSING', async (method, path) => {
      const response = await http(method, url(path.replace(':id', gdTicket)), method === 'POST' ? {} : undefined);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(response.body.errors).toEqual([expect.objectContaining({ code: 'AUTH.TOKEN_MISSING' })]);
    });

    it('refuses a ticket opened by office staff with 403 AUTH.ROLE_MISSING, opening nothing', async () => {
      const marker = `STAFF-${randomUUID()}`;
      const response = await http('POST', url('/api/v1/tickets'), nanhaiApplication({ summary: marker }), await asUser('staff.nanhai'));
      expect(response.status).toBe(403);
      expect(response.body.errors).toEqual([expect.objectContaining({ code: 'AUTH.ROLE_MISSING' })]);
      expect(await svc.database.query('SELECT id FROM tickets WHERE summary = $1', [marker])).toEqual([]);
    });

    it('refuses agent.gz the ticket of 12348-gd: 403 ACCESS.OTHER_BODY to read, TICKET.NOT_OWNER to answer', async () => {
      const read = await getAs('agent.gz', gdTicket);
      expect(read.status).toBe(403);
      expect(read.body.errors).toEqual([expect.objectContaining({ code: 'ACCESS.OTHER_BODY' })]);

      const answer = await http('POST', url(`/api/v1/tickets/${gdTicket}/answer`), { answer: '已答复' }, await asUser('agent.gz'));
      expect(answer.status).toBe(403);
      expect(answer.body.errors).toEqual([expect.objectContaining({ code: 'TICKET.NOT_OWNER' })]);
    });

    it('refuses to close for an agent (a lead\'s right), and for a lead of another organisation', async () => {
      const agent = await http('POST', url(`/api/v1/tickets/${gdTicket}/close`), {}, await asUser('agent.gd'));
      expect(agent.status).toBe(403);
      expect(agent.body.errors).toEqual([expect.objectContaining({ code: 'AUTH.ROLE_MISSING' })]);

      const otherLead = await http('POST', url(`/api/v1/tickets/${gdTicket}/close`), {}, await asUser('lead.gz'));
      expect(otherLead.status).toBe(403);
      expect(otherLead.body.errors).toEqual([expect.objectContaining({ code: 'TICKET.NOT_OWNER' })]);
      expect((await getTicket(gdTicket)).status).toBe('received');

      // The owner's lead gets past the access rules (without a body at all) to the lifecycle rule.
      const lead = await http('POST', url(`/api/v1/tickets/${gdTicket}/close`), undefined, await asUser('lead.gd'));
      expect(lead.status).toBe(409);
      expect(lead.body.errors).toEqual([expect.objectContaining({ code: 'TICKET.NOT_ANSWERED' })]);
    });

    it('lets supervisor.gz read no Guangdong ticket: 403 ACCESS.OUTSIDE_AREA, and none in the list', async () => {
      const read = await getAs('supervisor.gz', gdTicket);
      expect(read.status).toBe(403);
      expect(read.body.errors).toEqual([expect.objectContaining({ code: 'ACCESS.OUTSIDE_AREA' })]);
      const list = await http<TicketPageView>('GET', url('/api/v1/tickets?regionCode=44&pageSize=100'), undefined, await asUser('supervisor.gz'));
      expect(list.status).toBe(200);
      expect(list.body.total).toBe(0);
    });

    it('lets supervisor.foshan read a Nanhai ticket but not a Guangzhou one', async () => {
      expect((await getTicket(gdTicket, 'supervisor.foshan')).id).toBe(gdTicket);
      expect((await getAs('supervisor.foshan', guangzhouTicket)).status).toBe(403);
      const list = await http<TicketPageView>('GET', url('/api/v1/tickets?pageSize=100'), undefined, await asUser('supervisor.foshan'));
      const ids = list.body.items.map((t) => t.id);
      expect(ids).toContain(gdTicket);
      expect(ids).not.toContain(guangzhouTicket);
      expect(list.body.items.every((t) => t.regionCode.startsWith('4406'))).toBe(true);
      expect((await getTicket(guangzhouTicket, 'supervisor.gd')).id).toBe(guangzhouTicket);
    });

    it('lets office staff read a ticket once it was handed to their body, and not before', async () => {
      const id = await openTicket(nanhaiApplication());
      expect((await getAs('staff.nanhai', id)).body.errors).toEqual([expect.objectContaining({ code: 'ACCESS.OTHER_BODY' })]);
      const listed = async (user: DemoUser) =>
        (await http<TicketPageView>('GET', url('/api/v1/tickets?pageSize=100'), undefined, await asUser(user))).body.items.map((t) => t.id);
      expect(await listed('staff.nanhai')).not.toContain(id);

      await probe.publishEvent(TOPICS.assignments, assignmentRequested(id, randomUUID()));
      await eventually(async () => expect((await getAs('staff.nanhai', id)).status).toBe(200));
      expect(await listed('staff.nanhai')).toContain(id);
      expect(await listed('staff.dushan')).not.toContain(id);
      expect((await getAs('staff.dushan', id)).status).toBe(403);
      // Possible duplicates are an agent's hint only.
      expect((await getTicket(id, 'staff.nanhai')).possibleDuplicates).toEqual([]);
    });

    it('lists only the organisation\'s own tickets to its agents', async () => {
      const gz = await openAs('agent.gz', nanhaiApplication());
      const list = await http<TicketPageView>('GET', url('/api/v1/tickets?pageSize=100'), undefined, await asUser('agent.gz'));
      expect(list.body.items.map((t) => t.id)).toContain(gz.id);
      expect(list.body.items.every((t) => t.responsible.organisationId === '12348-gz')).toBe(true);
    });

    it('refuses the ticket list to roles that read no tickets', async () => {
      const response = await http('GET', url('/api/v1/tickets'), undefined, await asUser('directory.admin'));
      expect(response.status).toBe(403);
      expect(response.body.errors).toEqual([expect.objectContaining({ code: 'AUTH.ROLE_MISSING' })]);
    });

    it('records the actor of the token in the timeline; an actor named in the body is refused with 400', async () => {
      const id = await openTicket(nanhaiApplication());
      await probe.publishEvent(TOPICS.routingDecisions, returnedToOwnerFailure(id));
      await eventually(async () => expect((await getTicket(id)).status).toBe('returned-to-owner'));

      const impostor = { organisation: '广东省12348公共法律服务热线', agent: 'agent-0731' };
      const named = await http('POST', url(`/api/v1/tickets/${id}/answer`), { actor: impostor, answer: '已答复' }, await asUser('agent.gd'));
      expect(named.status).toBe(400);
      expect(named.body.errors).toEqual([expect.objectContaining({ field: 'actor' })]);

      const answered = await http<TicketView>('POST', url(`/api/v1/tickets/${id}/answer`), { answer: '已答复' }, await asUser('agent.gd'));
      expect(answered.status).toBe(200);
      expect(answered.body.timeline.at(-1)).toMatchObject({ kind: 'ticket.answered.v1', actor: agentGd.name, actorOrganisationId: '12348-gd', actorId: agentGd.subject });
      expect(answered.body.answer).toMatchObject({ answeredBy: { organisation: '广东省12348公共法律服务热线', organisationId: '12348-gd', agent: agentGd.name, agentId: agentGd.subject } });
      const event = await probe.waitForEvent((e) => e.type === 'ticket.answered.v1' && e.subject === id);
      expect(event.data).toMatchObject({ answeredBy: { organisationId: '12348-gd', agentId: agentGd.subject } });
    });
  });

  describe('the ticket list', () => {
    // Five tickets of 12348-gz from Dushan County, Guizhou (522726): no other test uses that region.
    const dushan = (overrides: Record<string, unknown>) =>
      nanhaiApplication({ regionCode: '522726', matterLocation: { arosenInRegionCode: '522726' }, ...overrides });
    const ids: string[] = [];
    let before: string;

    beforeAll(async () => {
      before = new Date().toISOString();
      // The consultations are sent to routing by the agent's choice, so all five wait for routing (received).
      const toRouting = { mode: 'dispatch', reason: '需当地法律援助中心跟进' };
      for (const body of [
        dushan({ requestType: 'consultation', handling: toRouting }),
        dushan({ channel: 'web' }),
        dushan({ requestType: 'consultation', legalCategory: 'work-injury', handling: toRouting }),
        dushan({ channel: 'wechat' }),
        dushan({}),
      ]) {
        ids.push((await openAs('lead.gz', body)).id);
      }
    });

    const list = async (query: string, user: DemoUser = 'agent.gz') => http<TicketPageView>('GET', url(`/api/v1/tickets?${query}`), undefined, await asUser(user));

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

    it('shows the Guizhou tickets to the Guizhou supervisor and to nobody in Guangdong', async () => {
      expect((await list('regionCode=5227', 'supervisor.gz')).body.total).toBe(5);
      expect((await list('regionCode=5227', 'supervisor.gd')).body.total).toBe(0);
      expect((await list('regionCode=5227', 'agent.gd')).body.total).toBe(0);
    });

    it('finds tickets of other regions and of partners with their own filters', async () => {
      expect((await list('regionCode=4406&status=accepted', 'agent.gd')).body.total).toBe(1);
      expect((await list('channel=partner&firstContactPlatform=110', 'supervisor.gd')).body.total).toBe(1);
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
      ['watcher=%E5%8D%97%E6%B5%B7', 'watcher'],
      ['colour=red', 'colour'],
    ])('answers the bad filter %s with 400 naming %s', async (query, field) => {
      const response = await http<ErrorBody>('GET', url(`/api/v1/tickets?${query}`), undefined, await asUser('agent.gz'));
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    });
  });

  it('reports itself ready with its database and Kafka up, without a token', async () => {
    const health = await http('GET', url('/health'));
    expect(health.status).toBe(200);
    expect(health.body.checks).toMatchObject({ database: { status: 'up' }, kafka: { status: 'up' } });
  });

  it('declares the access of every operation in its OpenAPI document', async () => {
    const document = (await http('GET', url('/docs-json'))).body as { paths: Record<string, Record<string, { security?: unknown; 'x-required-roles'?: string[] }>> };
    const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ path, method, operation })));
    const open = operations.filter(({ path }) => path.startsWith('/health') || path === '/api/v1/ticket-lookup' || path === '/api/v1/questions');
    for (const { operation } of operations.filter((o) => !open.includes(o))) {
      expect(operation).toMatchObject({ security: [{ bearer: [] }], 'x-required-roles': expect.any(Array) });
    }
    expect(document.paths['/api/v1/tickets/{id}/close']?.post?.['x-required-roles']).toEqual(['owner-lead']);
    expect(document.paths['/api/v1/ticket-lookup']?.post?.security).toBeUndefined();
    expect(document.paths['/api/v1/questions']?.post?.security).toBeUndefined();
  });

  it('has migrations that match the entities', async () => {
    expect(await pendingSchemaChanges(svc.dataSource)).toEqual([]);
  });
});

function returnedToOwnerFailure(ticketId: string): PlatformEvent {
  return createEvent({
    id: randomUUID(),
    type: 'routing.failed.v1',
    source: 'routing',
    subject: ticketId,
    occurredAt: new Date(),
    correlationId: 'it-flow',
    causationId: null,
    data: { ticketId, regionCode: '440605011', reason: 'no legal-aid centre covers 440605011', decidedAt: new Date().toISOString() },
  });
}

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { PlatformEvent } from '@legal-hotline/contracts';
import { asUser, eventually, http, KafkaProbe, Platform, settle, signedPartnerHeaders } from '@legal-hotline/testing';

const NANHAI_TOWNSHIP = '440605011'; // 桂城街道, Nanhai District, Foshan
const NANHAI_LEGAL_AID = 'legal-aid-centre:440605';
const GUICHENG_COMMITTEE = 'mediation-committee:440605011';

function ticketRequest(overrides: Record<string, unknown> = {}) {
  return {
    channel: 'hotline',
    caller: { name: '陈大明', phone: '13812345678', language: 'yue' },
    requestType: 'legal-aid-application',
    legalCategory: 'labour-remuneration',
    regionCode: NANHAI_TOWNSHIP,
    matterLocation: { arosenInRegionCode: NANHAI_TOWNSHIP },
    summary: '夫妻二人在南海区桂城街道一工厂工作，被拖欠工资13000元，申请法律援助。',
    flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false },
    ...overrides,
  };
}

describe('the platform end to end (five services as separate processes, real Kafka and PostgreSQL)', () => {
  let platform: Platform;
  let probe: KafkaProbe;

  beforeAll(async () => {
    probe = await KafkaProbe.start();
    platform = await Platform.start();
  }, 240_000);

  afterAll(async () => {
    await platform?.stop();
    await probe?.stop();
  });

  const intake = (path: string) => `${platform.url('intake')}${path}`;

  async function openTicket(overrides: Record<string, unknown> = {}): Promise<string> {
    const opened = await http('POST', intake('/api/v1/tickets'), ticketRequest(overrides), await asUser('agent.gd'));
    expect(opened.status).toBe(201);
    return opened.body.id as string;
  }

  const staffOf = { 'legal-aid': 'staff.nanhai', mediation: 'mediator.guicheng' } as const;

  async function waitForInbox(service: 'legal-aid' | 'mediation', listPath: string, ticketId: string): Promise<any> {
    return eventually(async () => {
      const inbox = await http(
        'GET',
        `${platform.url(service)}${listPath}?pageSize=100`,
        undefined,
        await asUser(staffOf[service]),
      );
      expect(inbox.status).toBe(200);
      const item = (inbox.body.items as any[]).find((a) => a.ticketId === ticketId);
      expect(item).toBeDefined();
      return item;
    }, 60_000);
  }

  async function waitForStatus(ticketId: string, status: string): Promise<any> {
    return eventually(async () => {
      const ticket = await http('GET', intake(`/api/v1/tickets/${ticketId}`), undefined, await asUser('agent.gd'));
      expect(ticket.body.status).toBe(status);
      return ticket.body;
    }, 60_000);
  }

  it('(a) routes a Nanhai legal-aid application to the Nanhai centre, which accepts; the owner sees every hop', async () => {
    const ticketId = await openTicket();
    const before = (await http('GET', intake(`/api/v1/tickets/${ticketId}`), undefined, await asUser('agent.gd'))).body;

    const assignment = await waitForInbox('legal-aid', `/api/v1/offices/${NANHAI_LEGAL_AID}/assignments`, ticketId);
    const accepted = await http(
      'POST',
      `${platform.url('legal-aid')}/api/v1/assignments/${assignment.assignmentId}/accept`,
      { note: '受理审查，拟指派律师' },
      await asUser('staff.nanhai'),
    );
    expect(accepted.status).toBe(200);

    const ticket = await waitForStatus(ticketId, 'accepted');
    expect(ticket.firstContact).toEqual(before.firstContact);
    // Who received it first and who accepted come from the access tokens, never from a body.
    expect(ticket.firstContact).toMatchObject({ platform: '12348-hotline', organisationId: '12348-gd', agent: '林晓' });
    expect((ticket.timeline as any[]).some((entry) => entry.source === 'legal-aid' && entry.actor === '陈静')).toBe(
      true,
    );
    expect(ticket.currentHandler).toMatchObject({ agencyId: NANHAI_LEGAL_AID });
    const sources = new Set((ticket.timeline as any[]).map((entry) => entry.source));
    expect([...sources]).toEqual(expect.arrayContaining(['intake', 'routing', 'legal-aid']));
    expect(ticket.caller.phone).toBe('138********');
  });

  it('(b) sends a mediation pre-application to its township committee, which accepts', async () => {
    const ticketId = await openTicket({
      requestType: 'mediation-pre-application',
      legalCategory: 'neighbourhood',
      summary: '邻里因排水沟堵塞发生纠纷，申请人民调解。',
    });
    const assignment = await waitForInbox(
      'mediation',
      `/api/v1/committees/${GUICHENG_COMMITTEE}/assignments`,
      ticketId,
    );
    const accepted = await http(
      'POST',
      `${platform.url('mediation')}/api/v1/assignments/${assignment.assignmentId}/accept`,
      {},
      await asUser('mediator.guicheng'),
    );
    expect(accepted.status).toBe(200);
    const ticket = await waitForStatus(ticketId, 'accepted');
    expect(ticket.currentHandler).toMatchObject({ agencyId: GUICHENG_COMMITTEE });
  });

  it('(c) opens one ticket when partner 110 forwards the same case twice with one Idempotency-Key', async () => {
    const key = platform.partnerKeys['110']!;
    const idempotencyKey = randomUUID();
    const body = JSON.stringify({
      partnerReference: `110-FS-${idempotencyKey.slice(0, 8)}`,
      caller: { name: '黄小明', phone: '13900001111', language: 'yue' },
      requestType: 'legal-aid-application',
      legalCategory: 'labour-remuneration',
      regionCode: NANHAI_TOWNSHIP,
      matterLocation: { arosenInRegionCode: NANHAI_TOWNSHIP },
      summary: '报警人称被拖欠工资，非警务警情，转12348。',
      flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false },
      callerConsentToTransfer: true,
    });
    // Each attempt is signed afresh (a new webhook-id); the Idempotency-Key stays.
    const forward = () =>
      http('POST', `${platform.url('hotline-exchange')}/api/v1/partner/tickets`, body, {
        ...signedPartnerHeaders(key, body),
        'idempotency-key': idempotencyKey,
      });
    const first = await forward();
    const second = await forward();
    expect(first.status).toBe(201);
    expect(second.status).toBe(first.status);
    expect(second.body).toEqual(first.body);
    const ticketId = first.body.ticketId as string;

    const ticket = await eventually(async () => {
      const found = await http('GET', intake(`/api/v1/tickets/${ticketId}`), undefined, await asUser('supervisor.gd'));
      expect(found.status).toBe(200);
      return found.body;
    }, 60_000);
    expect(ticket.firstContact).toMatchObject({ platform: '110', organisationId: 'partner-hotline:110', agent: null });
    const list = await http(
      'GET',
      intake('/api/v1/tickets?firstContactPlatform=110&pageSize=100'),
      undefined,
      await asUser('supervisor.gd'),
    );
    expect((list.body.items as any[]).filter((t) => t.id === ticketId)).toHaveLength(1);
    expect(probe.events().filter((e) => e.type === 'partner-case.received.v1' && e.subject === ticketId)).toHaveLength(
      1,
    );

    await waitForInbox('legal-aid', `/api/v1/offices/${NANHAI_LEGAL_AID}/assignments`, ticketId);
    await eventually(async () => {
      const status = await http(
        'GET',
        `${platform.url('hotline-exchange')}/api/v1/partner/tickets/${ticketId}`,
        undefined,
        signedPartnerHeaders(key),
      );
      expect(status.body).toMatchObject({ ticketId, coarseStatus: 'open', status: 'awaiting-acceptance' });
    }, 60_000);
  });

  describe('(d) bad input answers 4xx with the field or reason, and stores and emits nothing', () => {
    async function ticketCount(): Promise<number> {
      return (await http('GET', intake('/api/v1/tickets?pageSize=1'), undefined, await asUser('supervisor.gd'))).body
        .total as number;
    }

    it.each([
      [
        'a missing field',
        (() => {
          const { summary: _, ...rest } = ticketRequest();
          return rest;
        })(),
        400,
        'summary',
      ],
      ['a malformed region code', ticketRequest({ regionCode: '44060' }), 400, 'regionCode'],
      ['an unknown region code', ticketRequest({ regionCode: '449999' }), 422, 'regionCode'],
    ])('intake rejects %s', async (_, body, status, field) => {
      const ticketsBefore = await ticketCount();
      const openedBefore = probe.events().filter((e) => e.type === 'ticket.opened.v1').length;
      const response = await http('POST', intake('/api/v1/tickets'), body, await asUser('agent.gd'));
      expect(response.status).toBe(status);
      expect((response.body.errors as any[]).map((e) => e.field)).toContain(field);
      await settle(1000);
      expect(await ticketCount()).toBe(ticketsBefore);
      expect(probe.events().filter((e) => e.type === 'ticket.opened.v1')).toHaveLength(openedBefore);
    });

    it('intake rejects an oversized body with 413', async () => {
      const ticketsBefore = await ticketCount();
      const response = await http(
        'POST',
        intake('/api/v1/tickets'),
        ticketRequest({ summary: '欠'.repeat(40_000) }),
        await asUser('agent.gd'),
      );
      expect(response.status).toBe(413);
      expect(response.body.errors[0].code).toBeDefined();
      expect(await ticketCount()).toBe(ticketsBefore);
    });

    it.each([
      ['no signature', () => ({}), 401],
      [
        'a signature made with another secret',
        (body: string) =>
          signedPartnerHeaders(
            { keyId: platform.partnerKeys['110']!.keyId, secret: 'whsec_bm90LXRoZS1wYXJ0bmVyLXNlY3JldC1hdC1hbGw=' },
            body,
          ),
        401,
      ],
      [
        'a stale timestamp',
        (body: string) =>
          signedPartnerHeaders(platform.partnerKeys['110']!, body, { timestamp: Math.floor(Date.now() / 1000) - 3600 }),
        401,
      ],
    ])('the exchange rejects a partner request with %s', async (_, sign, status) => {
      const casesBefore = probe.events().filter((e) => e.type === 'partner-case.received.v1').length;
      const body = JSON.stringify({ partnerReference: 'x' });
      const response = await http('POST', `${platform.url('hotline-exchange')}/api/v1/partner/tickets`, body, {
        ...sign(body),
        'idempotency-key': randomUUID(),
      });
      expect(response.status).toBe(status);
      expect(response.body.errors[0].code).toMatch(/^PARTNER_AUTH\./);
      await settle(500);
      expect(probe.events().filter((e) => e.type === 'partner-case.received.v1')).toHaveLength(casesBefore);
    });
  });

  it('(e) changes nothing when the same event is delivered twice', async () => {
    const ticketId = await openTicket();
    const assignment = await waitForInbox('legal-aid', `/api/v1/offices/${NANHAI_LEGAL_AID}/assignments`, ticketId);
    await http(
      'POST',
      `${platform.url('legal-aid')}/api/v1/assignments/${assignment.assignmentId}/accept`,
      {},
      await asUser('staff.nanhai'),
    );
    const settled = await waitForStatus(ticketId, 'accepted');

    const ofTicket = (type: string) =>
      probe
        .events()
        .find((e): e is PlatformEvent => e.type === type && (e.data as { ticketId: string }).ticketId === ticketId)!;
    const requested = await eventually(() => expect(ofTicket('assignment.requested.v1')).toBeDefined()).then(() =>
      ofTicket('assignment.requested.v1'),
    );
    const accepted = await eventually(() => expect(ofTicket('assignment.accepted.v1')).toBeDefined()).then(() =>
      ofTicket('assignment.accepted.v1'),
    );
    await probe.publishEvent('assignments', requested);
    await probe.publishEvent('assignments', accepted);
    await settle(3000);

    const after = (await http('GET', intake(`/api/v1/tickets/${ticketId}`), undefined, await asUser('agent.gd'))).body;
    expect(after.timeline).toEqual(settled.timeline);
    expect(after.status).toBe('accepted');
    const inbox = await http(
      'GET',
      `${platform.url('legal-aid')}/api/v1/offices/${NANHAI_LEGAL_AID}/assignments?pageSize=100`,
      undefined,
      await asUser('staff.nanhai'),
    );
    expect((inbox.body.items as any[]).filter((a) => a.ticketId === ticketId)).toHaveLength(1);
    expect(
      probe
        .events()
        .filter((e) => e.type === 'assignment.received.v1' && (e.data as { ticketId: string }).ticketId === ticketId),
    ).toHaveLength(1);
  });

  it('(f) still brings a ticket to its end state when services are killed with SIGKILL mid-flow', async () => {
    await platform.kill('legal-aid');
    const ticketId = await openTicket();
    // Intake dies right after answering: the ticket and its event are only in its database now.
    await platform.kill('intake');
    await platform.startService('intake');
    await probe.waitForEvent((e) => e.type === 'assignment.requested.v1' && e.data.ticketId === ticketId, 60_000);
    await platform.startService('legal-aid');

    const assignment = await waitForInbox('legal-aid', `/api/v1/offices/${NANHAI_LEGAL_AID}/assignments`, ticketId);
    await platform.kill('routing');
    const accepted = await http(
      'POST',
      `${platform.url('legal-aid')}/api/v1/assignments/${assignment.assignmentId}/accept`,
      {},
      await asUser('staff.nanhai'),
    );
    expect(accepted.status).toBe(200);
    await waitForStatus(ticketId, 'accepted');
    await platform.startService('routing');
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import type { PartnerHotline } from '@legal-hotline/contracts';
import {
  asUser,
  DEMO_USERS,
  eventually,
  http,
  KafkaProbe,
  Platform,
  settle,
  signedPartnerHeaders,
  type DemoUser,
  type SigningOptions,
} from '@legal-hotline/testing';

/**
 * Cases that cross a partner boundary, both ways, each to its end: a case 110 forwards is
 * answered and closed by Guangdong's 12348 platform while 110 is told of every change, once and
 * in order, even across an outage of its endpoint; transfers the platform makes to partners are
 * accepted and completed, rejected, or left unanswered, and every one comes back to its owner,
 * who answers the caller and closes. Signed partner requests cannot be replayed or sent late;
 * an Open311 client follows its case with the platform's extended status.
 */
const NANHAI_TOWNSHIP = '440605011';
/**
 * The directory covers Guangdong and Guizhou only, so routing finds no body for a matter in
 * Beijing's Chaoyang district and gives the ticket straight back to its owner: the quickest way
 * to a ticket the owner handles itself.
 */
const UNSERVED_DISTRICT = '110105';
const GUANGDONG_12348 = { organisationId: '12348-gd', organisation: '广东省12348公共法律服务热线' };

/** Deadlines to accept a transfer: 12355 is the partner that never answers here, so its deadline is seconds; the others' never pass during a run. */
const ACCEPTANCE_DEADLINES = {
  '110': { urgent: 'PT1H', normal: 'PT1H' },
  '12345': { urgent: 'PT1H', normal: 'PT1H' },
  '12355': { urgent: 'PT3S', normal: 'PT3S' },
  '12368': { urgent: 'PT1H', normal: 'PT1H' },
};

/** One request that reached a partner's endpoint, and how the endpoint answered it. */
interface EndpointRequest {
  partner: string;
  headers: IncomingHttpHeaders;
  raw: string;
  body: any;
  status: number;
}

/**
 * The partner hotlines' receiving endpoints on loopback, one path per partner. A partner's
 * endpoint can refuse everything (503) for a while, as one that is down for maintenance.
 */
class PartnerEndpoints {
  /** Every request in arrival order, answered or refused. */
  readonly requests: EndpointRequest[] = [];
  private readonly refusing = new Set<string>();
  private readonly server: Server;

  constructor() {
    this.server = createServer((request: IncomingMessage, response: ServerResponse) => {
      let raw = '';
      request.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      request.on('end', () => {
        const partner = (request.url ?? '').split('/')[1] ?? '';
        const body = raw ? JSON.parse(raw) : null;
        const status = this.refusing.has(partner) ? 503 : 200;
        this.requests.push({ partner, headers: request.headers, raw, body, status });
        response.writeHead(status, { 'content-type': 'application/json' });
        // A transfer's answer carries the partner's own id for it, as a real hotline's would.
        const answer =
          status === 200 && body?.type === 'transfer.requested'
            ? { partnerReference: `${partner}-${this.requests.length}` }
            : {};
        response.end(JSON.stringify(answer));
      });
    });
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  url(partner: PartnerHotline): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/${partner}/webhooks`;
  }

  refuse(partner: PartnerHotline): void {
    this.refusing.add(partner);
  }

  answer(partner: PartnerHotline): void {
    this.refusing.delete(partner);
  }

  /** What reached a partner about a ticket, of one message type, in arrival order. */
  about(partner: PartnerHotline, type: string, ticketId: string, status?: number): EndpointRequest[] {
    return this.requests.filter(
      (r) =>
        r.partner === partner &&
        r.body?.type === type &&
        r.body?.ticketId === ticketId &&
        (status === undefined || r.status === status),
    );
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

describe('cases that cross a partner boundary reach closed, both ways (five services, real Kafka and PostgreSQL)', () => {
  let platform: Platform;
  let probe: KafkaProbe;
  const endpoints = new PartnerEndpoints();
  /** The delivery secret each partner verifies our requests with, from its endpoint's registration. */
  const deliverySecrets: Partial<Record<PartnerHotline, string>> = {};

  beforeAll(async () => {
    probe = await KafkaProbe.start();
    await endpoints.start();
    platform = await Platform.start({
      env: {
        'hotline-exchange': {
          DELIVERY_BACKOFF_BASE_MS: '300',
          DELIVERY_BACKOFF_MAX_MS: '1500',
          DELIVERY_ALERT_REPEAT_MS: '2000',
          DELIVERY_POLL_MS: '200',
          PARTNER_ACCEPTANCE_DEADLINES: JSON.stringify(ACCEPTANCE_DEADLINES),
          PARTNER_ACCEPTANCE_POLL_MS: '300',
        },
      },
    });
    for (const partner of ['110', '12345', '12355'] as const) {
      const registered = await http(
        'PUT',
        `${platform.url('hotline-exchange')}/api/v1/admin/partners/${partner}/endpoint`,
        { url: endpoints.url(partner) },
        await asUser('exchange.admin'),
      );
      expect(registered.status).toBe(200);
      deliverySecrets[partner] = registered.body.signingSecret.secret as string;
    }
  }, 240_000);

  afterAll(async () => {
    await platform?.stop();
    await probe?.stop();
    await endpoints.stop();
  });

  const intake = (path: string) => `${platform.url('intake')}${path}`;
  const getTicket = async (id: string) =>
    (await http('GET', intake(`/api/v1/tickets/${id}`), undefined, await asUser('agent.gd'))).body;
  /** An owner's command on a ticket, as Guangdong's agent (or its lead, to close). */
  const asOwner = async (path: string, body: Record<string, unknown> = {}, user: DemoUser = 'agent.gd') =>
    http('POST', intake(`/api/v1/tickets/${path}`), body, await asUser(user));

  /** A request to the exchange signed with the partner's key, as the partner's own system sends it. */
  function asPartner(
    partner: PartnerHotline,
    method: string,
    path: string,
    body?: unknown,
    signing: SigningOptions = {},
  ) {
    const raw = body === undefined ? undefined : JSON.stringify(body);
    return http(
      method,
      `${platform.url('hotline-exchange')}${path}`,
      raw,
      signedPartnerHeaders(platform.partnerKeys[partner]!, raw, signing),
    );
  }

  /**
   * A partner's command on a transfer. Retried while the exchange has not yet recorded the
   * transfer (404) or is delivering it at that moment (503), each time signed afresh.
   */
  async function partnerCommand(
    partner: PartnerHotline,
    transferId: string,
    verb: string,
    body: Record<string, unknown>,
  ) {
    return eventually(
      async () => {
        const response = await asPartner(partner, 'POST', `/api/v1/partner/transfers/${transferId}/${verb}`, body);
        expect(response.status).toBe(200);
        return response.body;
      },
      30_000,
      250,
    );
  }

  function staffOf(agencyId: string): DemoUser {
    const user = (Object.keys(DEMO_USERS) as DemoUser[]).find((name) => DEMO_USERS[name].organisation === agencyId);
    if (!user) throw new Error(`no demo staff member works at ${agencyId}`);
    return user;
  }

  async function openTicket(overrides: Record<string, unknown> = {}): Promise<string> {
    const opened = await http(
      'POST',
      intake('/api/v1/tickets'),
      {
        channel: 'hotline',
        caller: {
          name: '陈大明',
          phone: `139${Math.floor(10_000_000 + Math.random() * 89_999_999)}`,
          language: 'zh-CN',
        },
        requestType: 'legal-aid-application',
        legalCategory: 'labour-remuneration',
        regionCode: UNSERVED_DISTRICT,
        matterLocation: { arosenInRegionCode: UNSERVED_DISTRICT },
        summary: '来电人称在朝阳区一家装修公司务工，被拖欠工资。',
        flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false },
        ...overrides,
      },
      await asUser('agent.gd'),
    );
    expect(opened.status).toBe(201);
    return opened.body.id as string;
  }

  async function waitForTicket(id: string, check: (ticket: any) => void, timeoutMs = 60_000): Promise<any> {
    return eventually(async () => {
      const ticket = await getTicket(id);
      check(ticket);
      return ticket;
    }, timeoutMs);
  }

  const waitForStatus = (id: string, status: string) =>
    waitForTicket(id, (ticket) => expect(ticket.status).toBe(status));

  /** The legal matter's body takes the ticket on and finishes it, as its staff do in the inbox. */
  async function bodyAcceptsAndCompletes(ticketId: string, result: string): Promise<void> {
    const assignment = await eventually(() => {
      const requested = probe
        .events()
        .filter((e) => e.type === 'assignment.requested.v1' && e.data.ticketId === ticketId);
      expect(requested).toHaveLength(1);
      return requested[0]!.data as any;
    }, 60_000);
    expect(assignment.agency.agencyId).toBe('legal-aid-centre:440605');
    const staff = await asUser(staffOf(assignment.agency.agencyId));
    const assignments = `${platform.url('legal-aid')}/api/v1/assignments/${assignment.assignmentId}`;
    await eventually(
      async () => expect((await http('POST', `${assignments}/accept`, {}, staff)).status).toBe(200),
      30_000,
    );
    await waitForStatus(ticketId, 'accepted');
    expect((await http('POST', `${assignments}/complete`, { outcome: 'resolved', result }, staff)).status).toBe(200);
  }

  /** The owner's part at the end of every case: answer the caller, record the follow-up call, close. */
  async function answerFollowUpAndClose(ticketId: string, answer: string): Promise<any> {
    expect((await asOwner(`${ticketId}/answer`, { answer })).status).toBe(200);
    await waitForStatus(ticketId, 'follow-up-due');
    const followUp = await asOwner(`${ticketId}/follow-up`, {
      result: 'resolved',
      satisfaction: 'satisfied',
      note: null,
    });
    expect(followUp.status).toBe(200);
    expect((await asOwner(`${ticketId}/close`, {}, 'lead.gd')).status).toBe(200);
    return waitForStatus(ticketId, 'closed');
  }

  /** The transfer of a ticket as the partner's endpoint received it, once, signed with the partner's delivery secret. */
  async function transferReceivedBy(partner: PartnerHotline, ticketId: string): Promise<any> {
    const delivered = await eventually(() => {
      const received = endpoints.about(partner, 'transfer.requested', ticketId, 200);
      expect(received).toHaveLength(1);
      return received[0]!;
    }, 60_000);
    expect(() =>
      new Webhook(deliverySecrets[partner]!).verify(delivered.raw, delivered.headers as Record<string, string>),
    ).not.toThrow();
    return delivered.body;
  }

  async function transferOf(ticketId: string, check: (transfer: any) => void): Promise<any> {
    const ticket = await waitForTicket(ticketId, (t) => {
      expect(t.transfers).toHaveLength(1);
      check(t.transfers[0]);
    });
    return ticket.transfers[0];
  }

  /** Every change of the partner's feed after `cursor`, read a few at a time, and the cursor to read on from. */
  async function feedAfter(partner: PartnerHotline, cursor: string): Promise<{ changes: any[]; nextCursor: string }> {
    const changes: any[] = [];
    for (;;) {
      const page = await asPartner(partner, 'GET', `/api/v1/partner/tickets?after=${cursor}&limit=2`);
      expect(page.status).toBe(200);
      changes.push(...page.body.changes);
      if (page.body.changes.length === 0) return { changes, nextCursor: cursor };
      cursor = page.body.nextCursor as string;
    }
  }

  it("tells 110 of every change of the case it forwarded, once and in order, across an outage of its endpoint, until Guangdong's 12348 closes it", async () => {
    const start = await asPartner('110', 'GET', '/api/v1/partner/tickets');
    expect(start.status).toBe(200);
    const { nextCursor: cursor } = await feedAfter('110', start.body.nextCursor as string);
    endpoints.refuse('110');

    const forwarded = {
      partnerReference: `110-FS-${randomUUID().slice(0, 8)}`,
      caller: { name: '何志强', phone: '+86 139-2345-6789', language: 'yue' },
      requestType: 'legal-aid-application',
      legalCategory: 'labour-remuneration',
      regionCode: NANHAI_TOWNSHIP,
      matterLocation: { arosenInRegionCode: NANHAI_TOWNSHIP },
      summary: '报警人称在桂城街道一家五金厂务工，被拖欠工资两个月，非警务警情，转12348申请法律援助。',
      flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false },
      callerConsentToTransfer: true,
    };
    const raw = JSON.stringify(forwarded);
    const received = await http('POST', `${platform.url('hotline-exchange')}/api/v1/partner/tickets`, raw, {
      ...signedPartnerHeaders(platform.partnerKeys['110']!, raw),
      'idempotency-key': randomUUID(),
    });
    expect(received.status).toBe(201);
    const ticketId = received.body.ticketId as string;

    // 110's endpoint is down: the first change is tried and refused, and the later ones wait behind it.
    await eventually(
      () => expect(endpoints.about('110', 'case.status-changed', ticketId, 503).length).toBeGreaterThan(0),
      30_000,
    );
    const opened = await waitForTicket(ticketId, (ticket) => expect(ticket.responsible).toBeDefined());
    expect(opened.responsible).toMatchObject({ ...GUANGDONG_12348, basis: 'region-platform' });

    await bodyAcceptsAndCompletes(ticketId, '律师协助申请劳动仲裁，五金厂已支付拖欠工资15000元。');
    expect(endpoints.about('110', 'case.status-changed', ticketId, 200)).toEqual([]);
    endpoints.answer('110');

    const closed = await answerFollowUpAndClose(
      ticketId,
      '已告知来电人：南海区法律援助中心已受理并指派律师，拖欠工资已追回。',
    );
    expect(closed.coarseStatus).toBe('closed');

    const pushed = await eventually(() => {
      const delivered = endpoints.about('110', 'case.status-changed', ticketId, 200);
      expect(delivered.at(-1)?.body.status).toBe('closed');
      return delivered;
    }, 60_000);
    await settle(2000);
    expect(endpoints.about('110', 'case.status-changed', ticketId, 200)).toHaveLength(pushed.length);

    const changes = pushed.map((p) => p.body);
    expect(changes.map((c) => c.sequence)).toEqual(changes.map((_, i) => i + 1));
    expect(new Set(changes.map((c) => c.messageId)).size).toBe(changes.length);
    expect(changes[0]).toMatchObject({ status: 'received', partnerReference: forwarded.partnerReference });
    // Opening the ticket is news in status received, however it interleaves with routing's first step.
    expect(changes.map((c) => c.status).filter((s) => s !== 'received')).toEqual([
      'awaiting-acceptance',
      'accepted',
      'answered',
      'closed',
    ]);
    for (const { raw: body, headers } of pushed) {
      expect(() => new Webhook(deliverySecrets['110']!).verify(body, headers as Record<string, string>)).not.toThrow();
      expect(headers['webhook-id']).toBe(JSON.parse(body).messageId);
    }

    const feed = await feedAfter('110', cursor);
    expect(feed.changes.filter((c) => c.ticketId === ticketId)).toEqual(changes);
  });

  it('passes a dangerous caller to 110, which accepts, reports progress and its result; the owner answers, calls back and closes', async () => {
    const ticketId = await openTicket({
      summary: '来电人称老板拖欠工资半年，扬言今晚去工地扣押老板的车辆。',
      flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false, dangerous: true },
    });
    const transfer = await transferReceivedBy('110', ticketId);
    expect(transfer).toMatchObject({ reason: 'danger', urgent: true, caller: { name: '陈大明' } });
    const transferId = transfer.messageId as string;

    await partnerCommand('110', transferId, 'accept', {
      partnerReference: '110-BJ-0042',
      acceptedBy: '朝阳分局110指挥中心',
    });
    await partnerCommand('110', transferId, 'progress', { note: '民警已到场，双方情绪稳定' });
    const completedAt = new Date(Date.now() - 1000).toISOString();
    const result = {
      outcome: 'handled',
      actionTaken: '民警现场调解，劝离来电人，未发生扣车行为',
      replyToCaller: '已告知来电人通过劳动仲裁或法律援助追讨欠薪',
      completedAt,
    };
    const reported = await partnerCommand('110', transferId, 'result', result);
    expect(reported).toMatchObject({ receipt: 'completed', progress: [{ note: '民警已到场，双方情绪稳定' }] });

    const done = await transferOf(ticketId, (t) => expect(t.receipt).toBe('completed'));
    expect(done).toMatchObject({
      transferId,
      partner: '110',
      reason: 'danger',
      delivery: 'delivered',
      partnerReference: '110-BJ-0042',
      rejection: null,
      overdue: null,
      result: { outcome: 'handled', actionTaken: result.actionTaken, replyToCaller: result.replyToCaller, completedAt },
    });
    expect(done.acceptedAt).not.toBeNull();
    const timeline = (await getTicket(ticketId)).timeline as any[];
    expect(timeline.map((entry) => entry.kind)).toEqual(
      expect.arrayContaining([
        'partner-transfer.accepted.v1',
        'partner-transfer.progress-reported.v1',
        'partner-transfer.result-reported.v1',
      ]),
    );

    await waitForStatus(ticketId, 'returned-to-owner');
    const closed = await answerFollowUpAndClose(
      ticketId,
      '已告知来电人：110民警已现场处置，欠薪可申请劳动仲裁或法律援助。',
    );
    expect(closed.transfers[0].receipt).toBe('completed');
  });

  it('returns a transfer 110 rejects to its owner with a next step and alerts the supervisor; a not-ours transfer 12345 rejects comes back to the owner, who closes', async () => {
    const dangerous = await openTicket({
      regionCode: NANHAI_TOWNSHIP,
      matterLocation: { arosenInRegionCode: NANHAI_TOWNSHIP },
      summary: '来电人称工友被拖欠工资，情绪激动，扬言去厂里讨说法。',
      flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false, dangerous: true },
    });
    const toPolice = (await transferReceivedBy('110', dangerous)).messageId as string;
    const rejected = await partnerCommand('110', toPolice, 'reject', {
      reason: 'outside-our-area',
      note: '事发地不在本市辖区',
    });
    expect(rejected).toMatchObject({
      receipt: 'rejected',
      rejection: { reason: 'outside-our-area', note: '事发地不在本市辖区' },
    });

    const back = await transferOf(dangerous, (t) => expect(t.receipt).toBe('rejected'));
    expect(back.rejection).toEqual({
      reason: 'outside-our-area',
      note: '事发地不在本市辖区',
      suggestedNextStep: 'transfer-to-another-partner',
    });
    const alerts = await eventually(async () => {
      const page = await http(
        'GET',
        intake(`/api/v1/supervision/alerts?ticketId=${dangerous}`),
        undefined,
        await asUser('supervisor.gd'),
      );
      const returned = (page.body.items as any[]).filter((alert) => alert.kind === 'partner-transfer-returned');
      expect(returned).toHaveLength(1);
      return returned;
    }, 30_000);
    expect(alerts[0]).toMatchObject({ severity: 'critical' });
    // The legal matter itself stays with the body routing chose: a rejection by 110 takes nothing from it.
    expect((await getTicket(dangerous)).status).not.toBe('returned-to-owner');

    const notOurs = await openTicket({
      summary: '来电人反映小区物业乱收停车费，希望有关部门处理。',
      legalCategory: 'property',
      flags: { urgent: false, migrantWorkerWageClaim: false, veteran: false },
    });
    await waitForStatus(notOurs, 'returned-to-owner');
    const transferred = await asOwner(`${notOurs}/transfer`, {
      partner: '12345',
      reason: 'not-ours',
      note: '属物价监管事项，转12345',
    });
    expect(transferred.status).toBe(200);
    expect(transferred.body.status).toBe('transferred-out');
    const toGovernment = (await transferReceivedBy('12345', notOurs)).messageId as string;
    await partnerCommand('12345', toGovernment, 'reject', { reason: 'not-our-matter', note: '属法律服务事项' });

    const returned = await transferOf(notOurs, (t) => expect(t.receipt).toBe('rejected'));
    expect(returned.rejection).toEqual({
      reason: 'not-our-matter',
      note: '属法律服务事项',
      suggestedNextStep: 'route-to-a-body',
    });
    const ticket = await waitForStatus(notOurs, 'returned-to-owner');
    expect(ticket.responsible).toMatchObject(GUANGDONG_12348);
    await answerFollowUpAndClose(notOurs, '已告知来电人：停车收费问题可向价格监管部门投诉，并提供法律咨询意见。');
  });

  it('returns a transfer nobody accepts in time to its owner, with exactly one overdue receipt', async () => {
    const ticketId = await openTicket({
      summary: '来电人反映学校强制学生购买教辅材料，希望有关部门处理。',
      legalCategory: 'other',
      flags: { urgent: false, migrantWorkerWageClaim: false, veteran: false },
    });
    await waitForStatus(ticketId, 'returned-to-owner');
    expect(
      (
        await asOwner(`${ticketId}/transfer`, {
          partner: '12355',
          reason: 'not-ours',
          note: '涉及未成年人权益，转12355',
        })
      ).status,
    ).toBe(200);
    const transferId = (await transferReceivedBy('12355', ticketId)).messageId as string;

    const overdue = await probe.waitForEvent(
      (e) => e.type === 'partner-transfer.acceptance-overdue.v1' && e.data.transferId === transferId,
      30_000,
    );
    expect(overdue.data).toMatchObject({ partner: '12355', suggestedNextStep: 'call-the-partner' });
    const back = await transferOf(ticketId, (t) => expect(t.receipt).toBe('overdue'));
    expect(back).toMatchObject({
      delivery: 'delivered',
      acceptedAt: null,
      rejection: null,
      overdue: { suggestedNextStep: 'call-the-partner' },
    });
    await waitForStatus(ticketId, 'returned-to-owner');

    await settle(3000); // ten rounds of the deadline watch
    const overdues = probe
      .events()
      .filter((e) => e.type === 'partner-transfer.acceptance-overdue.v1' && e.data.ticketId === ticketId);
    expect(overdues).toHaveLength(1);
    const alerts = probe
      .events()
      .filter(
        (e) =>
          e.type === 'supervision.alert-raised.v1' &&
          e.data.ticketId === ticketId &&
          e.data.kind === 'partner-transfer-returned',
      );
    expect(alerts).toHaveLength(1);

    const seen = await asPartner('12355', 'GET', `/api/v1/partner/transfers/${transferId}`);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ receipt: 'overdue', acceptedAt: null });
    await answerFollowUpAndClose(ticketId, '已告知来电人：可向当地教育部门反映，并提供法律咨询意见。');
  });

  it('refuses a replayed signed partner request and one signed too long ago, changing nothing', async () => {
    const ticketId = await openTicket({
      summary: '来电人称被欠薪，扬言要堵老板家门。',
      flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false, dangerous: true },
    });
    const transferId = (await transferReceivedBy('110', ticketId)).messageId as string;
    const path = `/api/v1/partner/transfers/${transferId}`;
    await eventually(
      async () => expect((await asPartner('110', 'GET', path)).body.delivery?.state).toBe('delivered'),
      30_000,
    );

    const stale = await asPartner(
      '110',
      'POST',
      `${path}/accept`,
      {},
      { timestamp: Math.floor(Date.now() / 1000) - 600 },
    );
    expect(stale.status).toBe(401);
    expect(stale.body.errors[0]).toMatchObject({
      code: 'PARTNER_AUTH.TIMESTAMP_OUTSIDE_WINDOW',
      field: 'webhook-timestamp',
    });
    expect((await asPartner('110', 'GET', path)).body.receipt).toBe('awaiting-acceptance');

    const accept = JSON.stringify({ acceptedBy: '朝阳分局110指挥中心' });
    const headers = signedPartnerHeaders(platform.partnerKeys['110']!, accept);
    const url = `${platform.url('hotline-exchange')}${path}/accept`;
    expect((await http('POST', url, accept, headers)).status).toBe(200);
    const replayed = await http('POST', url, accept, headers);
    expect(replayed.status).toBe(409);
    expect(replayed.body.errors[0].code).toBe('PARTNER_AUTH.REPLAYED');
    const reject = JSON.stringify({ reason: 'duplicate' });
    const sameId = await http(
      'POST',
      `${platform.url('hotline-exchange')}${path}/reject`,
      reject,
      signedPartnerHeaders(platform.partnerKeys['110']!, reject, { id: headers['webhook-id'] }),
    );
    expect(sameId.status).toBe(409);
    expect(sameId.body.errors[0].code).toBe('PARTNER_AUTH.REPLAYED');

    await transferOf(ticketId, (t) => expect(t.receipt).toBe('accepted'));
    await settle(1500);
    expect((await asPartner('110', 'GET', path)).body).toMatchObject({
      receipt: 'accepted',
      rejection: null,
      acceptedBy: '朝阳分局110指挥中心',
    });
    const receipts = probe
      .events()
      .filter((e) => e.type === 'partner-transfer.accepted.v1' || e.type === 'partner-transfer.rejected.v1')
      .filter((e) => (e.data as { transferId: string }).transferId === transferId)
      .map((e) => e.type);
    expect(receipts).toEqual(['partner-transfer.accepted.v1']);
    expect((await getTicket(ticketId)).transfers[0]).toMatchObject({ receipt: 'accepted', rejection: null });
  });

  it('takes an Open311 service request, form-encoded, and shows it by id and in the list with the extended status until it is closed', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const form = new URLSearchParams({
      service_code: 'legal-aid-application',
      description: '来电人称在桂城街道工地务工，被拖欠工资三个月，约三万元。',
      first_name: '秀英',
      last_name: '李',
      phone: '+86 138-1234-5678',
      address_string: '桂城街道南海大道北 88 号工地',
      'attribute[partner_reference]': `12345-GD-${randomUUID().slice(0, 8)}`,
      'attribute[region_code]': NANHAI_TOWNSHIP,
      'attribute[legal_category]': 'labour-remuneration',
      'attribute[arosen_in_region_code]': NANHAI_TOWNSHIP,
      'attribute[language]': 'zh-CN',
      'attribute[caller_consent]': 'true',
      'attribute[migrant_worker_wage_claim]': 'true',
    }).toString();
    const open311 = (path: string) => `${platform.url('hotline-exchange')}/api/open311/v2/${path}`;
    const posted = await http('POST', open311('requests.json'), form, {
      'content-type': 'application/x-www-form-urlencoded',
      ...signedPartnerHeaders(platform.partnerKeys['12345']!, form),
    });
    expect(posted.status).toBe(201);
    const ticketId = posted.body[0].service_request_id as string;
    const read = (path: string) =>
      http('GET', open311(path), undefined, signedPartnerHeaders(platform.partnerKeys['12345']!));

    const routed = await eventually(async () => {
      const one = await read(`requests/${ticketId}.json`);
      expect(one.status).toBe(200);
      expect(one.body[0].extended_attributes.status).toBe('awaiting-acceptance');
      return one.body[0];
    }, 60_000);
    expect(routed).toMatchObject({
      service_request_id: ticketId,
      status: 'open',
      service_code: 'legal-aid-application',
      agency_responsible: '南海区法律援助中心',
    });
    const listed = await read(`requests.json?updated_after=${encodeURIComponent(since)}`);
    expect(listed.status).toBe(200);
    expect(
      (listed.body as any[]).find((request) => request.service_request_id === ticketId)?.extended_attributes.status,
    ).toBe('awaiting-acceptance');

    expect((await waitForTicket(ticketId, (t) => expect(t.responsible).toBeDefined())).responsible).toMatchObject(
      GUANGDONG_12348,
    );
    await bodyAcceptsAndCompletes(ticketId, '已指派律师代为申请劳动仲裁。');
    await answerFollowUpAndClose(ticketId, '已告知来电人：南海区法律援助中心已受理并指派律师。');
    const closed = await eventually(async () => {
      const one = await read(`requests/${ticketId}.json`);
      expect(one.body[0].extended_attributes.status).toBe('closed');
      return one.body[0];
    }, 30_000);
    expect(closed.status).toBe('closed');
  });
});

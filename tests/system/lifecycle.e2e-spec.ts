import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { asUser, DEMO_USERS, eventually, http, KafkaProbe, Platform, type DemoUser } from '@legal-hotline/testing';

/**
 * The ticket lifecycle across services: rejection, re-routing and bounce-back; an overdue
 * acceptance across a restart of routing; the danger path to 110 on a partner server that is
 * down at first; merge and undo; close only after the follow-up call; reopen on dissatisfaction.
 */
const NANHAI_TOWNSHIP = '440605011';
/** The first contact: Guangdong's 12348 hotline, as its agent's and lead's tokens name it. */
const OWNER = { organisationId: '12348-gd', organisation: '广东省12348公共法律服务热线', agent: '林晓' };

function ticketRequest(overrides: Record<string, unknown> = {}) {
  return {
    channel: 'hotline',
    caller: { name: '陈大明', phone: `139${Math.floor(10_000_000 + Math.random() * 89_999_999)}`, language: 'yue' },
    requestType: 'legal-aid-application',
    legalCategory: 'labour-remuneration',
    regionCode: NANHAI_TOWNSHIP,
    matterLocation: { arosenInRegionCode: NANHAI_TOWNSHIP },
    summary: '在南海区工厂工作被拖欠工资，申请法律援助。',
    flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false },
    ...overrides,
  };
}

/** A partner hotline's receiving endpoint on loopback, which can be taken down and brought back. */
class PartnerServer {
  readonly received: { headers: IncomingMessage['headers']; raw: string; body: any }[] = [];
  private server: Server | undefined;
  constructor(readonly port: number) {}

  static async reservePort(): Promise<number> {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    return port;
  }

  async up(): Promise<void> {
    this.server = createServer((request: IncomingMessage, response: ServerResponse) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        this.received.push({ headers: request.headers, raw: body, body: JSON.parse(body) });
        response.writeHead(201, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ service_request_id: `110-${this.received.length}` }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }

  async down(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = undefined;
  }
}

describe('the ticket lifecycle end to end (five services as separate processes, real Kafka and PostgreSQL)', () => {
  let platform: Platform;
  let probe: KafkaProbe;
  let partner110: PartnerServer;

  beforeAll(async () => {
    probe = await KafkaProbe.start();
    partner110 = new PartnerServer(await PartnerServer.reservePort());
    platform = await Platform.start({
      env: {
        // Web requests must be accepted within seconds here, so an overdue escalation is seen quickly.
        routing: {
          ACCEPTANCE_DEADLINES: JSON.stringify({
            urgent: 'PT1H',
            'green-channel': 'P1WD',
            normal: 'P1WD',
            web: { normal: 'PT6S' },
          }),
          ROUTING_MAX_HOPS: '2',
          TIMER_POLL_MS: '500',
        },
        'hotline-exchange': {
          DELIVERY_BACKOFF_BASE_MS: '300',
          DELIVERY_BACKOFF_MAX_MS: '1500',
          DELIVERY_ALERT_REPEAT_MS: '2000',
          DELIVERY_POLL_MS: '200',
        },
      },
    });
  }, 240_000);

  afterAll(async () => {
    await platform?.stop();
    await probe?.stop();
    await partner110?.down();
  });

  const intake = (path: string) => `${platform.url('intake')}${path}`;
  const getTicket = async (id: string) =>
    (await http('GET', intake(`/api/v1/tickets/${id}`), undefined, await asUser('agent.gd'))).body;
  /** An owner's command on a ticket, as the Guangdong hotline's agent (or lead, for close and merge). */
  const asOwner = async (path: string, body: Record<string, unknown> = {}, user: DemoUser = 'agent.gd') =>
    http('POST', intake(`/api/v1/tickets/${path}`), body, await asUser(user));
  const alertsOf = async (ticketId: string, supervisor: DemoUser = 'supervisor.gd') =>
    http('GET', intake(`/api/v1/supervision/alerts?ticketId=${ticketId}`), undefined, await asUser(supervisor));

  /** The demo staff member of the body an assignment went to. */
  function staffOf(agencyId: string): DemoUser {
    const user = (Object.keys(DEMO_USERS) as DemoUser[]).find((name) => DEMO_USERS[name].organisation === agencyId);
    if (!user) throw new Error(`no demo staff member works at ${agencyId}`);
    return user;
  }

  async function openTicket(overrides: Record<string, unknown> = {}): Promise<{ id: string; body: any }> {
    const opened = await http('POST', intake('/api/v1/tickets'), ticketRequest(overrides), await asUser('agent.gd'));
    expect(opened.status).toBe(201);
    return { id: opened.body.id as string, body: opened.body };
  }

  async function assignmentOf(ticketId: string, nth = 0): Promise<any> {
    return eventually(() => {
      const requested = probe
        .events()
        .filter((e) => e.type === 'assignment.requested.v1' && e.data.ticketId === ticketId);
      expect(requested.length).toBeGreaterThan(nth);
      return requested[nth]!.data as any;
    }, 60_000);
  }

  async function decide(assignment: any, verb: 'accept' | 'reject', body: Record<string, unknown>) {
    const service = assignment.agency.agencyType === 'legal-aid-centre' ? 'legal-aid' : 'mediation';
    return eventually(async () => {
      const response = await http(
        'POST',
        `${platform.url(service)}/api/v1/assignments/${assignment.assignmentId}/${verb}`,
        body,
        await asUser(staffOf(assignment.agency.agencyId)),
      );
      expect(response.status).toBe(200);
      return response;
    }, 30_000);
  }

  async function waitForStatus(ticketId: string, status: string): Promise<any> {
    return eventually(async () => {
      const ticket = await getTicket(ticketId);
      expect(ticket.status).toBe(status);
      return ticket;
    }, 60_000);
  }

  it('re-routes a rejected ticket to the next body, then returns it to its owner with the reasons when the hop limit is reached', async () => {
    const { id } = await openTicket();
    const first = await assignmentOf(id, 0);
    expect(first.agency.agencyId).toBe('legal-aid-centre:440605');
    await decide(first, 'reject', { reason: 'not-our-jurisdiction', note: '用人单位注册地在顺德区' });

    const second = await assignmentOf(id, 1);
    expect(second.agency.agencyId).not.toBe(first.agency.agencyId);
    expect(second.explanation.reason).toContain('南海区法律援助中心');
    await waitForStatus(id, 'awaiting-acceptance');
    await decide(second, 'reject', { reason: 'not-our-jurisdiction', note: '请由区级中心办理' });

    const returned = await probe.waitForEvent(
      (e) => e.type === 'routing.returned-to-owner.v1' && e.data.ticketId === id,
      60_000,
    );
    expect(returned.data).toMatchObject({
      hops: 2,
      rejections: [{ agencyId: first.agency.agencyId }, { agencyId: second.agency.agencyId }],
    });
    const ticket = await waitForStatus(id, 'returned-to-owner');
    expect(ticket.firstContact).toMatchObject(OWNER);
    expect(probe.events().filter((e) => e.type === 'assignment.requested.v1' && e.data.ticketId === id)).toHaveLength(
      2,
    );

    const reports = await http(
      'GET',
      `${platform.url('routing')}/api/v1/misroute-reports?legalCategory=labour-remuneration`,
      undefined,
      await asUser('supervisor.gd'),
    );
    expect(reports.status).toBe(200);
    expect(JSON.stringify(reports.body)).toContain('legal-aid-centre:440605');
  });

  it('escalates an assignment not accepted in time, once, even when routing was down at the deadline', async () => {
    const { id } = await openTicket({
      channel: 'web',
      flags: { urgent: false, migrantWorkerWageClaim: false, veteran: false },
    });
    const first = await assignmentOf(id, 0);
    expect(first.priority).toBe('normal');
    await platform.kill('routing');
    await new Promise((resolve) => setTimeout(resolve, 8000)); // past the 6-second deadline of web requests
    await platform.startService('routing');

    const overdue = await probe.waitForEvent(
      (e) => e.type === 'assignment.overdue.v1' && e.data.assignmentId === first.assignmentId,
      60_000,
    );
    expect((overdue.data as { action: string }).action).toBe('re-route');
    await probe.waitForEvent(
      (e) => e.type === 'assignment.withdrawn.v1' && e.data.assignmentId === first.assignmentId,
      30_000,
    );
    const next = await assignmentOf(id, 1);
    expect(next.agency.agencyId).not.toBe(first.agency.agencyId);

    await eventually(async () => {
      const alerts = await alertsOf(id);
      expect((alerts.body.items as any[]).map((a) => a.kind)).toContain('acceptance-overdue');
    }, 30_000);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(
      probe.events().filter((e) => e.type === 'assignment.overdue.v1' && e.data.assignmentId === first.assignmentId),
    ).toHaveLength(1);
    const late = await http(
      'POST',
      `${platform.url('legal-aid')}/api/v1/assignments/${first.assignmentId}/accept`,
      {},
      await asUser('staff.nanhai'),
    );
    expect(late.status).toBe(409);
  });

  it('passes a dangerous caller to 110 at once, retrying while 110 is down, and alerts a supervisor', async () => {
    const registered = await http(
      'PUT',
      `${platform.url('hotline-exchange')}/api/v1/admin/partners/110/endpoint`,
      { url: `http://127.0.0.1:${partner110.port}/cases` },
      await asUser('exchange.admin'),
    );
    expect(registered.status).toBe(200);
    const deliverySecret = registered.body.signingSecret.secret as string;

    const { id } = await openTicket({
      regionCode: '520581',
      matterLocation: { arosenInRegionCode: '520581' },
      summary: '来电人称老板欠薪，扬言扣押老板车辆。',
      flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false, dangerous: true },
    });
    await eventually(async () => {
      const alerts = await alertsOf(id, 'supervisor.gz');
      expect((alerts.body.items as any[]).map((a) => a.kind)).toContain('danger-reported');
    }, 30_000);
    const failed = await probe.waitForEvent(
      (e) => e.type === 'partner-transfer.delivery-failed.v1' && e.data.ticketId === id,
      30_000,
    );
    expect((failed.data as { partner: string }).partner).toBe('110');
    await probe.waitForEvent(
      (e) =>
        e.type === 'supervision.alert-raised.v1' &&
        e.data.ticketId === id &&
        e.data.kind === 'partner-delivery-failing',
      30_000,
    );

    await partner110.up();
    await probe.waitForEvent((e) => e.type === 'partner-transfer.delivered.v1' && e.data.ticketId === id, 30_000);
    const deliveries = partner110.received.filter(
      (r) => r.body.ticket_id === id || JSON.stringify(r.body).includes(id),
    );
    expect(deliveries).toHaveLength(1);
    // Signed with the Standard Webhooks scheme: 110 verifies it with the secret it was given.
    const { headers, raw } = deliveries[0]!;
    expect(() => new Webhook(deliverySecret).verify(raw, headers as Record<string, string>)).not.toThrow();
    // The ticket is still routed to a Guizhou legal-aid centre as well (Qianxi's in office hours,
    // the provincial duty desk at night: a dangerous matter is urgent).
    expect((await assignmentOf(id, 0)).agency.agencyId).toMatch(/^legal-aid-centre:52/);
  });

  it('merges a duplicate into the first ticket and undoes the merge', async () => {
    const phone = '13711112222';
    const caller = { name: '黄小明', phone, language: 'yue' };
    const first = await openTicket({ caller });
    const second = await openTicket({ caller });
    expect((second.body.possibleDuplicates as any[]).map((d) => d.id)).toContain(first.id);

    const merged = await asOwner(
      `${second.id}/merge`,
      { intoTicketId: first.id, reason: '同一来电人同一事项' },
      'lead.gd',
    );
    expect(merged.status).toBe(200);
    expect((await getTicket(second.id)).status).toBe('merged');
    expect((await getTicket(second.id)).coarseStatus).toBe('closed');

    const undone = await asOwner(`${second.id}/unmerge`, {}, 'lead.gd');
    expect(undone.status).toBe(200);
    expect((await getTicket(second.id)).coarseStatus).toBe('open');
  });

  it('closes only after the caller was answered and the follow-up call recorded; a dissatisfied caller reopens it under supervision', async () => {
    const { id, body: opened } = await openTicket();
    const assignment = await assignmentOf(id, 0);
    await decide(assignment, 'accept', {});
    await waitForStatus(id, 'accepted');

    const tooEarly = await asOwner(`${id}/close`, {}, 'lead.gd');
    expect(tooEarly.status).toBe(409);
    // Another organisation's lead, and the owner's agent who is not a lead, may not close.
    expect((await asOwner(`${id}/close`, {}, 'lead.gz')).status).toBe(403);
    expect((await asOwner(`${id}/close`, {}, 'agent.gd')).status).toBe(403);

    const complete = await http(
      'POST',
      `${platform.url('legal-aid')}/api/v1/assignments/${assignment.assignmentId}/complete`,
      { outcome: 'resolved', result: '经调解，用人单位支付拖欠工资13000元。' },
      await asUser('staff.nanhai'),
    );
    expect(complete.status).toBe(200);
    expect((await asOwner(`${id}/answer`, { answer: '已告知来电人：工资已追回。' })).status).toBe(200);
    await waitForStatus(id, 'follow-up-due');

    const dissatisfied = await asOwner(`${id}/follow-up`, {
      result: 'partly-resolved',
      satisfaction: 'dissatisfied',
      note: '尚有加班费未付',
    });
    expect(dissatisfied.status).toBe(200);
    await waitForStatus(id, 'reopened');
    await eventually(async () => {
      const alerts = await alertsOf(id);
      expect((alerts.body.items as any[]).map((a) => a.kind)).toContain('caller-dissatisfied');
    }, 30_000);
    expect((await asOwner(`${id}/close`, {}, 'lead.gd')).status).toBe(409);

    // The caller is answered again and satisfied this time: the owner may close.
    expect((await asOwner(`${id}/answer`, { answer: '加班费已另行追回。' })).status).toBe(200);
    expect(
      (await asOwner(`${id}/follow-up`, { result: 'resolved', satisfaction: 'satisfied', note: null })).status,
    ).toBe(200);
    const closed = await asOwner(`${id}/close`, {}, 'lead.gd');
    expect(closed.status).toBe(200);
    const ticket = await waitForStatus(id, 'closed');
    expect(ticket.coarseStatus).toBe('closed');

    // The caller follows the ticket with the reference and one-time code given at opening.
    const lookup = await http('POST', intake('/api/v1/ticket-lookup'), {
      reference: opened.reference,
      code: opened.lookupCode,
    });
    expect(lookup.status).toBe(200);
    expect(lookup.body).toMatchObject({ status: 'closed', coarseStatus: 'closed' });
    const wrong = await http('POST', intake('/api/v1/ticket-lookup'), {
      reference: opened.reference,
      code: opened.lookupCode === '000000' ? '111111' : '000000',
    });
    expect(wrong.status).toBe(404);
  });
});

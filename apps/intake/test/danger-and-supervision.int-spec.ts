import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { TOPICS, type PlatformEvent } from '@legal-hotline/contracts';
import { asUser, eventually, http, KafkaProbe, pendingSchemaChanges, settle, startTestService, type DemoUser, type TestService } from '@legal-hotline/testing';
import { intakeService, type IntakeConfig } from '../src/intake.service-definition.js';
import type { SupervisionAlertPageView } from '../src/supervision/supervision-alert.dto.js';
import type { OpenedTicketView, TicketPageView, TicketView } from '../src/tickets/ticket-view.dto.js';
import { actorFor } from './fixtures/identities.js';
import { alertRaised, nanhaiApplication, partnerCaseReceived, TEST_CALLER_HASH_KEY, transferDelivered, transferDeliveryFailed } from './fixtures/platform-events.js';

describe('intake: special channels, danger and supervision', () => {
  let svc: TestService<IntakeConfig>;
  let probe: KafkaProbe;
  const url = (path: string) => `${svc.url}${path}`;

  const open = async (overrides: Record<string, unknown>, headers: Record<string, string> = {}): Promise<OpenedTicketView> => {
    const response = await http<OpenedTicketView>('POST', url('/api/v1/tickets'), nanhaiApplication(overrides), { ...(await asUser('agent.gd')), ...headers });
    expect(response.status).toBe(201);
    return response.body;
  };
  const getTicket = async (id: string, user: DemoUser = 'supervisor.gd'): Promise<TicketView> =>
    (await http<TicketView>('GET', url(`/api/v1/tickets/${id}`), undefined, await asUser(user))).body;
  const alerts = async (query: string, user: DemoUser = 'supervisor.gd') =>
    http<SupervisionAlertPageView>('GET', url(`/api/v1/supervision/alerts?${query}`), undefined, await asUser(user));

  beforeAll(async () => {
    probe = await KafkaProbe.start();
    svc = await startTestService(intakeService, { env: { REGION_PROVINCES: '44', CALLER_HASH_KEY: TEST_CALLER_HASH_KEY } });
  });

  afterAll(async () => {
    await svc?.stop();
    await probe?.stop();
  });

  describe('the green channel (绿色通道)', () => {
    it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
      [
        'a migrant worker\'s wage claim: priority and no means verification',
        { migrantWorkerWageClaim: true },
        { priority: 'green-channel', meansTestExemption: { basis: 'Legal Aid Law Art. 42(3)', reason: expect.any(String) }, specialChannel: null },
      ],
      ['a veteran', { veteran: true }, { priority: 'green-channel', meansTestExemption: null, specialChannel: { basis: 'Veterans Protection Law Art. 70', reason: expect.any(String) } }],
      ['an urgent matter', { urgent: true }, { priority: 'urgent', meansTestExemption: null, specialChannel: null }],
      ['an ordinary request', {}, { priority: 'normal', meansTestExemption: null, specialChannel: null }],
    ])('records %s on the ticket', async (_case, flags, expected) => {
      const { id } = await open({ flags });
      expect(await getTicket(id)).toMatchObject(expected);
    });
  });

  describe('a dangerous matter (紧情要情)', () => {
    let opened: OpenedTicketView;
    let transferId: string;

    beforeAll(async () => {
      opened = await open({ flags: { migrantWorkerWageClaim: true, dangerous: true }, caller: { name: '李强', phone: '13765002345', language: 'zh-CN' } }, { 'x-correlation-id': 'it-danger-call' });
    });

    it('still opens and routes normally: ticket.opened.v1 with the flag', async () => {
      expect(opened.status).toBe('received');
      const ticketOpened = await probe.waitForEvent((e): e is Extract<PlatformEvent, { type: 'ticket.opened.v1' }> => e.type === 'ticket.opened.v1' && e.subject === opened.id);
      expect(ticketOpened.data.flags).toMatchObject({ dangerous: true, urgent: false });
    });

    it('asks the exchange at once to pass it to 110, with the caller\'s name and phone, in the same flow', async () => {
      const transfer = await probe.waitForEvent((e) => e.type === 'partner-transfer.requested.v1' && e.data.ticketId === opened.id);
      expect(transfer).toMatchObject({
        source: 'intake',
        correlationId: 'it-danger-call',
        causationId: null,
        data: {
          ticketNumber: opened.ticketNumber,
          partner: '110',
          reason: 'danger',
          urgent: true,
          caller: { name: '李强', phone: '13765002345', language: 'zh-CN' },
          requestedBy: await actorFor('agent.gd'),
        },
      });
      transferId = transfer.type === 'partner-transfer.requested.v1' ? transfer.data.transferId : '';
      expect(probe.messages.find((m) => m.event?.id === transfer.id)).toMatchObject({ topic: TOPICS.partnerTransfers, key: transferId });
    });

    it('alerts a supervisor (critical) in the same flow', async () => {
      const alert = await probe.waitForEvent((e) => e.type === 'supervision.alert-raised.v1' && e.subject === opened.id);
      expect(alert).toMatchObject({ source: 'intake', correlationId: 'it-danger-call', data: { kind: 'danger-reported', severity: 'critical', ticketId: opened.id } });
    });

    it('wrote the ticket, the opening, the transfer and the alert in one transaction', async () => {
      const rows: { type: string }[] = await svc.database.query(
        `SELECT type FROM outbox WHERE payload->>'correlationId' = 'it-danger-call' ORDER BY id`,
      );
      expect(rows.map((r) => r.type)).toEqual(['ticket.opened.v1', 'partner-transfer.requested.v1', 'supervision.alert-raised.v1']);
    });

    it('shows priority urgent, 110 as a watcher and the pending transfer, with timeline entries', async () => {
      const ticket = await getTicket(opened.id);
      expect(ticket).toMatchObject({
        priority: 'urgent',
        meansTestExemption: { basis: 'Legal Aid Law Art. 42(3)' },
        watchers: [expect.objectContaining({ organisationId: 'partner-hotline:110', organisation: '110', reason: 'danger' })],
        transfers: [expect.objectContaining({ transferId, partner: '110', reason: 'danger', urgent: true, delivery: 'pending' })],
      });
      expect(ticket.timeline.map((e) => e.kind)).toEqual(['ticket.opened', 'partner-transfer.requested.v1', 'ticket.referred', 'supervision.alert-raised.v1']);
      const watched = await http<TicketPageView>('GET', url('/api/v1/tickets?watcher=partner-hotline:110'), undefined, await asUser('supervisor.gd'));
      expect(watched.body.items.map((t) => t.id)).toContain(opened.id);
    });

    it('follows the delivery the exchange reports: a failed attempt, then the delivery', async () => {
      await probe.publishEvent(TOPICS.partnerTransfers, transferDeliveryFailed(opened.id, transferId));
      await eventually(async () => expect((await getTicket(opened.id)).transfers[0]).toMatchObject({ delivery: 'failing', lastError: 'connect ECONNREFUSED 127.0.0.1:4110' }));
      await probe.publishEvent(TOPICS.partnerTransfers, transferDelivered(opened.id, transferId));
      const ticket = await eventually(async () => {
        const current = await getTicket(opened.id);
        expect(current.transfers[0]).toMatchObject({ delivery: 'delivered', partnerReference: '110-FS-0001', attempts: 2 });
        return current;
      });
      expect(ticket.status).toBe('received');
      expect(ticket.timeline.slice(-2)).toEqual([
        expect.objectContaining({ source: 'hotline-exchange', kind: 'partner-transfer.delivery-failed.v1', reason: 'connect ECONNREFUSED 127.0.0.1:4110' }),
        expect.objectContaining({ source: 'hotline-exchange', kind: 'partner-transfer.delivered.v1', note: 'delivered to 110 after 2 attempts; partner reference 110-FS-0001' }),
      ]);
    });

    it('lists the danger alert for supervisors', async () => {
      const listed = await eventually(async () => {
        const response = await alerts(`kind=danger-reported&ticketId=${opened.id}`);
        expect(response.body.total).toBe(1);
        return response.body;
      });
      expect(listed.items[0]).toMatchObject({ kind: 'danger-reported', severity: 'critical', source: 'intake', agencyId: null });
    });
  });

  describe('a dangerous case a partner forwarded', () => {
    it('from 12345: transfers it to 110 and alerts, as if taken on the hotline', async () => {
      const ticketId = randomUUID();
      const forward = partnerCaseReceived(ticketId, '12345', { dangerous: true });
      await probe.publishEvent(TOPICS.partnerCases, forward);
      const transfer = await probe.waitForEvent((e) => e.type === 'partner-transfer.requested.v1' && e.data.ticketId === ticketId);
      expect(transfer).toMatchObject({ correlationId: forward.correlationId, causationId: forward.id, data: { partner: '110', reason: 'danger', caller: { name: '李强', phone: '13765002345' } } });
      // On behalf of the platform that answers the forward, not of the partner that forwarded it.
      expect(transfer.type === 'partner-transfer.requested.v1' && transfer.data.requestedBy).toEqual({ organisation: '广东省12348公共法律服务热线', organisationId: '12348-gd', agent: null });
      await probe.waitForEvent((e) => e.type === 'supervision.alert-raised.v1' && e.subject === ticketId);
      expect(await getTicket(ticketId)).toMatchObject({ priority: 'urgent', watchers: [expect.objectContaining({ organisationId: 'partner-hotline:110' })] });
    });

    it('from 110 itself: alerts a supervisor but sends nothing back to 110', async () => {
      const ticketId = randomUUID();
      await probe.publishEvent(TOPICS.partnerCases, partnerCaseReceived(ticketId, '110', { dangerous: true }));
      await probe.waitForEvent((e) => e.type === 'supervision.alert-raised.v1' && e.subject === ticketId);
      await settle(1000);
      expect(probe.events().filter((e) => e.type === 'partner-transfer.requested.v1' && e.data.ticketId === ticketId)).toEqual([]);
      expect(await getTicket(ticketId)).toMatchObject({ priority: 'urgent', watchers: [], transfers: [] });
    });
  });

  describe('the supervision alert list', () => {
    // Alerts other services raised about a Nanhai ticket: a supervisor reads them by the ticket's region.
    let ticketId: string;
    const base = Date.parse('2026-01-05T00:00:00Z');
    const at = (hours: number) => new Date(base + hours * 3_600_000);

    beforeAll(async () => {
      ticketId = (await open({})).id;
      await probe.publishEvent(TOPICS.supervisionAlerts, alertRaised(ticketId, 'acceptance-overdue', at(1)));
      await probe.publishEvent(TOPICS.supervisionAlerts, alertRaised(ticketId, 'partner-delivery-failing', at(2), 'hotline-exchange'));
      await probe.publishEvent(TOPICS.supervisionAlerts, alertRaised(ticketId, 'acceptance-overdue', at(3)));
      await eventually(async () => expect((await alerts(`ticketId=${ticketId}`)).body.total).toBe(3));
    });

    const list = (query: string, user: DemoUser = 'supervisor.gd') => alerts(`ticketId=${ticketId}&${query}`, user);

    it('lists newest first, with who raised each', async () => {
      const { body } = await list('');
      expect(body.items.map((a) => [a.kind, a.source, a.raisedAt])).toEqual([
        ['acceptance-overdue', 'routing', at(3).toISOString()],
        ['partner-delivery-failing', 'hotline-exchange', at(2).toISOString()],
        ['acceptance-overdue', 'routing', at(1).toISOString()],
      ]);
      expect(body).toMatchObject({ page: 1, pageSize: 20, total: 3 });
    });

    it.each([
      ['kind=acceptance-overdue', [3, 1]],
      ['kind=partner-delivery-failing', [2]],
      [`since=${encodeURIComponent('2026-01-05T10:00:00+08:00')}`, [3, 2]],
      ['pageSize=2&page=2', [1]],
    ])('filters %s', async (query, hours) => {
      expect((await list(query)).body.items.map((a) => a.raisedAt)).toEqual(hours.map((h) => at(h).toISOString()));
    });

    it('shows the alerts to the supervisor of the city, none to another province\'s', async () => {
      expect((await list('', 'supervisor.foshan')).body.total).toBe(3);
      const guizhou = await list('', 'supervisor.gz');
      expect(guizhou.status).toBe(200);
      expect(guizhou.body).toMatchObject({ total: 0, items: [] });
    });

    it('lists no alert about a ticket intake does not know: it lies in nobody\'s area', async () => {
      const unknown = randomUUID();
      await probe.publishEvent(TOPICS.supervisionAlerts, alertRaised(unknown, 'acceptance-overdue', at(4)));
      await eventually(async () => expect(await svc.database.query('SELECT 1 FROM supervision_alerts WHERE ticket_id = $1', [unknown])).toHaveLength(1));
      expect((await alerts(`ticketId=${unknown}`)).body.total).toBe(0);
    });

    it('is for supervisors only', async () => {
      const response = await list('', 'agent.gd');
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({ errors: [expect.objectContaining({ code: 'AUTH.ROLE_MISSING' })] });
    });

    it.each(['kind=everything', 'since=yesterday', 'pageSize=500', 'ticketId=42'])('answers the bad filter %s with 400', async (query) => {
      expect((await alerts(query)).status).toBe(400);
    });
  });

  it('has migrations that match the entities', async () => {
    expect(await pendingSchemaChanges(svc.dataSource)).toEqual([]);
  });
});

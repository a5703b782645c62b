import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { TOPICS, type PlatformEvent } from '@legal-hotline/contracts';
import type { ErrorBody } from '@legal-hotline/service-runtime';
import { eventually, http, KafkaProbe, pendingSchemaChanges, startTestService, type TestService } from '@legal-hotline/testing';
import { intakeService, type IntakeConfig } from '../src/intake.service-definition.js';
import type { SupervisionAlertPageView } from '../src/supervision/supervision-alert.dto.js';
import type { OwnerTicketPageView, TicketPageView, TicketView } from '../src/tickets/ticket-view.dto.js';
import {
  assignmentAccepted,
  assignmentCompleted,
  assignmentOverdue,
  assignmentRejected,
  assignmentRequested,
  assignmentStarted,
  assignmentWithdrawn,
  clockPaused,
  clockResumed,
  nanhaiApplication,
  returnedToOwner,
  SHUNDE_CENTRE,
  TEST_CALLER_HASH_KEY,
} from './fixtures/platform-events.js';

const OWNER = { organisation: '广东省12348公共法律服务热线', agent: 'agent-0731' };
const STRANGER = { organisation: '佛山市南海区司法局', agent: 'clerk-9' };

describe('intake ticket lifecycle', () => {
  let svc: TestService<IntakeConfig>;
  let probe: KafkaProbe;
  const url = (path: string) => `${svc.url}${path}`;

  const openTicket = async (body: Record<string, unknown> = nanhaiApplication()): Promise<string> => {
    const response = await http<{ id: string }>('POST', url('/api/v1/tickets'), body);
    expect(response.status).toBe(201);
    return response.body.id;
  };
  const getTicket = async (id: string): Promise<TicketView> => (await http<TicketView>('GET', url(`/api/v1/tickets/${id}`))).body;
  /** A command's answer: the ticket, or the error shape. */
  const command = (id: string, verb: string, body: Record<string, unknown>) => http<TicketView & ErrorBody>('POST', url(`/api/v1/tickets/${id}/${verb}`), body);
  const publish = (topic: (typeof TOPICS)[keyof typeof TOPICS], event: PlatformEvent) => probe.publishEvent(topic, event);
  const statusBecomes = (id: string, status: string) =>
    eventually(async () => {
      const ticket = await getTicket(id);
      expect(ticket.status).toBe(status);
      return ticket;
    });

  /** A ticket the Nanhai centre accepted, started and completed; the caller not answered yet. */
  const completedTicket = async (): Promise<string> => {
    const id = await openTicket();
    const assignmentId = randomUUID();
    await publish(TOPICS.assignments, assignmentRequested(id, assignmentId));
    await publish(TOPICS.assignments, assignmentAccepted(id, assignmentId));
    await publish(TOPICS.assignments, assignmentStarted(id, assignmentId));
    await publish(TOPICS.assignments, assignmentCompleted(id, assignmentId));
    await eventually(async () => expect((await getTicket(id)).handlingResult).not.toBeNull());
    return id;
  };

  beforeAll(async () => {
    probe = await KafkaProbe.start();
    svc = await startTestService(intakeService, { env: { REGION_PROVINCES: '44,52', CALLER_HASH_KEY: TEST_CALLER_HASH_KEY } });
  });

  afterAll(async () => {
    await svc?.stop();
    await probe?.stop();
  });

  describe('from the body\'s result to the closing', () => {
    let id: string;

    beforeAll(async () => {
      id = await completedTicket();
    });

    it('follows the body to completion and keeps its result, the first-contact owner unchanged', async () => {
      const ticket = await getTicket(id);
      expect(ticket).toMatchObject({
        status: 'in-progress',
        firstContact: { platform: '12348-hotline', organisation: OWNER.organisation, agent: OWNER.agent },
        currentHandler: { agencyId: 'legal-aid-centre:440605' },
        handlingResult: { agencyId: 'legal-aid-centre:440605', outcome: 'resolved', result: '经调解，用人单位支付拖欠工资13000元。', completedBy: 'officer-li' },
      });
      expect(ticket.timeline.map((e) => [e.kind, e.statusAfter])).toEqual([
        ['ticket.opened', 'received'],
        ['assignment.requested.v1', 'awaiting-acceptance'],
        ['assignment.accepted.v1', 'accepted'],
        ['assignment.started.v1', 'in-progress'],
        ['assignment.completed.v1', 'in-progress'],
      ]);
    });

    it('refuses to close before the caller was answered: 409 TICKET.NOT_ANSWERED', async () => {
      const response = await command(id, 'close', { actor: OWNER });
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ statusCode: 409, errors: [expect.objectContaining({ code: 'TICKET.NOT_ANSWERED' })] });
    });

    it('records the owner\'s answer; with the body done, the follow-up call is due; ticket.answered.v1 goes out', async () => {
      const response = await command(id, 'answer', { actor: OWNER, answer: '已告知来电人工资已追回' });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'follow-up-due', answer: { answeredBy: OWNER, answer: '已告知来电人工资已追回' } });
      const answered = await probe.waitForEvent((e) => e.type === 'ticket.answered.v1' && e.subject === id);
      expect(answered).toMatchObject({ source: 'intake', causationId: null, data: { ticketId: id, answeredBy: OWNER } });
      expect(probe.messages.find((m) => m.event?.id === answered.id)).toMatchObject({ topic: TOPICS.tickets, key: id });
    });

    it('refuses to close before the follow-up call: 409 TICKET.FOLLOW_UP_MISSING', async () => {
      const response = await command(id, 'close', { actor: OWNER });
      expect(response.status).toBe(409);
      expect(response.body.errors).toEqual([expect.objectContaining({ code: 'TICKET.FOLLOW_UP_MISSING' })]);
    });

    it('records the follow-up call (回访) and announces it', async () => {
      const response = await command(id, 'follow-up', { actor: OWNER, result: 'resolved', satisfaction: 'satisfied', note: '工资13000元已到账' });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'follow-up-due', followUp: { result: 'resolved', satisfaction: 'satisfied', note: '工资13000元已到账' } });
      await probe.waitForEvent((e) => e.type === 'ticket.follow-up-recorded.v1' && e.subject === id);
    });

    it('refuses anyone but the first-contact organisation with 403 TICKET.NOT_OWNER, changing nothing', async () => {
      const response = await command(id, 'close', { actor: STRANGER });
      expect(response.status).toBe(403);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'actor.organisation', code: 'TICKET.NOT_OWNER' })]);
      expect((await getTicket(id)).status).toBe('follow-up-due');
    });

    it('closes for the owner (coarse closed) and announces it', async () => {
      const response = await command(id, 'close', { actor: { organisation: OWNER.organisation, agent: 'agent-0800' } });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'closed', coarseStatus: 'closed' });
      const closed = await probe.waitForEvent((e) => e.type === 'ticket.closed.v1' && e.subject === id);
      expect(closed.data).toMatchObject({ closedBy: { organisation: OWNER.organisation, agent: 'agent-0800' } });
      expect(response.body.timeline.at(-1)).toMatchObject({ source: 'intake', kind: 'ticket.closed.v1', actor: 'agent-0800', statusAfter: 'closed' });
    });

    it('refuses to close again with 409 TICKET.INVALID_TRANSITION naming both statuses', async () => {
      const response = await command(id, 'close', { actor: OWNER });
      expect(response.status).toBe(409);
      expect(response.body.errors).toEqual([expect.objectContaining({ code: 'TICKET.INVALID_TRANSITION', description: expect.stringContaining('from closed to closed') })]);
    });

    it('lets the owner reopen it with a reason', async () => {
      const response = await command(id, 'reopen', { actor: OWNER, reason: '用人单位未按协议支付第二期' });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'reopened', coarseStatus: 'open', answer: null, followUp: null });
      const reopened = await probe.waitForEvent((e) => e.type === 'ticket.reopened.v1' && e.subject === id);
      expect(reopened.data).toMatchObject({ reason: '用人单位未按协议支付第二期', underSupervision: false });
    });
  });

  describe('a dissatisfied caller', () => {
    let id: string;

    beforeAll(async () => {
      id = await completedTicket();
      expect((await command(id, 'answer', { actor: OWNER, answer: '已告知调解结果' })).status).toBe(200);
    });

    it('reopens the ticket at once, under supervision, and alerts a supervisor (督办)', async () => {
      const response = await command(id, 'follow-up', { actor: OWNER, result: 'unresolved', satisfaction: 'dissatisfied', note: '工资仍未到账' });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'reopened', underSupervision: true, answer: null, followUp: null });
      expect(response.body.timeline.slice(-3).map((e) => [e.kind, e.statusAfter])).toEqual([
        ['ticket.follow-up-recorded.v1', 'follow-up-due'],
        ['ticket.reopened.v1', 'reopened'],
        ['supervision.alert-raised.v1', 'reopened'],
      ]);

      const reopened = await probe.waitForEvent((e) => e.type === 'ticket.reopened.v1' && e.subject === id);
      expect(reopened.data).toMatchObject({ underSupervision: true, reason: expect.stringContaining('dissatisfied') });
      const alert = await probe.waitForEvent((e) => e.type === 'supervision.alert-raised.v1' && e.subject === id);
      expect(alert).toMatchObject({ source: 'intake', data: { kind: 'caller-dissatisfied', ticketId: id, agencyId: 'legal-aid-centre:440605' } });
      expect(probe.messages.find((m) => m.event?.id === alert.id)).toMatchObject({ topic: TOPICS.supervisionAlerts, key: id });
    });

    it('lists the alert for supervisors', async () => {
      const alerts = await eventually(async () => {
        const response = await http<SupervisionAlertPageView>('GET', url(`/api/v1/supervision/alerts?ticketId=${id}`));
        expect(response.body.total).toBe(1);
        return response.body;
      });
      expect(alerts.items[0]).toMatchObject({ kind: 'caller-dissatisfied', severity: 'warning', source: 'intake', ticketId: id });
    });

    it('needs a new answer and a new follow-up before it can close', async () => {
      expect((await command(id, 'close', { actor: OWNER })).body.errors).toEqual([expect.objectContaining({ code: 'TICKET.NOT_ANSWERED' })]);
    });
  });

  it('sends a rejected ticket back to routing (routed), then to the next body (awaiting-acceptance), never changing the first contact', async () => {
    const id = await openTicket();
    const first = randomUUID();
    await publish(TOPICS.assignments, assignmentRequested(id, first));
    await statusBecomes(id, 'awaiting-acceptance');
    await publish(TOPICS.assignments, assignmentRejected(id, first));
    const routed = await statusBecomes(id, 'routed');
    expect(routed.currentHandler).toBeNull();

    const next = randomUUID();
    await publish(TOPICS.assignments, assignmentRequested(id, next, SHUNDE_CENTRE));
    const ticket = await statusBecomes(id, 'awaiting-acceptance');
    expect(ticket.currentHandler).toMatchObject({ agencyId: SHUNDE_CENTRE.agencyId, name: SHUNDE_CENTRE.name });
    expect(ticket.hops.map((h) => [h.agencyId, h.outcome])).toEqual([
      ['legal-aid-centre:440605', 'rejected'],
      [SHUNDE_CENTRE.agencyId, 'still-there'],
    ]);
    expect(ticket.timeline.map((e) => e.statusAfter)).toEqual(['received', 'awaiting-acceptance', 'routed', 'awaiting-acceptance']);
    expect(ticket.firstContact).toEqual(routed.firstContact);
    expect(ticket.firstContact).toMatchObject({ organisation: OWNER.organisation, agent: OWNER.agent });
  });

  it('shows overdue, paused and resumed clocks and the withdrawal in the timeline; the withdrawal re-routes', async () => {
    const id = await openTicket();
    const assignmentId = randomUUID();
    await publish(TOPICS.assignments, assignmentRequested(id, assignmentId));
    await publish(TOPICS.assignments, clockPaused(id, assignmentId));
    await publish(TOPICS.assignments, clockResumed(id, assignmentId));
    await publish(TOPICS.assignments, assignmentOverdue(id, assignmentId));
    await publish(TOPICS.assignments, assignmentWithdrawn(id, assignmentId));
    const ticket = await statusBecomes(id, 'routed');
    expect(ticket.timeline.slice(1).map((e) => [e.kind, e.statusAfter, e.reason])).toEqual([
      ['assignment.requested.v1', 'awaiting-acceptance', expect.stringContaining('Art. 38')],
      ['assignment.clock-paused.v1', 'awaiting-acceptance', '等待申请人补充劳动合同'],
      ['assignment.clock-resumed.v1', 'awaiting-acceptance', null],
      ['assignment.overdue.v1', 'awaiting-acceptance', 'acceptance-overdue'],
      ['assignment.withdrawn.v1', 'routed', 'acceptance-overdue'],
    ]);
    expect(ticket.hops).toEqual([expect.objectContaining({ outcome: 'withdrawn', reason: 'acceptance-overdue' })]);
  });

  describe('returned to its owner by routing', () => {
    let id: string;

    beforeAll(async () => {
      id = await openTicket();
      const assignmentId = randomUUID();
      await publish(TOPICS.assignments, assignmentRequested(id, assignmentId));
      await publish(TOPICS.assignments, assignmentRejected(id, assignmentId));
      await statusBecomes(id, 'routed');
      await publish(TOPICS.routingDecisions, returnedToOwner(id));
    });

    it('shows the rejections and the suggested destination', async () => {
      const ticket = await statusBecomes(id, 'returned-to-owner');
      expect(ticket.timeline.at(-1)).toMatchObject({
        source: 'routing',
        kind: 'routing.returned-to-owner.v1',
        reason: 'no-candidate-left',
        statusAfter: 'returned-to-owner',
        note: expect.stringContaining('suggested next: 佛山市法律援助中心 (legal-aid-centre:440600)'),
      });
      expect(ticket.timeline.at(-1)!.note).toContain('南海区法律援助中心 (not-our-jurisdiction: 用人单位在顺德区)');
    });

    it('lets the owner transfer it out to a partner hotline, which gets the caller\'s contact', async () => {
      expect((await command(id, 'transfer', { actor: STRANGER, partner: '12345', reason: 'not-ours' })).status).toBe(403);
      const response = await command(id, 'transfer', { actor: OWNER, partner: '12345', reason: 'not-ours', note: '属于劳动保障监察事项' });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'transferred-out', transfers: [expect.objectContaining({ partner: '12345', reason: 'not-ours', delivery: 'pending' })] });
      const transfer = await probe.waitForEvent((e) => e.type === 'partner-transfer.requested.v1' && e.data.ticketId === id);
      expect(transfer.data).toMatchObject({ partner: '12345', reason: 'not-ours', caller: { name: '陈大明', phone: '13812345678' } });
      expect(probe.messages.find((m) => m.event?.id === transfer.id)).toMatchObject({ topic: TOPICS.partnerTransfers, key: response.body.transfers[0]!.transferId });
    });

    it('lets the owner answer and call back a transferred ticket, then close it', async () => {
      expect((await command(id, 'answer', { actor: OWNER, answer: '已告知来电人转12345办理' })).body.status).toBe('follow-up-due');
      expect((await command(id, 'follow-up', { actor: OWNER, result: 'partly-resolved', satisfaction: 'basically-satisfied' })).status).toBe(200);
      expect((await command(id, 'close', { actor: OWNER })).body.status).toBe('closed');
    });
  });

  it('refuses an answer while routing is still choosing a body, with the statuses named', async () => {
    const response = await command(await openTicket(), 'answer', { actor: OWNER, answer: '已答复' });
    expect(response.status).toBe(409);
    expect(response.body.errors).toEqual([expect.objectContaining({ code: 'TICKET.INVALID_TRANSITION', description: expect.stringContaining('from received to follow-up-due') })]);
  });

  it('answers 404 TICKET.NOT_FOUND for a command on an unknown ticket and 400 for a bad body', async () => {
    expect((await command(randomUUID(), 'close', { actor: OWNER })).body.errors).toEqual([expect.objectContaining({ code: 'TICKET.NOT_FOUND' })]);
    const bad = await command(randomUUID(), 'follow-up', { actor: OWNER, result: 'resolved', satisfaction: 'happy' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'satisfaction' })]);
  });

  describe('referrals', () => {
    const court = `佛山市南海区人民法院-${randomUUID().slice(0, 8)}`;
    let id: string;

    beforeAll(async () => {
      id = await openTicket();
    });

    it('let another body see the ticket without owning it, and record it in the timeline', async () => {
      const response = await command(id, 'referrals', { actor: STRANGER, organisation: court, reason: '诉讼阶段需了解前期调解情况' });
      expect(response.status).toBe(201);
      expect(response.body.watchers).toEqual([expect.objectContaining({ organisation: court, reason: '诉讼阶段需了解前期调解情况', addedBy: STRANGER })]);
      expect(response.body.firstContact.organisation).toBe(OWNER.organisation);
      expect(response.body.timeline.at(-1)).toMatchObject({ kind: 'ticket.referred', actor: 'clerk-9', statusAfter: 'received' });
    });

    it('refuse the same body twice with 409 TICKET.ALREADY_WATCHING', async () => {
      const response = await command(id, 'referrals', { actor: OWNER, organisation: court, reason: 'again' });
      expect(response.status).toBe(409);
      expect(response.body.errors).toEqual([expect.objectContaining({ code: 'TICKET.ALREADY_WATCHING' })]);
    });

    it('list the tickets a body watches', async () => {
      const other = await openTicket();
      const watched = await http<TicketPageView>('GET', url(`/api/v1/tickets?watcher=${encodeURIComponent(court)}`));
      expect(watched.status).toBe(200);
      expect(watched.body.items.map((t) => t.id)).toEqual([id]);
      expect(watched.body.items.map((t) => t.id)).not.toContain(other);
    });
  });

  describe('the owner\'s view', () => {
    const organisation = `贵州省12348公共法律服务热线-${randomUUID().slice(0, 8)}`;
    const owned = (agent = 'agent-0117') => nanhaiApplication({ firstContact: { platform: '12348-hotline', organisation, agent } });
    let waiting: string;
    let closed: string;

    beforeAll(async () => {
      // Hand-offs dated in the past, so the times spent are known.
      const start = Date.now() - 3 * 3_600_000;
      waiting = await openTicket(owned());
      const first = randomUUID();
      const second = randomUUID();
      await publish(TOPICS.assignments, assignmentRequested(waiting, first, undefined, new Date(start)));
      await publish(TOPICS.assignments, assignmentRejected(waiting, first, undefined, new Date(start + 65 * 60_000)));
      await statusBecomes(waiting, 'routed');
      await publish(TOPICS.assignments, assignmentRequested(waiting, second, SHUNDE_CENTRE, new Date(start + 70 * 60_000)));
      await statusBecomes(waiting, 'awaiting-acceptance');

      closed = await openTicket(owned());
      await openTicket(owned('agent-0200'));
      const assignmentId = randomUUID();
      await publish(TOPICS.assignments, assignmentRequested(closed, assignmentId));
      await publish(TOPICS.assignments, assignmentAccepted(closed, assignmentId));
      await publish(TOPICS.assignments, assignmentCompleted(closed, assignmentId));
      await statusBecomes(closed, 'in-progress');
      await command(closed, 'answer', { actor: { organisation, agent: 'agent-0117' }, answer: '已答复' });
      await command(closed, 'follow-up', { actor: { organisation, agent: 'agent-0117' }, result: 'resolved', satisfaction: 'satisfied' });
      expect((await command(closed, 'close', { actor: { organisation, agent: 'agent-0117' } })).body.status).toBe('closed');
    });

    it('lists the open tickets the organisation received first, with each hand-off and the time spent there', async () => {
      const response = await http<OwnerTicketPageView>('GET', url(`/api/v1/owners/tickets?organisation=${encodeURIComponent(organisation)}&agent=agent-0117`));
      expect(response.status).toBe(200);
      expect(response.body.total).toBe(1);
      const [item] = response.body.items;
      expect(item).toMatchObject({ id: waiting, status: 'awaiting-acceptance', waitingOn: 'handling-body' });
      expect(item!.hops).toEqual([
        expect.objectContaining({ agencyId: 'legal-aid-centre:440605', outcome: 'rejected', reason: 'not-our-jurisdiction', timeSpentMs: 65 * 60_000, timeSpent: '1 h 5 min' }),
        expect.objectContaining({ agencyId: SHUNDE_CENTRE.agencyId, outcome: 'still-there', leftAt: null }),
      ]);
      // Still there: from its arrival (1 h 50 min ago) until now.
      expect(item!.hops[1]!.timeSpentMs).toBeGreaterThanOrEqual(110 * 60_000);
      expect(item!.hops[1]!.timeSpent).toMatch(/^1 h 5\d min$/);
      expect(item!.ageMs).toBeGreaterThanOrEqual(0);
      expect(item!.age).toEqual(expect.any(String));
    });

    it('lists every agent\'s open tickets without the agent, never closed ones', async () => {
      const response = await http<OwnerTicketPageView>('GET', url(`/api/v1/owners/tickets?organisation=${encodeURIComponent(organisation)}`));
      expect(response.body.total).toBe(2);
      expect(response.body.items.map((t) => t.id)).not.toContain(closed);
    });

    it('answers 400 without the organisation', async () => {
      expect((await http('GET', url('/api/v1/owners/tickets'))).status).toBe(400);
    });
  });

  it('has migrations that match the entities', async () => {
    expect(await pendingSchemaChanges(svc.dataSource)).toEqual([]);
  });
});

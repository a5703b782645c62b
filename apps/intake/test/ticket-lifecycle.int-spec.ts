import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { TOPICS, type PlatformEvent } from '@legal-hotline/contracts';
import type { ErrorBody } from '@legal-hotline/service-runtime';
import { asUser, eventually, http, KafkaProbe, pendingSchemaChanges, startTestService, type DemoUser, type TestService } from '@legal-hotline/testing';
import { intakeService, type IntakeConfig } from '../src/intake.service-definition.js';
import type { SupervisionAlertPageView } from '../src/supervision/supervision-alert.dto.js';
import type { OwnerTicketPageView, TicketPageView, TicketView } from '../src/tickets/ticket-view.dto.js';
import { actorFor, identityOf } from './fixtures/identities.js';
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

describe('intake ticket lifecycle', () => {
  let svc: TestService<IntakeConfig>;
  let probe: KafkaProbe;
  const url = (path: string) => `${svc.url}${path}`;

  const openTicket = async (body: Record<string, unknown> = nanhaiApplication(), user: DemoUser = 'agent.gd'): Promise<string> => {
    const response = await http<{ id: string }>('POST', url('/api/v1/tickets'), body, await asUser(user));
    expect(response.status).toBe(201);
    return response.body.id;
  };
  const getTicket = async (id: string, user: DemoUser = 'agent.gd'): Promise<TicketView> =>
    (await http<TicketView>('GET', url(`/api/v1/tickets/${id}`), undefined, await asUser(user))).body;
  /** A command's answer: the ticket, or the error shape. Agents of 12348-gd act; closing needs its lead. */
  const command = async (id: string, verb: string, body: Record<string, unknown> = {}, user: DemoUser = verb === 'close' ? 'lead.gd' : 'agent.gd') =>
    http<TicketView & ErrorBody>('POST', url(`/api/v1/tickets/${id}/${verb}`), body, await asUser(user));
  const publish = (topic: (typeof TOPICS)[keyof typeof TOPICS], event: PlatformEvent) => probe.publishEvent(topic, event);
  const statusBecomes = (id: string, status: string, user: DemoUser = 'agent.gd') =>
    eventually(async () => {
      const ticket = await getTicket(id, user);
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

  let OWNER: Awaited<ReturnType<typeof actorFor>>;
  let LEAD: Awaited<ReturnType<typeof actorFor>>;

  beforeAll(async () => {
    probe = await KafkaProbe.start();
    svc = await startTestService(intakeService, { env: { REGION_PROVINCES: '44,52', CALLER_HASH_KEY: TEST_CALLER_HASH_KEY } });
    OWNER = await actorFor('agent.gd');
    LEAD = await actorFor('lead.gd');
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
        firstContact: { platform: '12348-hotline', organisationId: '12348-gd', organisation: OWNER.organisation, agent: OWNER.agent, agentId: OWNER.agentId },
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
      const response = await command(id, 'close');
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ statusCode: 409, errors: [expect.objectContaining({ code: 'TICKET.NOT_ANSWERED' })] });
    });

    it('records the owner\'s answer; with the body done, the follow-up call is due; ticket.answered.v1 goes out', async () => {
      const response = await command(id, 'answer', { answer: '已告知来电人工资已追回' });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'follow-up-due', answer: { answeredBy: OWNER, answer: '已告知来电人工资已追回' } });
      const answered = await probe.waitForEvent((e) => e.type === 'ticket.answered.v1' && e.subject === id);
      expect(answered).toMatchObject({ source: 'intake', causationId: null, data: { ticketId: id, answeredBy: OWNER } });
      expect(probe.messages.find((m) => m.event?.id === answered.id)).toMatchObject({ topic: TOPICS.tickets, key: id });
    });

    it('refuses to close before the follow-up call: 409 TICKET.FOLLOW_UP_MISSING', async () => {
      const response = await command(id, 'close');
      expect(response.status).toBe(409);
      expect(response.body.errors).toEqual([expect.objectContaining({ code: 'TICKET.FOLLOW_UP_MISSING' })]);
    });

    it('records the follow-up call (回访) and announces it', async () => {
      const response = await command(id, 'follow-up', { result: 'resolved', satisfaction: 'satisfied', note: '工资13000元已到账' });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'follow-up-due', followUp: { result: 'resolved', satisfaction: 'satisfied', note: '工资13000元已到账' } });
      await probe.waitForEvent((e) => e.type === 'ticket.follow-up-recorded.v1' && e.subject === id);
    });

    it('refuses a lead of another organisation with 403 TICKET.NOT_OWNER, changing nothing', async () => {
      const response = await command(id, 'close', {}, 'lead.gz');
      expect(response.status).toBe(403);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: null, code: 'TICKET.NOT_OWNER' })]);
      expect((await getTicket(id)).status).toBe('follow-up-due');
    });

    it('refuses an agent of the first-contact organisation: closing is a lead\'s', async () => {
      const response = await command(id, 'close', {}, 'agent.gd');
      expect(response.status).toBe(403);
      expect(response.body.errors).toEqual([expect.objectContaining({ code: 'AUTH.ROLE_MISSING' })]);
    });

    it('closes for a lead of the owner (coarse closed) and announces it, the lead named from the token', async () => {
      const response = await command(id, 'close');
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'closed', coarseStatus: 'closed' });
      const closed = await probe.waitForEvent((e) => e.type === 'ticket.closed.v1' && e.subject === id);
      expect(closed.data).toMatchObject({ closedBy: LEAD });
      expect(response.body.timeline.at(-1)).toMatchObject({ source: 'intake', kind: 'ticket.closed.v1', actor: LEAD.agent, actorId: LEAD.agentId, statusAfter: 'closed' });
    });

    it('refuses to close again with 409 TICKET.INVALID_TRANSITION naming both statuses', async () => {
      const response = await command(id, 'close');
      expect(response.status).toBe(409);
      expect(response.body.errors).toEqual([expect.objectContaining({ code: 'TICKET.INVALID_TRANSITION', description: expect.stringContaining('from closed to closed') })]);
    });

    it('lets the owner reopen it with a reason', async () => {
      const response = await command(id, 'reopen', { reason: '用人单位未按协议支付第二期' });
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
      expect((await command(id, 'answer', { answer: '已告知调解结果' })).status).toBe(200);
    });

    it('reopens the ticket at once, under supervision, and alerts a supervisor (督办)', async () => {
      const response = await command(id, 'follow-up', { result: 'unresolved', satisfaction: 'dissatisfied', note: '工资仍未到账' });
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
        const response = await http<SupervisionAlertPageView>('GET', url(`/api/v1/supervision/alerts?ticketId=${id}`), undefined, await asUser('supervisor.gd'));
        expect(response.body.total).toBe(1);
        return response.body;
      });
      expect(alerts.items[0]).toMatchObject({ kind: 'caller-dissatisfied', severity: 'warning', source: 'intake', ticketId: id });
    });

    it('needs a new answer and a new follow-up before it can close', async () => {
      expect((await command(id, 'close')).body.errors).toEqual([expect.objectContaining({ code: 'TICKET.NOT_ANSWERED' })]);
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
    expect(ticket.firstContact).toMatchObject({ organisationId: '12348-gd', organisation: OWNER.organisation, agent: OWNER.agent });
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
      expect((await command(id, 'transfer', { partner: '12345', reason: 'not-ours' }, 'agent.gz')).status).toBe(403);
      const response = await command(id, 'transfer', { partner: '12345', reason: 'not-ours', note: '属于劳动保障监察事项' });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'transferred-out', transfers: [expect.objectContaining({ partner: '12345', reason: 'not-ours', delivery: 'pending' })] });
      const transfer = await probe.waitForEvent((e) => e.type === 'partner-transfer.requested.v1' && e.data.ticketId === id);
      expect(transfer.data).toMatchObject({ partner: '12345', reason: 'not-ours', caller: { name: '陈大明', phone: '13812345678' }, requestedBy: OWNER });
      expect(response.body.watchers).toEqual([expect.objectContaining({ organisationId: 'partner-hotline:12345', organisation: '12345' })]);
      expect(probe.messages.find((m) => m.event?.id === transfer.id)).toMatchObject({ topic: TOPICS.partnerTransfers, key: response.body.transfers[0]!.transferId });
    });

    it('lets the owner answer and call back a transferred ticket, then close it', async () => {
      expect((await command(id, 'answer', { answer: '已告知来电人转12345办理' })).body.status).toBe('follow-up-due');
      expect((await command(id, 'follow-up', { result: 'partly-resolved', satisfaction: 'basically-satisfied' })).status).toBe(200);
      expect((await command(id, 'close')).body.status).toBe('closed');
    });
  });

  it('refuses an answer while routing is still choosing a body, with the statuses named', async () => {
    const response = await command(await openTicket(), 'answer', { answer: '已答复' });
    expect(response.status).toBe(409);
    expect(response.body.errors).toEqual([expect.objectContaining({ code: 'TICKET.INVALID_TRANSITION', description: expect.stringContaining('from received to follow-up-due') })]);
  });

  it('answers 404 TICKET.NOT_FOUND for a command on an unknown ticket and 400 for a bad body', async () => {
    expect((await command(randomUUID(), 'close')).body.errors).toEqual([expect.objectContaining({ code: 'TICKET.NOT_FOUND' })]);
    const bad = await command(randomUUID(), 'follow-up', { result: 'resolved', satisfaction: 'happy' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'satisfaction' })]);
  });

  describe('referrals', () => {
    const committee = { organisationId: 'mediation-committee:440605011', organisationName: '桂城街道人民调解委员会' };
    let id: string;

    beforeAll(async () => {
      id = await openTicket();
    });

    it('let another body (by id) see the ticket without owning it, and record it in the timeline', async () => {
      expect((await http('GET', url(`/api/v1/tickets/${id}`), undefined, await asUser('mediator.guicheng'))).status).toBe(403);

      const response = await command(id, 'referrals', { ...committee, reason: '诉讼阶段需了解前期调解情况' });
      expect(response.status).toBe(201);
      expect(response.body.watchers).toEqual([
        expect.objectContaining({ organisationId: committee.organisationId, organisation: committee.organisationName, reason: '诉讼阶段需了解前期调解情况', addedBy: OWNER }),
      ]);
      expect(response.body.firstContact.organisationId).toBe('12348-gd');
      expect(response.body.timeline.at(-1)).toMatchObject({ kind: 'ticket.referred', actor: OWNER.agent, actorOrganisationId: '12348-gd', statusAfter: 'received' });

      const seen = await getTicket(id, 'mediator.guicheng');
      expect(seen.id).toBe(id);
      expect(seen.caller).toMatchObject({ name: '陈**', phone: '138********' });
    });

    it('are the first-contact organisation\'s to make', async () => {
      const response = await command(id, 'referrals', { organisationId: '12348-gz', organisationName: '贵州省12348公共法律服务热线', reason: '异地务工' }, 'agent.gz');
      expect(response.status).toBe(403);
      expect(response.body.errors).toEqual([expect.objectContaining({ code: 'TICKET.NOT_OWNER' })]);
    });

    it('refuse the same body twice with 409 TICKET.ALREADY_WATCHING', async () => {
      const response = await command(id, 'referrals', { ...committee, reason: 'again' });
      expect(response.status).toBe(409);
      expect(response.body.errors).toEqual([expect.objectContaining({ code: 'TICKET.ALREADY_WATCHING', field: 'organisationId' })]);
    });

    it('list the tickets a body watches', async () => {
      const other = await openTicket();
      const watched = await http<TicketPageView>('GET', url(`/api/v1/tickets?watcher=${encodeURIComponent(committee.organisationId)}`), undefined, await asUser('agent.gd'));
      expect(watched.status).toBe(200);
      expect(watched.body.items.map((t) => t.id)).toEqual([id]);
      expect(watched.body.items.map((t) => t.id)).not.toContain(other);
      const ownList = await http<TicketPageView>('GET', url('/api/v1/tickets?pageSize=100'), undefined, await asUser('mediator.guicheng'));
      expect(ownList.body.items.map((t) => t.id)).toEqual([id]);
    });
  });

  describe('the owner\'s view', () => {
    // The tickets of 12348-gz, whose agents open none elsewhere in this file.
    let waiting: string;
    let closed: string;
    let leads: string;

    beforeAll(async () => {
      // Hand-offs dated in the past, so the times spent are known.
      const start = Date.now() - 3 * 3_600_000;
      waiting = await openTicket(nanhaiApplication(), 'agent.gz');
      const first = randomUUID();
      const second = randomUUID();
      await publish(TOPICS.assignments, assignmentRequested(waiting, first, undefined, new Date(start)));
      await publish(TOPICS.assignments, assignmentRejected(waiting, first, undefined, new Date(start + 65 * 60_000)));
      await statusBecomes(waiting, 'routed', 'agent.gz');
      await publish(TOPICS.assignments, assignmentRequested(waiting, second, SHUNDE_CENTRE, new Date(start + 70 * 60_000)));
      await statusBecomes(waiting, 'awaiting-acceptance', 'agent.gz');

      closed = await openTicket(nanhaiApplication(), 'agent.gz');
      leads = await openTicket(nanhaiApplication(), 'lead.gz');
      const assignmentId = randomUUID();
      await publish(TOPICS.assignments, assignmentRequested(closed, assignmentId));
      await publish(TOPICS.assignments, assignmentAccepted(closed, assignmentId));
      await publish(TOPICS.assignments, assignmentCompleted(closed, assignmentId));
      await statusBecomes(closed, 'in-progress', 'agent.gz');
      await command(closed, 'answer', { answer: '已答复' }, 'agent.gz');
      await command(closed, 'follow-up', { result: 'resolved', satisfaction: 'satisfied' }, 'agent.gz');
      expect((await command(closed, 'close', {}, 'lead.gz')).body.status).toBe('closed');
    });

    const ownerView = async (query: string, user: DemoUser) => http<OwnerTicketPageView>('GET', url(`/api/v1/owners/tickets${query}`), undefined, await asUser(user));

    it('lists the open tickets the agent received first, with each hand-off and the time spent there', async () => {
      const response = await ownerView('?mine=true', 'agent.gz');
      expect(response.status).toBe(200);
      expect(response.body.total).toBe(1);
      const [item] = response.body.items;
      expect(item).toMatchObject({ id: waiting, status: 'awaiting-acceptance', waitingOn: 'handling-body', firstContact: { organisationId: '12348-gz', agentId: (await identityOf('agent.gz')).subject } });
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

    it('lists every open ticket of the token\'s organisation without `mine`, never closed ones, never another organisation\'s', async () => {
      const response = await ownerView('', 'lead.gz');
      expect(response.body.total).toBe(2);
      expect(response.body.items.map((t) => t.id).sort()).toEqual([waiting, leads].sort());
      expect((await ownerView('', 'agent.gd')).body.items.map((t) => t.id)).not.toContain(waiting);
    });

    it('takes no organisation from the query (400), and is no view for office staff (403)', async () => {
      expect((await ownerView('?organisation=12348-gd', 'agent.gz')).status).toBe(400);
      expect((await ownerView('', 'staff.nanhai')).status).toBe(403);
    });
  });

  it('has migrations that match the entities', async () => {
    expect(await pendingSchemaChanges(svc.dataSource)).toEqual([]);
  });
});

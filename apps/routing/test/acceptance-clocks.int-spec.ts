import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ErrorBody } from '@legal-hotline/service-runtime';
import { eventually, http, KafkaProbe, pendingSchemaChanges, settle, startTestService, type TestService } from '@legal-hotline/testing';
import type { AcceptanceClockView, EscalationPage } from '../src/escalation/acceptance-clock.dto.js';
import { routingService, type RoutingConfig } from '../src/routing.service-definition.js';
import { acceptanceOf, dropDatabase, probeHelpers, seedDirectory, ticketOpened, type Requested } from './routing-test-kit.js';

const NANHAI = 'legal-aid-centre:440605';
const FOSHAN = 'legal-aid-centre:440600';
const GUANGDONG = 'legal-aid-centre:440000';
const ORDINARY = { urgent: false, migrantWorkerWageClaim: false, veteran: false };

// Tiny deadlines on the system clock: the golden wage claim (green channel) falls due after 2
// seconds; ordinary tickets after 4, time enough to pause them first.
const ENV = { ACCEPTANCE_DEADLINES: '{"urgent":"PT2S","green-channel":"PT2S","normal":"PT4S"}', TIMER_POLL_MS: '100' };

describe('routing: acceptance clocks and overdue escalation', () => {
  let svc: TestService<RoutingConfig>;
  let probe: KafkaProbe;
  let kit: ReturnType<typeof probeHelpers>;

  beforeAll(async () => {
    svc = await startTestService(routingService, { env: ENV });
    probe = await KafkaProbe.start();
    kit = probeHelpers(probe);
    await seedDirectory(svc);
  });

  afterAll(async () => {
    await probe?.stop();
    await svc?.stop({ keepDatabase: true });
    if (svc) await dropDatabase(svc.database);
  });

  const requested = (ticketId: string, nth = 1) => kit.nth('assignment.requested.v1', ticketId, nth) as Promise<Requested>;
  const clockUrl = (assignmentId: string) => `${svc.url}/api/v1/assignments/${assignmentId}/clock`;
  const clockOf = (assignmentId: string) => http<AcceptanceClockView & ErrorBody>('GET', clockUrl(assignmentId));
  const overduesOf = (assignmentId: string) =>
    probe.events().filter((e) => e.type === 'assignment.overdue.v1' && e.data.assignmentId === assignmentId);

  it('escalates an overdue hand-off: overdue fact, supervisor alert, withdrawal, and the next body', async () => {
    const opened = ticketOpened();
    const { ticketId } = opened.data;
    await kit.publish(opened);
    const first = await requested(ticketId);
    expect(Date.parse(first.data.acceptanceDeadline) - Date.parse(first.data.requestedAt)).toBe(2000);

    const overdue = await kit.nth('assignment.overdue.v1', ticketId, 1, 15_000);
    expect(overdue).toMatchObject({
      source: 'routing',
      subject: first.data.assignmentId,
      correlationId: opened.correlationId,
      causationId: null,
      data: { assignmentId: first.data.assignmentId, agencyId: NANHAI, acceptanceDeadline: first.data.acceptanceDeadline, action: 're-route' },
    });
    expect(Date.parse(overdue.data.overdueAt)).toBeGreaterThanOrEqual(Date.parse(first.data.acceptanceDeadline));

    const alert = await kit.nth('supervision.alert-raised.v1', ticketId);
    expect(alert).toMatchObject({
      causationId: overdue.id,
      data: { kind: 'acceptance-overdue', severity: 'warning', agencyId: NANHAI, message: expect.stringContaining('南海区法律援助中心 has not accepted ticket') },
    });
    const withdrawn = await kit.nth('assignment.withdrawn.v1', ticketId);
    expect(withdrawn).toMatchObject({ causationId: overdue.id, data: { assignmentId: first.data.assignmentId, reason: 'acceptance-overdue' } });

    const next = await requested(ticketId, 2);
    expect(next).toMatchObject({ causationId: overdue.id, data: { agency: { agencyId: FOSHAN } } });
    expect(next.data.explanation.reason).toMatch(/^Re-routed \(hand-off 2 of at most 3\) after 南海区法律援助中心 \(legal-aid-centre:440605\) did not accept it by its deadline/);
    expect(next.data.explanation.candidatesConsidered).toContainEqual({ agencyId: NANHAI, outcome: 'overdue-before' });

    const list = await http<EscalationPage>('GET', `${svc.url}/api/v1/escalations?state=overdue&page=1&pageSize=100`);
    expect(list.status).toBe(200);
    expect(list.body.items).toContainEqual({
      assignmentId: first.data.assignmentId,
      ticketId,
      ticketNumber: opened.data.ticketNumber,
      agencyId: NANHAI,
      agencyName: '南海区法律援助中心',
      acceptanceDeadline: first.data.acceptanceDeadline,
      overdueAt: overdue.data.overdueAt,
      actionTaken: 're-route',
      pausedAt: null,
      pauseReason: null,
      assignmentStatus: 'withdrawn',
    });
  });

  it('counts overdue hand-offs as hops: the third one sends the ticket back to its owner, each fired once', async () => {
    const opened = ticketOpened();
    const { ticketId } = opened.data;
    await kit.publish(opened);

    const returned = await kit.nth('routing.returned-to-owner.v1', ticketId, 1, 30_000);
    expect(returned.data).toMatchObject({
      why: 'hop-limit-reached',
      hops: 3,
      rejections: [NANHAI, FOSHAN, GUANGDONG].map((agencyId) => expect.objectContaining({ agencyId, reason: 'acceptance-overdue' })),
      suggestedDestination: null,
    });
    await settle(1000);
    const assignments = kit.all('assignment.requested.v1', ticketId).map((e) => e.data.assignmentId);
    expect(assignments).toHaveLength(3);
    for (const assignmentId of assignments) expect(overduesOf(assignmentId)).toHaveLength(1);
  });

  it('does not fire while paused; resumed, the deadline moves by the paused time and fires then', async () => {
    const opened = ticketOpened({ requestType: 'consultation', flags: ORDINARY });
    await kit.publish(opened);
    const { data } = await requested(opened.data.ticketId);
    const originalDue = Date.parse(data.acceptanceDeadline);

    const paused = await http<AcceptanceClockView>('POST', `${clockUrl(data.assignmentId)}/pause`, {
      reason: '等待申请人补充身份证明材料',
      pausedBy: 'supervisor-wang',
    });
    expect(paused.status).toBe(200);
    expect(paused.body).toMatchObject({ state: 'paused', pauseReason: '等待申请人补充身份证明材料', pausedBy: 'supervisor-wang', dueAt: data.acceptanceDeadline });
    const pausedEvent = await kit.nth('assignment.clock-paused.v1', opened.data.ticketId);
    expect(pausedEvent.data).toMatchObject({ assignmentId: data.assignmentId, reason: '等待申请人补充身份证明材料', pausedAt: paused.body.pausedAt });

    const again = await http<ErrorBody>('POST', `${clockUrl(data.assignmentId)}/pause`, { reason: 'again', pausedBy: 'supervisor-wang' });
    expect(again.status).toBe(409);
    expect(again.body.errors[0]?.code).toBe('CLOCK.ALREADY_PAUSED');
    const pausedList = await http<EscalationPage>('GET', `${svc.url}/api/v1/escalations?state=paused&pageSize=100`);
    expect(pausedList.body.items).toContainEqual(expect.objectContaining({ assignmentId: data.assignmentId, pauseReason: '等待申请人补充身份证明材料' }));

    // Well past the original deadline: nothing fires while the clock is paused.
    await eventually(() => expect(Date.now()).toBeGreaterThan(originalDue + 1500), 10_000);
    expect(overduesOf(data.assignmentId)).toHaveLength(0);

    const resumed = await http<AcceptanceClockView>('POST', `${clockUrl(data.assignmentId)}/resume`, { resumedBy: 'supervisor-zhao' });
    expect(resumed.status).toBe(200);
    const movedDue = Date.parse(resumed.body.dueAt);
    expect(resumed.body).toMatchObject({ state: 'running', pausedAt: null, resumedBy: 'supervisor-zhao' });
    expect(movedDue).toBe(originalDue + resumed.body.pausedMs);
    expect(resumed.body.pausedMs).toBeGreaterThan(4000);
    const resumedEvent = await kit.nth('assignment.clock-resumed.v1', opened.data.ticketId);
    expect(resumedEvent.data).toMatchObject({ assignmentId: data.assignmentId, acceptanceDeadline: resumed.body.dueAt });

    const notPaused = await http<ErrorBody>('POST', `${clockUrl(data.assignmentId)}/resume`, { resumedBy: 'supervisor-zhao' });
    expect(notPaused.status).toBe(409);
    expect(notPaused.body.errors[0]?.code).toBe('CLOCK.NOT_PAUSED');

    const overdue = await kit.nth('assignment.overdue.v1', opened.data.ticketId, 1, 15_000);
    expect(overdue.data.acceptanceDeadline).toBe(resumed.body.dueAt);
    expect(Date.parse(overdue.data.overdueAt)).toBeGreaterThanOrEqual(movedDue);
    const fired = await http<ErrorBody>('POST', `${clockUrl(data.assignmentId)}/pause`, { reason: 'too late', pausedBy: 'supervisor-wang' });
    expect(fired.status).toBe(409);
    expect(fired.body.errors[0]?.code).toBe('CLOCK.STOPPED');
  });

  it('stops the clock when the body accepts: it never fires, and cannot be paused any more', async () => {
    const opened = ticketOpened({ requestType: 'consultation', flags: ORDINARY });
    await kit.publish(opened);
    const first = await requested(opened.data.ticketId);
    await kit.publish(acceptanceOf(first));

    await eventually(async () => expect((await clockOf(first.data.assignmentId)).body).toMatchObject({ state: 'stopped', stopReason: 'accepted' }));
    const paused = await http<ErrorBody>('POST', `${clockUrl(first.data.assignmentId)}/pause`, { reason: 'x', pausedBy: 'y' });
    expect(paused.status).toBe(409);
    expect(paused.body.errors[0]?.code).toBe('CLOCK.STOPPED');

    await eventually(() => expect(Date.now()).toBeGreaterThan(Date.parse(first.data.acceptanceDeadline) + 1000), 10_000);
    expect(overduesOf(first.data.assignmentId)).toHaveLength(0);
    expect(kit.all('assignment.requested.v1', opened.data.ticketId)).toHaveLength(1);
  });

  it.each([
    ['an unknown assignment', 'POST', `/api/v1/assignments/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}/clock/pause`, { reason: 'x', pausedBy: 'y' }, 404, 'ASSIGNMENT.NOT_FOUND'],
    ['an id that is not a UUID', 'POST', '/api/v1/assignments/42/clock/pause', { reason: 'x', pausedBy: 'y' }, 400, 'isUuid'],
    ['a pause without a reason', 'POST', `/api/v1/assignments/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}/clock/pause`, { pausedBy: 'y' }, 400, 'isString'],
    ['an unknown list', 'GET', '/api/v1/escalations?state=late', undefined, 400, 'isIn'],
  ])('answers %s with a coded error', async (_case, method, path, body, status, code) => {
    const response = await http<ErrorBody>(method, `${svc.url}${path}`, body);
    expect(response.status).toBe(status);
    expect(response.body.errors.map((e) => e.code)).toContain(code);
  });

  it('has migrations that match the entities', async () => {
    expect(await pendingSchemaChanges(svc.dataSource)).toEqual([]);
  });
});

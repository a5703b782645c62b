import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ErrorBody } from '@legal-hotline/service-runtime';
import { eventually, KafkaProbe, pendingSchemaChanges, settle, startTestService, type TestService } from '@legal-hotline/testing';
import type { AcceptanceClockView, EscalationPage } from '../src/escalation/acceptance-clock.dto.js';
import { routingService, type RoutingConfig } from '../src/routing.service-definition.js';
import { acceptanceOf, as, claimsOf, dropDatabase, probeHelpers, seedDirectory, ticketOpened, type Requested } from './routing-test-kit.js';

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
  const clockOf = (assignmentId: string) => as<AcceptanceClockView & ErrorBody>('supervisor.gd', 'GET', clockUrl(assignmentId));
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

    const list = await as<EscalationPage>('supervisor.foshan', 'GET', `${svc.url}/api/v1/escalations?state=overdue&page=1&pageSize=100`);
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

    const paused = await as<AcceptanceClockView>('supervisor.foshan', 'POST', `${clockUrl(data.assignmentId)}/pause`, { reason: '等待申请人补充身份证明材料' });
    expect(paused.status).toBe(200);
    // Who paused is the signed-in supervisor, as the token names them.
    const foshanSupervisor = (await claimsOf('supervisor.foshan')).name;
    expect(paused.body).toMatchObject({ state: 'paused', pauseReason: '等待申请人补充身份证明材料', pausedBy: foshanSupervisor, dueAt: data.acceptanceDeadline });
    const pausedEvent = await kit.nth('assignment.clock-paused.v1', opened.data.ticketId);
    expect(pausedEvent.data).toMatchObject({ assignmentId: data.assignmentId, reason: '等待申请人补充身份证明材料', pausedAt: paused.body.pausedAt });

    const again = await as<ErrorBody>('supervisor.gd', 'POST', `${clockUrl(data.assignmentId)}/pause`, { reason: 'again' });
    expect(again.status).toBe(409);
    expect(again.body.errors[0]?.code).toBe('CLOCK.ALREADY_PAUSED');
    const pausedList = await as<EscalationPage>('supervisor.gd', 'GET', `${svc.url}/api/v1/escalations?state=paused&pageSize=100`);
    expect(pausedList.body.items).toContainEqual(expect.objectContaining({ assignmentId: data.assignmentId, pauseReason: '等待申请人补充身份证明材料' }));

    // Well past the original deadline: nothing fires while the clock is paused.
    await eventually(() => expect(Date.now()).toBeGreaterThan(originalDue + 1500), 10_000);
    expect(overduesOf(data.assignmentId)).toHaveLength(0);

    const resumed = await as<AcceptanceClockView>('supervisor.gd', 'POST', `${clockUrl(data.assignmentId)}/resume`, {});
    expect(resumed.status).toBe(200);
    const movedDue = Date.parse(resumed.body.dueAt);
    expect(resumed.body).toMatchObject({ state: 'running', pausedAt: null, pausedBy: null, resumedBy: (await claimsOf('supervisor.gd')).name });
    expect(movedDue).toBe(originalDue + resumed.body.pausedMs);
    expect(resumed.body.pausedMs).toBeGreaterThan(4000);
    const resumedEvent = await kit.nth('assignment.clock-resumed.v1', opened.data.ticketId);
    expect(resumedEvent.data).toMatchObject({ assignmentId: data.assignmentId, acceptanceDeadline: resumed.body.dueAt });

    // No body at all is a resume too: it takes nothing.
    const notPaused = await as<ErrorBody>('supervisor.gd', 'POST', `${clockUrl(data.assignmentId)}/resume`);
    expect(notPaused.status).toBe(409);
    expect(notPaused.body.errors[0]?.code).toBe('CLOCK.NOT_PAUSED');

    const overdue = await kit.nth('assignment.overdue.v1', opened.data.ticketId, 1, 15_000);
    expect(overdue.data.acceptanceDeadline).toBe(resumed.body.dueAt);
    expect(Date.parse(overdue.data.overdueAt)).toBeGreaterThanOrEqual(movedDue);
    const fired = await as<ErrorBody>('supervisor.gd', 'POST', `${clockUrl(data.assignmentId)}/pause`, { reason: 'too late' });
    expect(fired.status).toBe(409);
    expect(fired.body.errors[0]?.code).toBe('CLOCK.STOPPED');
  });

  it('stops the clock when the body accepts: it never fires, and cannot be paused any more', async () => {
    const opened = ticketOpened({ requestType: 'consultation', flags: ORDINARY });
    await kit.publish(opened);
    const first = await requested(opened.data.ticketId);
    await kit.publish(acceptanceOf(first));

    await eventually(async () => expect((await clockOf(first.data.assignmentId)).body).toMatchObject({ state: 'stopped', stopReason: 'accepted' }));
    const paused = await as<ErrorBody>('supervisor.gd', 'POST', `${clockUrl(first.data.assignmentId)}/pause`, { reason: 'x' });
    expect(paused.status).toBe(409);
    expect(paused.body.errors[0]?.code).toBe('CLOCK.STOPPED');

    await eventually(() => expect(Date.now()).toBeGreaterThan(Date.parse(first.data.acceptanceDeadline) + 1000), 10_000);
    expect(overduesOf(first.data.assignmentId)).toHaveLength(0);
    expect(kit.all('assignment.requested.v1', opened.data.ticketId)).toHaveLength(1);
  });

  const UNKNOWN = `${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`;
  it.each([
    ['an unknown assignment', 'POST', `/api/v1/assignments/${UNKNOWN}/clock/pause`, { reason: 'x' }, 404, 'ASSIGNMENT.NOT_FOUND', 'id'],
    ['an unknown assignment, read', 'GET', `/api/v1/assignments/${UNKNOWN}/clock`, undefined, 404, 'ASSIGNMENT.NOT_FOUND', 'id'],
    ['an id that is not a UUID', 'POST', '/api/v1/assignments/42/clock/pause', { reason: 'x' }, 400, 'isUuid', 'id'],
    ['a pause without a reason', 'POST', `/api/v1/assignments/${UNKNOWN}/clock/pause`, {}, 400, 'isString', 'reason'],
    ['a reason of invisible characters only', 'POST', `/api/v1/assignments/${UNKNOWN}/clock/pause`, { reason: '\u200b\u200d\ufeff' }, 400, 'isVisibleText', 'reason'],
    ['a reason over 500 characters', 'POST', `/api/v1/assignments/${UNKNOWN}/clock/pause`, { reason: '等'.repeat(501) }, 400, 'isLength', 'reason'],
    ['a pause naming who pauses', 'POST', `/api/v1/assignments/${UNKNOWN}/clock/pause`, { reason: 'x', pausedBy: 'supervisor-wang' }, 400, 'whitelistValidation', 'pausedBy'],
    ['a resume naming who resumes', 'POST', `/api/v1/assignments/${UNKNOWN}/clock/resume`, { resumedBy: 'supervisor-wang' }, 400, 'whitelistValidation', 'resumedBy'],
    ['an unknown list', 'GET', '/api/v1/escalations?state=late', undefined, 400, 'isIn', 'state'],
    ['a page number too large to count', 'GET', '/api/v1/escalations?page=100000000000000000000', undefined, 400, 'max', 'page'],
  ])('answers %s with a coded error naming the field', async (_case, method, path, body, status, code, field) => {
    const response = await as<ErrorBody>('supervisor.gd', method, `${svc.url}${path}`, body);
    expect(response.status).toBe(status);
    expect(response.body.errors).toContainEqual(expect.objectContaining({ code, field }));
  });

  describe('who may see and adjust a clock (real tokens)', () => {
    // An ordinary Nanhai ticket: its deadline is seconds away, time enough to try.
    async function openNanhaiAssignment(): Promise<Requested> {
      const opened = ticketOpened({ requestType: 'consultation', flags: ORDINARY });
      await kit.publish(opened);
      return requested(opened.data.ticketId);
    }

    it('answers 401 to an anonymous caller on every clock route and the escalations list', async () => {
      const { data } = await openNanhaiAssignment();
      const answers = [
        await as<ErrorBody>(null, 'GET', clockUrl(data.assignmentId)),
        await as<ErrorBody>(null, 'POST', `${clockUrl(data.assignmentId)}/pause`, { reason: 'x' }),
        await as<ErrorBody>(null, 'POST', `${clockUrl(data.assignmentId)}/resume`, {}),
        await as<ErrorBody>(null, 'GET', `${svc.url}/api/v1/escalations`),
      ];
      expect(answers.map((a) => [a.status, a.body.errors[0]?.code])).toEqual(Array(4).fill([401, 'AUTH.TOKEN_MISSING']));
    });

    it('refuses a supervisor of another area (Guizhou) to pause or resume a Guangdong clock, and leaves it running', async () => {
      const { data } = await openNanhaiAssignment();

      const pause = await as<ErrorBody>('supervisor.gz', 'POST', `${clockUrl(data.assignmentId)}/pause`, { reason: '等待材料' });
      const resume = await as<ErrorBody>('supervisor.gz', 'POST', `${clockUrl(data.assignmentId)}/resume`, {});
      const read = await as<ErrorBody>('supervisor.gz', 'GET', clockUrl(data.assignmentId));

      expect([pause, resume, read].map((a) => [a.status, a.body.errors[0]?.code])).toEqual(Array(3).fill([403, 'ACCESS.OUTSIDE_AREA']));
      expect((await clockOf(data.assignmentId)).body).toMatchObject({ state: 'running', pausedBy: null });
      expect(kit.all('assignment.clock-paused.v1', data.ticketId)).toEqual([]);
    });

    it('lets no one but supervisors pause: office staff, even of the body, get 403 AUTH.ROLE_MISSING', async () => {
      const { data } = await openNanhaiAssignment();

      const answers = [];
      for (const user of ['staff.nanhai', 'agent.gd', 'directory.admin'] as const) {
        answers.push(await as<ErrorBody>(user, 'POST', `${clockUrl(data.assignmentId)}/pause`, { reason: '等待材料' }));
      }

      expect(answers.map((a) => [a.status, a.body.errors[0]?.code])).toEqual(Array(3).fill([403, 'AUTH.ROLE_MISSING']));
      expect((await clockOf(data.assignmentId)).body.state).toBe('running');
    });

    it("shows the clock to the body's own staff, and refuses another body's staff with 403 ACCESS.OTHER_BODY", async () => {
      const { data } = await openNanhaiAssignment();

      const own = await as<AcceptanceClockView>('staff.nanhai', 'GET', clockUrl(data.assignmentId));
      const other = await as<ErrorBody>('staff.dushan', 'GET', clockUrl(data.assignmentId));

      expect([own.status, own.body.agencyId]).toEqual([200, NANHAI]);
      expect([other.status, other.body.errors[0]?.code]).toEqual([403, 'ACCESS.OTHER_BODY']);
    });

    it("lists only the area's hand-offs: Guangdong's running clocks for Guangdong, none of them for Guizhou", async () => {
      const { data } = await openNanhaiAssignment();
      const listOf = async (user: 'supervisor.gd' | 'supervisor.gz' | 'directory.admin') =>
        as<EscalationPage & ErrorBody>(user, 'GET', `${svc.url}/api/v1/escalations?state=running&pageSize=100`);

      const guangdong = await listOf('supervisor.gd');
      const guizhou = await listOf('supervisor.gz');
      const admin = await listOf('directory.admin');

      expect(guangdong.body.items.map((item) => item.assignmentId)).toContain(data.assignmentId);
      expect(guizhou.status).toBe(200);
      expect(guizhou.body.items.filter((item) => !item.agencyId.split(':')[1]?.startsWith('52'))).toEqual([]);
      expect(guizhou.body.items.map((item) => item.assignmentId)).not.toContain(data.assignmentId);
      expect([admin.status, admin.body.errors[0]?.code]).toEqual([403, 'AUTH.ROLE_MISSING']);
    });
  });

  it('has migrations that match the entities', async () => {
    expect(await pendingSchemaChanges(svc.dataSource)).toEqual([]);
  });
});

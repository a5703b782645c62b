// The inbox's behaviour on real PostgreSQL and Kafka, run by every service that keeps an inbox
// (each from its own test/*.int-spec.ts), so the services are held to the same contract
// without copying the tests. Service-specific behaviour belongs in the service's own tests.
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEvent, TOPICS, type AgencyType, type EventType, type PlatformEvent } from '@legal-hotline/contracts';
import type { ErrorBody, ServiceConfig, ServiceDefinition } from '@legal-hotline/service-runtime';
import {
  asUser,
  eventually,
  http,
  KafkaProbe,
  pendingSchemaChanges,
  settle,
  startTestService,
  tokenFor,
  type DemoUser,
  type JsonResponse,
  type TestService,
} from '@legal-hotline/testing';
import type { AssignmentPage, AssignmentView } from './assignment.dto.js';
import type { WithdrawalReason } from './domain/assignment.js';
import type { AssignmentRequestedEvent } from './domain/receive-assignment.js';
import type { AssignmentWithdrawnEvent } from './domain/withdraw-assignment.js';

export interface InboxUnderTest<C extends ServiceConfig> {
  definition: ServiceDefinition<C>;
  /** The kind of body whose assignments the service keeps. */
  agencyType: AgencyType;
  /** A kind of body whose assignments the service must leave alone. */
  otherAgencyType: AgencyType;
  /** Path of one body's inbox listing, e.g. `/api/v1/offices/${agencyId}/assignments`. */
  inboxPath: (agencyId: string) => string;
  /**
   * Calendar days from acceptance to the `assignBy` the inbox shows (3 for legal-aid centres:
   * Legal Aid Law Art. 43); null when it shows none.
   */
  assignByDaysAfterAcceptance: number | null;
  /** A body of this kind that exists, and the demo user who is its staff. */
  body: { agencyId: string; name: string; regionCode: string; staff: DemoUser };
  /** Staff of another body, who must neither see nor decide this body's work. */
  otherBodyStaff: DemoUser;
  /** A supervisor whose area covers the body's seat, and one whose area does not. */
  supervisorInArea: DemoUser;
  supervisorOutsideArea: DemoUser;
  /** Ids of no body of this kind: another kind, a region without such a body, malformed ones. */
  unknownAgencyIds: readonly string[];
}

/** The name and subject an access token carries, as the service reads them. */
async function claimsOf(user: DemoUser): Promise<{ name: string; sub: string }> {
  const payload = (await tokenFor(user)).split('.')[1] ?? '';
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { name: string; sub: string };
}

const GOLDEN_REQUEST = join(import.meta.dirname, '../../contracts/src/golden/assignment.requested.v1.json');

/** A fresh `assignment.requested.v1` built from the contract's golden example. */
export function requestedAssignment(
  agency: { agencyType?: AgencyType; agencyId: string; name?: string; regionCode?: string },
  acceptanceDeadline?: Date,
): AssignmentRequestedEvent {
  const golden = JSON.parse(readFileSync(GOLDEN_REQUEST, 'utf8')) as AssignmentRequestedEvent;
  const assignmentId = randomUUID();
  const requestedAt = new Date();
  return createEvent({
    id: randomUUID(),
    type: 'assignment.requested.v1',
    source: golden.source,
    subject: assignmentId,
    occurredAt: requestedAt,
    correlationId: `flow-${randomUUID()}`,
    causationId: randomUUID(),
    data: {
      ...golden.data,
      assignmentId,
      ticketId: randomUUID(),
      agency: {
        agencyId: agency.agencyId,
        agencyType: agency.agencyType ?? (agency.agencyId.split(':')[0] as AgencyType),
        name: agency.name ?? golden.data.agency.name,
        regionCode: agency.regionCode ?? agency.agencyId.split(':')[1] ?? golden.data.agency.regionCode,
      },
      requestedAt: requestedAt.toISOString(),
      acceptanceDeadline: (acceptanceDeadline ?? new Date(requestedAt.getTime() + 24 * 3600_000)).toISOString(),
    },
  });
}

/** Routing's `assignment.withdrawn.v1` for a requested assignment, in the request's flow. */
export function withdrawnAssignment(request: AssignmentRequestedEvent, reason: WithdrawalReason): AssignmentWithdrawnEvent {
  const withdrawnAt = new Date();
  return createEvent({
    id: randomUUID(),
    type: 'assignment.withdrawn.v1',
    source: 'routing',
    subject: request.data.assignmentId,
    occurredAt: withdrawnAt,
    correlationId: request.correlationId,
    causationId: randomUUID(),
    data: {
      assignmentId: request.data.assignmentId,
      ticketId: request.data.ticketId,
      agencyId: request.data.agency.agencyId,
      reason,
      withdrawnAt: withdrawnAt.toISOString(),
    },
  });
}

const hoursFromNow = (hours: number): Date => new Date(Date.now() + hours * 3600_000);
const DAY_MS = 24 * 3600_000;

export function describeAssignmentInbox<C extends ServiceConfig>(sut: InboxUnderTest<C>): void {
  describe(`${sut.definition.name}: assignment inbox`, () => {
    // Starting and stopping a service with its Kafka consumer takes longer than Jest's default
    // 5 s, which applies here: the preset's per-project `testTimeout` does not reach the tests.
    jest.setTimeout(120_000);
    let svc: TestService<C>;
    let probe: KafkaProbe;

    beforeAll(async () => {
      svc = await startTestService(sut.definition);
      probe = await KafkaProbe.start();
      staffMember = await claimsOf(body.staff);
    });

    // Every test works on the one body that has demo staff; each starts from its empty inbox.
    beforeEach(async () => {
      await svc.database.query('DELETE FROM assignments');
    });

    afterAll(async () => {
      await probe?.stop();
      await svc?.stop();
    });

    const { body } = sut;
    // A body of the other kind, for requests this inbox must leave alone.
    const otherKindAgencyId = `${sut.otherAgencyType}:${body.regionCode}`;
    let staffMember: { name: string; sub: string };
    const as = async <T = unknown>(user: DemoUser | null, method: string, url: string, requestBody?: unknown): Promise<JsonResponse<T>> =>
      http<T>(method, url, requestBody, user === null ? {} : await asUser(user));
    /** A request by the body's own staff member: how the inbox is normally worked. */
    const asStaff = <T = unknown>(method: string, url: string, requestBody?: unknown): Promise<JsonResponse<T>> => as<T>(body.staff, method, url, requestBody);
    const inboxUrl = (agencyId: string, query = ''): string => `${svc.url}${sut.inboxPath(encodeURIComponent(agencyId))}${query}`;
    const assignmentUrl = (assignmentId: string, action = ''): string => `${svc.url}/api/v1/assignments/${assignmentId}${action}`;

    const eventsOf = (type: EventType, assignmentId: string): PlatformEvent[] =>
      probe.events().filter((event) => event.type === type && event.subject === assignmentId);
    const keyOf = (event: PlatformEvent): string | null | undefined => probe.messages.find((message) => message.event?.id === event.id)?.key;
    const outboxTypes = async (assignmentId: string): Promise<string[]> =>
      (await svc.database.query<{ type: string }>('SELECT type FROM outbox WHERE aggregate_id = $1 ORDER BY id', [assignmentId])).map((row) => row.type);
    /** The consumer records every event it handled, ignored ones included: proof it has seen it. */
    const handled = (eventId: string): Promise<void> =>
      eventually(async () => {
        expect(await svc.database.query('SELECT 1 FROM processed_events WHERE event_id = $1', [eventId])).toHaveLength(1);
      });

    async function receive(request: AssignmentRequestedEvent): Promise<PlatformEvent> {
      await probe.publishEvent(TOPICS.assignments, request);
      return probe.waitForEvent((event) => event.type === 'assignment.received.v1' && event.subject === request.subject);
    }

    /** A received assignment, accepted by the body's staff member. */
    async function acceptedAssignment(): Promise<AssignmentRequestedEvent> {
      const request = requestedAssignment(body);
      await receive(request);
      expect((await asStaff('POST', assignmentUrl(request.data.assignmentId, '/accept'), {})).status).toBe(200);
      return request;
    }

    async function withdraw(request: AssignmentRequestedEvent, reason: WithdrawalReason): Promise<AssignmentWithdrawnEvent> {
      const withdrawal = withdrawnAssignment(request, reason);
      await probe.publishEvent(TOPICS.assignments, withdrawal);
      await handled(withdrawal.id);
      return withdrawal;
    }

    const expectConflict = (response: { status: number; body: ErrorBody }, code: string): void => {
      expect([response.status, response.body.errors]).toEqual([409, [expect.objectContaining({ code })]]);
    };

    it('puts a requested assignment in the body’s inbox as pending and reports technical receipt', async () => {
      const { agencyId } = body;
      const request = requestedAssignment(body);

      const received = await receive(request);

      expect(received).toMatchObject({
        source: sut.definition.name,
        correlationId: request.correlationId,
        causationId: request.id,
        data: { assignmentId: request.data.assignmentId, ticketId: request.data.ticketId, agencyId },
      });
      expect(keyOf(received)).toBe(request.data.assignmentId);
      const inbox = await asStaff<AssignmentPage>('GET', inboxUrl(agencyId));
      expect(inbox.status).toBe(200);
      expect(inbox.body).toMatchObject({ page: 1, pageSize: 20, total: 1 });
      expect(inbox.body.items).toEqual([
        {
          assignmentId: request.data.assignmentId,
          ticketId: request.data.ticketId,
          ticketNumber: request.data.ticketNumber,
          agency: request.data.agency,
          requestType: request.data.requestType,
          legalCategory: request.data.legalCategory,
          regionCode: request.data.regionCode,
          summary: request.data.summary,
          caller: request.data.caller,
          flags: request.data.flags,
          routingExplanation: request.data.explanation,
          acceptanceDeadline: request.data.acceptanceDeadline,
          requestedAt: request.data.requestedAt,
          receivedAt: (received.data as { receivedAt: string }).receivedAt,
          status: 'pending',
          decision: null,
          assignBy: null,
          start: null,
          completion: null,
          withdrawal: null,
        },
      ]);
      const one = await asStaff<AssignmentView>('GET', assignmentUrl(request.data.assignmentId));
      expect(one.status).toBe(200);
      expect(one.body).toEqual(inbox.body.items[0]);
    });

    it('accepts: answers 200 with the assignment and emits assignment.accepted.v1 in the flow of the request', async () => {
      const request = requestedAssignment(body);
      await receive(request);

      const response = await asStaff<AssignmentView>('POST', assignmentUrl(request.data.assignmentId, '/accept'), { note: '受理审查' });

      expect(response.status).toBe(200);
      // The decider is the signed-in staff member, as the token names them.
      expect(response.body).toMatchObject({ status: 'accepted', decision: { decidedBy: staffMember.name, reason: null, note: '受理审查', late: false } });
      const accepted = await probe.waitForEvent((event) => event.type === 'assignment.accepted.v1' && event.subject === request.data.assignmentId);
      expect(accepted).toMatchObject({
        source: sut.definition.name,
        correlationId: request.correlationId,
        data: {
          assignmentId: request.data.assignmentId,
          ticketId: request.data.ticketId,
          agencyId: request.data.agency.agencyId,
          decidedBy: staffMember.name,
          decidedById: staffMember.sub,
          note: '受理审查',
        },
      });
      expect(keyOf(accepted)).toBe(request.data.assignmentId);
      // Caused by the HTTP request: its id leads to the request's log lines.
      expect(accepted.causationId).toBe(response.headers.get('x-correlation-id'));
    });

    it('rejects with a coded reason: answers 200 and emits assignment.rejected.v1', async () => {
      const request = requestedAssignment(body);
      await receive(request);

      const response = await asStaff<AssignmentView>('POST', assignmentUrl(request.data.assignmentId, '/reject'), { reason: 'conflict-of-interest' });

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'rejected', decision: { decidedBy: staffMember.name, reason: 'conflict-of-interest', note: null } });
      const rejected = await probe.waitForEvent((event) => event.type === 'assignment.rejected.v1' && event.subject === request.data.assignmentId);
      expect(rejected).toMatchObject({ correlationId: request.correlationId, data: { reason: 'conflict-of-interest', decidedBy: staffMember.name, decidedById: staffMember.sub, note: null } });
      expect(keyOf(rejected)).toBe(request.data.assignmentId);
    });

    it('refuses a second decision with 409 ASSIGNMENT.ALREADY_DECIDED and emits nothing more', async () => {
      const request = requestedAssignment(body);
      const id = request.data.assignmentId;
      await receive(request);
      expect((await asStaff('POST', assignmentUrl(id, '/accept'), {})).status).toBe(200);

      const again = await asStaff<ErrorBody>('POST', assignmentUrl(id, '/accept'), {});
      const otherWay = await asStaff<ErrorBody>('POST', assignmentUrl(id, '/reject'), { reason: 'duplicate' });

      for (const response of [again, otherWay]) {
        expect(response.status).toBe(409);
        expect(response.body.errors).toEqual([expect.objectContaining({ code: 'ASSIGNMENT.ALREADY_DECIDED' })]);
      }
      expect((await asStaff<AssignmentView>('GET', assignmentUrl(id))).body.decision).toMatchObject({ decidedBy: staffMember.name, reason: null });
      expect(await outboxTypes(id)).toEqual(['assignment.received.v1', 'assignment.accepted.v1']);
      await probe.waitForEvent((event) => event.type === 'assignment.accepted.v1' && event.subject === id);
      await settle();
      expect([...eventsOf('assignment.accepted.v1', id), ...eventsOf('assignment.rejected.v1', id)]).toHaveLength(1);
    });

    it('keeps a request delivered twice, or re-sent under a new event id, once and reports its receipt once', async () => {
      const { agencyId } = body;
      const request = requestedAssignment(body);
      const resent = { ...request, id: randomUUID() };
      // Same key, so the same partition: once the marker is handled, so are the copies before it.
      const marker = { ...requestedAssignment({ agencyId: otherKindAgencyId }), subject: request.subject };

      await probe.publishEvent(TOPICS.assignments, request);
      await probe.publishEvent(TOPICS.assignments, request);
      await probe.publishEvent(TOPICS.assignments, resent);
      await probe.publishEvent(TOPICS.assignments, marker);
      await handled(marker.id);

      expect((await asStaff<AssignmentPage>('GET', inboxUrl(agencyId))).body.total).toBe(1);
      expect(await outboxTypes(request.data.assignmentId)).toEqual(['assignment.received.v1']);
      await probe.waitForEvent((event) => event.type === 'assignment.received.v1' && event.subject === request.subject);
      await settle();
      expect(eventsOf('assignment.received.v1', request.data.assignmentId)).toHaveLength(1);
      // The re-sent copy was a quiet no-op, not a failure that ended on the dead-letter topic.
      expect(probe.messages.filter((message) => message.topic === TOPICS.deadLetters && message.key === request.subject)).toEqual([]);
    });

    it('leaves a request for another kind of body to that body', async () => {
      const request = requestedAssignment({ agencyId: otherKindAgencyId });

      await probe.publishEvent(TOPICS.assignments, request);
      await handled(request.id);

      expect((await asStaff('GET', assignmentUrl(request.data.assignmentId))).status).toBe(404);
      // Not this inbox's kind of body: no such office or committee here.
      const otherInbox = await as<ErrorBody>(sut.supervisorInArea, 'GET', inboxUrl(otherKindAgencyId));
      expect([otherInbox.status, otherInbox.body.errors[0]?.code]).toEqual([404, 'AGENCY.NOT_FOUND']);
      expect(await outboxTypes(request.data.assignmentId)).toEqual([]);
      await settle();
      expect(eventsOf('assignment.received.v1', request.data.assignmentId)).toEqual([]);
    });

    it('answers 404 ASSIGNMENT.NOT_FOUND for an assignment not in the inbox', async () => {
      const id = randomUUID();
      const responses = [
        await asStaff<ErrorBody>('GET', assignmentUrl(id)),
        await asStaff<ErrorBody>('POST', assignmentUrl(id, '/accept'), {}),
        await asStaff<ErrorBody>('POST', assignmentUrl(id, '/reject'), { reason: 'duplicate' }),
        await asStaff<ErrorBody>('POST', assignmentUrl(id, '/start'), {}),
        await asStaff<ErrorBody>('POST', assignmentUrl(id, '/complete'), { outcome: 'resolved', result: '已解决' }),
      ];

      for (const response of responses) {
        expect(response.status).toBe(404);
        expect(response.body.errors).toEqual([expect.objectContaining({ code: 'ASSIGNMENT.NOT_FOUND' })]);
      }
    });

    it('answers 400 naming the field for a bad decision, and leaves the assignment pending', async () => {
      const request = requestedAssignment(body);
      const id = request.data.assignmentId;
      await receive(request);

      const badReason = await asStaff<ErrorBody>('POST', assignmentUrl(id, '/reject'), { reason: 'too-busy' });
      const missingNote = await asStaff<ErrorBody>('POST', assignmentUrl(id, '/reject'), { reason: 'insufficient-information', note: ' ' });
      const invisibleNote = await asStaff<ErrorBody>('POST', assignmentUrl(id, '/reject'), { reason: 'not-our-jurisdiction', note: '\u200b\u200b\ufeff' });
      // The decider comes from the token: a body naming one is refused, whoever it names.
      const claimedDecider = await asStaff<ErrorBody>('POST', assignmentUrl(id, '/accept'), { decidedBy: staffMember.name });
      const notAnId = await asStaff<ErrorBody>('POST', assignmentUrl('not-a-uuid', '/accept'), {});
      const longNote = await asStaff<ErrorBody>('POST', assignmentUrl(id, '/accept'), { note: '注'.repeat(2001) });

      expect(
        [badReason, missingNote, invisibleNote, claimedDecider, notAnId, longNote].map((response) => [response.status, response.body.errors.map((error) => error.field)]),
      ).toEqual([
        [400, ['reason']],
        [400, ['note']],
        [400, ['note']],
        [400, ['decidedBy']],
        [400, ['id']],
        [400, ['note']],
      ]);
      expect([missingNote, invisibleNote].map((response) => response.body.errors[0]?.code)).toEqual(['ASSIGNMENT.NOTE_REQUIRED', 'ASSIGNMENT.NOTE_REQUIRED']);
      expect((await asStaff<AssignmentView>('GET', assignmentUrl(id))).body.status).toBe('pending');
      expect(await outboxTypes(id)).toEqual(['assignment.received.v1']);
    });

    it('lists pending assignments soonest deadline first, then decided ones; filters by status and pages', async () => {
      const { agencyId } = body;
      const dueIn = (hours: number): AssignmentRequestedEvent => requestedAssignment(body, hoursFromNow(hours));
      const [inOneHour, inTwoHours, inThreeHours] = [dueIn(1), dueIn(2), dueIn(3)] as const;
      for (const request of [inThreeHours, inOneHour, inTwoHours]) await receive(request);
      await asStaff('POST', assignmentUrl(inTwoHours.data.assignmentId, '/accept'), {});
      const idsOf = (page: AssignmentPage): string[] => page.items.map((item) => item.assignmentId);

      const pending = await asStaff<AssignmentPage>('GET', inboxUrl(agencyId, '?status=pending'));
      const accepted = await asStaff<AssignmentPage>('GET', inboxUrl(agencyId, '?status=accepted'));
      const secondPage = await asStaff<AssignmentPage>('GET', inboxUrl(agencyId, '?page=2&pageSize=1'));
      const badStatus = await asStaff<ErrorBody>('GET', inboxUrl(agencyId, '?status=closed'));

      expect(idsOf(pending.body)).toEqual([inOneHour.data.assignmentId, inThreeHours.data.assignmentId]);
      expect(pending.body.total).toBe(2);
      expect(idsOf(accepted.body)).toEqual([inTwoHours.data.assignmentId]);
      expect(secondPage.body).toMatchObject({ page: 2, pageSize: 1, total: 3 });
      expect(idsOf(secondPage.body)).toEqual([inThreeHours.data.assignmentId]);
      expect([badStatus.status, badStatus.body.errors.map((error) => error.field)]).toEqual([400, ['status']]);
    });

    it('lists the others after pending by their latest change, a withdrawal while pending included', async () => {
      const { agencyId } = body;
      const pending = requestedAssignment(body);
      const withdrawnFirst = requestedAssignment(body);
      const acceptedLater = requestedAssignment(body);
      for (const request of [pending, withdrawnFirst, acceptedLater]) await receive(request);
      await withdraw(withdrawnFirst, 'acceptance-overdue');
      expect((await asStaff('POST', assignmentUrl(acceptedLater.data.assignmentId, '/accept'), {})).status).toBe(200);

      const inbox = await asStaff<AssignmentPage>('GET', inboxUrl(agencyId));

      expect(inbox.body.items.map((item) => item.assignmentId)).toEqual([pending, acceptedLater, withdrawnFirst].map((request) => request.data.assignmentId));
    });

    it('still accepts after the acceptance deadline, and marks the decision late', async () => {
      const request = requestedAssignment(body, hoursFromNow(-1));
      await receive(request);

      const response = await asStaff<AssignmentView>('POST', assignmentUrl(request.data.assignmentId, '/accept'), {});

      expect(response.status).toBe(200);
      expect(response.body.decision).toMatchObject({ late: true });
    });

    it('starts accepted work: answers 200 in-progress and emits assignment.started.v1 in the flow of the request', async () => {
      const request = await acceptedAssignment();
      const id = request.data.assignmentId;

      const response = await asStaff<AssignmentView>('POST', assignmentUrl(id, '/start'), { note: '已指派何律师' });

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'in-progress', start: { startedBy: staffMember.name, note: '已指派何律师' }, completion: null });
      const started = await probe.waitForEvent((event) => event.type === 'assignment.started.v1' && event.subject === id);
      expect(started).toMatchObject({
        source: sut.definition.name,
        correlationId: request.correlationId,
        causationId: response.headers.get('x-correlation-id'),
        data: { assignmentId: id, ticketId: request.data.ticketId, agencyId: request.data.agency.agencyId, startedBy: staffMember.name, startedById: staffMember.sub, note: '已指派何律师', startedAt: response.body.start?.startedAt },
      });
      expect(keyOf(started)).toBe(id);
      const acceptedAt = Date.parse(response.body.decision?.decidedAt ?? '');
      const days = sut.assignByDaysAfterAcceptance;
      expect(response.body.assignBy).toBe(days === null ? null : new Date(acceptedAt + days * DAY_MS).toISOString());
      expect((await asStaff<AssignmentPage>('GET', inboxUrl(request.data.agency.agencyId, '?status=in-progress'))).body.items.map((item) => item.assignmentId)).toEqual([id]);
      expectConflict(await asStaff<ErrorBody>('POST', assignmentUrl(id, '/start'), {}), 'ASSIGNMENT.ALREADY_STARTED');
    });

    it('completes work in progress: answers 200 completed and emits assignment.completed.v1 with the result', async () => {
      const request = await acceptedAssignment();
      const id = request.data.assignmentId;
      expect((await asStaff('POST', assignmentUrl(id, '/start'), {})).status).toBe(200);

      const response = await asStaff<AssignmentView>('POST', assignmentUrl(id, '/complete'), { outcome: 'partly-resolved', result: '  用人单位支付部分工资  ' });

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'completed', completion: { completedBy: staffMember.name, outcome: 'partly-resolved', result: '用人单位支付部分工资' } });
      const completed = await probe.waitForEvent((event) => event.type === 'assignment.completed.v1' && event.subject === id);
      expect(completed).toMatchObject({
        source: sut.definition.name,
        correlationId: request.correlationId,
        causationId: response.headers.get('x-correlation-id'),
        data: { assignmentId: id, completedBy: staffMember.name, completedById: staffMember.sub, outcome: 'partly-resolved', result: '用人单位支付部分工资', completedAt: response.body.completion?.completedAt },
      });
      expect(keyOf(completed)).toBe(id);
      expect(await outboxTypes(id)).toEqual(['assignment.received.v1', 'assignment.accepted.v1', 'assignment.started.v1', 'assignment.completed.v1']);
      expect((await asStaff<AssignmentPage>('GET', inboxUrl(request.data.agency.agencyId, '?status=completed'))).body.total).toBe(1);
      expectConflict(await asStaff<ErrorBody>('POST', assignmentUrl(id, '/complete'), { outcome: 'resolved', result: '再次' }), 'ASSIGNMENT.ALREADY_COMPLETED');
    });

    it('completes straight after acceptance, without a reported start', async () => {
      const request = await acceptedAssignment();

      const response = await asStaff<AssignmentView>('POST', assignmentUrl(request.data.assignmentId, '/complete'), { outcome: 'resolved', result: '已电话解答' });

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'completed', start: null });
    });

    it('refuses to start or complete before acceptance with 409 ASSIGNMENT.NOT_ACCEPTED and emits nothing', async () => {
      const request = requestedAssignment(body);
      const id = request.data.assignmentId;
      await receive(request);

      const start = await asStaff<ErrorBody>('POST', assignmentUrl(id, '/start'), {});
      const complete = await asStaff<ErrorBody>('POST', assignmentUrl(id, '/complete'), { outcome: 'resolved', result: '已解决' });

      expectConflict(start, 'ASSIGNMENT.NOT_ACCEPTED');
      expectConflict(complete, 'ASSIGNMENT.NOT_ACCEPTED');
      expect((await asStaff<AssignmentView>('GET', assignmentUrl(id))).body.status).toBe('pending');
      expect(await outboxTypes(id)).toEqual(['assignment.received.v1']);
    });

    it('answers 400 naming the field for a bad start or completion', async () => {
      const request = await acceptedAssignment();
      const id = request.data.assignmentId;

      const claimedStarter = await asStaff<ErrorBody>('POST', assignmentUrl(id, '/start'), { decidedBy: 'officer-li' });
      const claimedCompleter = await asStaff<ErrorBody>('POST', assignmentUrl(id, '/complete'), { completedBy: 'officer-li', outcome: 'resolved', result: '已解决' });
      const badOutcome = await asStaff<ErrorBody>('POST', assignmentUrl(id, '/complete'), { outcome: 'closed', result: '已解决' });
      const blankResult = await asStaff<ErrorBody>('POST', assignmentUrl(id, '/complete'), { outcome: 'resolved', result: '  ' });
      const invisibleResult = await asStaff<ErrorBody>('POST', assignmentUrl(id, '/complete'), { outcome: 'resolved', result: '\u200b\u2060\u0007' });
      const longResult = await asStaff<ErrorBody>('POST', assignmentUrl(id, '/complete'), { outcome: 'resolved', result: '果'.repeat(4001) });

      expect(
        [claimedStarter, claimedCompleter, badOutcome, blankResult, invisibleResult, longResult].map((response) => [response.status, response.body.errors.map((error) => error.field)]),
      ).toEqual([
        [400, ['decidedBy']],
        [400, ['completedBy']],
        [400, ['outcome']],
        [400, ['result']],
        [400, ['result']],
        [400, ['result']],
      ]);
      expect((await asStaff<AssignmentView>('GET', assignmentUrl(id))).body.status).toBe('accepted');
    });

    it('records routing’s withdrawal, then refuses every decision with 409 ASSIGNMENT.WITHDRAWN', async () => {
      const request = requestedAssignment(body);
      const id = request.data.assignmentId;
      await receive(request);

      const withdrawal = await withdraw(request, 'acceptance-overdue');

      const view = await asStaff<AssignmentView>('GET', assignmentUrl(id));
      expect(view.body).toMatchObject({ status: 'withdrawn', decision: null, withdrawal: { reason: 'acceptance-overdue', withdrawnAt: withdrawal.data.withdrawnAt } });
      const refusals = [
        await asStaff<ErrorBody>('POST', assignmentUrl(id, '/accept'), {}),
        await asStaff<ErrorBody>('POST', assignmentUrl(id, '/reject'), { reason: 'duplicate' }),
        await asStaff<ErrorBody>('POST', assignmentUrl(id, '/start'), {}),
        await asStaff<ErrorBody>('POST', assignmentUrl(id, '/complete'), { outcome: 'resolved', result: '已解决' }),
      ];
      for (const response of refusals) expectConflict(response, 'ASSIGNMENT.WITHDRAWN');
      expect(await outboxTypes(id)).toEqual(['assignment.received.v1']);
      expect((await asStaff<AssignmentPage>('GET', inboxUrl(request.data.agency.agencyId, '?status=withdrawn'))).body.items.map((item) => item.assignmentId)).toEqual([id]);
    });

    it('withdraws an accepted assignment and keeps its decision, but leaves a rejected one rejected', async () => {
      const accepted = await acceptedAssignment();
      const rejected = requestedAssignment(body);
      await receive(rejected);
      expect((await asStaff('POST', assignmentUrl(rejected.data.assignmentId, '/reject'), { reason: 'duplicate' })).status).toBe(200);

      await withdraw(accepted, 'ticket-closed');
      await withdraw(rejected, 'ticket-closed');

      expect((await asStaff<AssignmentView>('GET', assignmentUrl(accepted.data.assignmentId))).body).toMatchObject({
        status: 'withdrawn',
        decision: { decidedBy: staffMember.name, reason: null },
        withdrawal: { reason: 'ticket-closed' },
      });
      expect((await asStaff<AssignmentView>('GET', assignmentUrl(rejected.data.assignmentId))).body).toMatchObject({ status: 'rejected', withdrawal: null });
    });

    it('lands a request withdrawn when its withdrawal came first, and reports no receipt', async () => {
      const request = requestedAssignment(body);
      const id = request.data.assignmentId;

      // Unknown here yet: handled quietly (it may be the other kind of body's), and remembered.
      const withdrawal = await withdraw(request, 'ticket-merged');
      expect((await asStaff('GET', assignmentUrl(id))).status).toBe(404);
      await probe.publishEvent(TOPICS.assignments, request);
      await handled(request.id);

      expect((await asStaff<AssignmentView>('GET', assignmentUrl(id))).body).toMatchObject({
        status: 'withdrawn',
        decision: null,
        withdrawal: { reason: 'ticket-merged', withdrawnAt: withdrawal.data.withdrawnAt },
      });
      expectConflict(await asStaff<ErrorBody>('POST', assignmentUrl(id, '/accept'), {}), 'ASSIGNMENT.WITHDRAWN');
      expect(await outboxTypes(id)).toEqual([]);
      await settle();
      expect(eventsOf('assignment.received.v1', id)).toEqual([]);
      expect(probe.messages.filter((message) => message.topic === TOPICS.deadLetters && message.key === id)).toEqual([]);
    });

    describe('who may see and decide (real tokens)', () => {
      type Route = [method: string, url: string, requestBody: unknown];
      const inboxRoute = (agencyId = body.agencyId): Route => ['GET', inboxUrl(agencyId), undefined];
      const assignmentRoutes = (id: string): Route[] => [
        ['GET', assignmentUrl(id), undefined],
        ['POST', assignmentUrl(id, '/accept'), {}],
        ['POST', assignmentUrl(id, '/reject'), { reason: 'duplicate' }],
        ['POST', assignmentUrl(id, '/start'), {}],
        ['POST', assignmentUrl(id, '/complete'), { outcome: 'resolved', result: '已解决' }],
      ];
      /** [method, path, status, first error code] of each route called as `user`. */
      async function answersTo(user: DemoUser | null, routes: Route[]): Promise<[string, string, number, string | undefined][]> {
        const answers: [string, string, number, string | undefined][] = [];
        for (const [method, url, requestBody] of routes) {
          const response = await as<ErrorBody>(user, method, url, requestBody);
          answers.push([method, url.slice(svc.url.length), response.status, response.body?.errors?.[0]?.code]);
        }
        return answers;
      }
      const expected = (routes: Route[], status: number, code: string) => routes.map(([method, url]) => [method, url.slice(svc.url.length), status, code]);

      async function expectUntouched(request: AssignmentRequestedEvent, status: string, outbox: string[]): Promise<void> {
        expect((await asStaff<AssignmentView>('GET', assignmentUrl(request.data.assignmentId))).body.status).toBe(status);
        expect(await outboxTypes(request.data.assignmentId)).toEqual(outbox);
      }

      it('answers 401 AUTH.TOKEN_MISSING to an anonymous caller on every route, and changes nothing', async () => {
        const request = requestedAssignment(body);
        await receive(request);
        const routes = [inboxRoute(), ...assignmentRoutes(request.data.assignmentId)];

        expect(await answersTo(null, routes)).toEqual(expected(routes, 401, 'AUTH.TOKEN_MISSING'));
        await expectUntouched(request, 'pending', ['assignment.received.v1']);
      });

      it('answers 403 AUTH.ROLE_MISSING to a person without the route\'s role: agents and admins everywhere, supervisors on single assignments', async () => {
        const request = requestedAssignment(body);
        await receive(request);
        const single = assignmentRoutes(request.data.assignmentId);

        expect(await answersTo('agent.gd', [inboxRoute(), ...single])).toEqual(expected([inboxRoute(), ...single], 403, 'AUTH.ROLE_MISSING'));
        expect(await answersTo('directory.admin', [inboxRoute()])).toEqual(expected([inboxRoute()], 403, 'AUTH.ROLE_MISSING'));
        // A supervisor reads the inbox lists of the area, but opens and decides no assignment.
        expect(await answersTo(sut.supervisorInArea, single)).toEqual(expected(single, 403, 'AUTH.ROLE_MISSING'));
        await expectUntouched(request, 'pending', ['assignment.received.v1']);
      });

      it('refuses another body\'s staff the inbox and every assignment in it with 403 ACCESS.OTHER_BODY, and changes nothing', async () => {
        const pending = requestedAssignment(body);
        await receive(pending);
        const accepted = await acceptedAssignment();
        const routes = [
          inboxRoute(),
          ...assignmentRoutes(pending.data.assignmentId).slice(0, 3),
          // Start and complete on an accepted one: the refusal is about the body, not the status.
          ...assignmentRoutes(accepted.data.assignmentId).slice(3),
        ];

        expect(await answersTo(sut.otherBodyStaff, routes)).toEqual(expected(routes, 403, 'ACCESS.OTHER_BODY'));
        await expectUntouched(pending, 'pending', ['assignment.received.v1']);
        await expectUntouched(accepted, 'accepted', ['assignment.received.v1', 'assignment.accepted.v1']);
        // Unknown ids stay 404 for them too: the 403 is only for what exists.
        const unknown = assignmentRoutes(randomUUID());
        expect(await answersTo(sut.otherBodyStaff, unknown)).toEqual(expected(unknown, 404, 'ASSIGNMENT.NOT_FOUND'));
      });

      it('shows the inbox to a supervisor whose area covers the body, and refuses one of another area with 403 ACCESS.OUTSIDE_AREA', async () => {
        const request = requestedAssignment(body);
        await receive(request);

        const inArea = await as<AssignmentPage>(sut.supervisorInArea, 'GET', inboxUrl(body.agencyId));
        const outside = await as<ErrorBody>(sut.supervisorOutsideArea, 'GET', inboxUrl(body.agencyId));

        expect([inArea.status, inArea.body.items.map((item) => item.assignmentId)]).toEqual([200, [request.data.assignmentId]]);
        expect([outside.status, outside.body.errors.map((error) => error.code)]).toEqual([403, ['ACCESS.OUTSIDE_AREA']]);
      });

      it('answers 404 AGENCY.NOT_FOUND for an office or committee that does not exist, not an empty inbox', async () => {
        for (const user of [body.staff, sut.supervisorInArea]) {
          const answers = await answersTo(user, sut.unknownAgencyIds.map((agencyId) => inboxRoute(agencyId)));
          expect(answers).toEqual(expected(sut.unknownAgencyIds.map((agencyId) => inboxRoute(agencyId)), 404, 'AGENCY.NOT_FOUND'));
        }
      });
    });

    it('documents its routes in OpenAPI', async () => {
      const document = await http<{ paths: Record<string, Record<string, unknown>> }>('GET', `${svc.url}/docs-json`);

      expect(document.status).toBe(200);
      // Every API operation names the roles it needs (health checks are the public ones).
      const undeclared = Object.entries(document.body.paths)
        .filter(([path]) => path.startsWith('/api/'))
        .flatMap(([path, operations]) => Object.entries(operations).map(([method, operation]) => [`${method} ${path}`, (operation as Record<string, unknown>)['x-required-roles']] as const))
        .filter(([, roles]) => !Array.isArray(roles) || roles.length === 0);
      expect(undeclared).toEqual([]);
      expect(Object.keys(document.body.paths)).toEqual(
        expect.arrayContaining([
          sut.inboxPath('{agencyId}'),
          '/api/v1/assignments/{id}',
          '/api/v1/assignments/{id}/accept',
          '/api/v1/assignments/{id}/reject',
          '/api/v1/assignments/{id}/start',
          '/api/v1/assignments/{id}/complete',
        ]),
      );
    });

    it('has migrations that match its entities', async () => {
      expect(await pendingSchemaChanges(svc.dataSource)).toEqual([]);
    });
  });
}

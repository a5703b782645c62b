// The inbox's behaviour on real PostgreSQL and Kafka, run by every service that keeps an inbox
// (each from its own test/*.int-spec.ts), so the services are held to the same contract
// without copying the tests. Service-specific behaviour belongs in the service's own tests.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEvent, TOPICS, type AgencyType, type EventType, type PlatformEvent } from '@legal-hotline/contracts';
import type { ErrorBody, ServiceConfig, ServiceDefinition } from '@legal-hotline/service-runtime';
import { eventually, http, KafkaProbe, pendingSchemaChanges, settle, startTestService, type TestService } from '@legal-hotline/testing';
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
}

const GOLDEN_REQUEST = join(import.meta.dirname, '../../contracts/src/golden/assignment.requested.v1.json');

/** A fresh `assignment.requested.v1` built from the contract's golden example. */
export function requestedAssignment(agency: { agencyType: AgencyType; agencyId: string }, acceptanceDeadline?: Date): AssignmentRequestedEvent {
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
      agency: { ...golden.data.agency, ...agency },
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
    });

    afterAll(async () => {
      await probe?.stop();
      await svc?.stop();
    });

    const newAgencyId = (agencyType = sut.agencyType): string => `${agencyType}:${randomUUID()}`;
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

    /** A received assignment, accepted by officer-li. */
    async function acceptedAssignment(): Promise<AssignmentRequestedEvent> {
      const request = requestedAssignment({ agencyType: sut.agencyType, agencyId: newAgencyId() });
      await receive(request);
      expect((await http('POST', assignmentUrl(request.data.assignmentId, '/accept'), { decidedBy: 'officer-li' })).status).toBe(200);
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
      const agencyId = newAgencyId();
      const request = requestedAssignment({ agencyType: sut.agencyType, agencyId });

      const received = await receive(request);

      expect(received).toMatchObject({
        source: sut.definition.name,
        correlationId: request.correlationId,
        causationId: request.id,
        data: { assignmentId: request.data.assignmentId, ticketId: request.data.ticketId, agencyId },
      });
      expect(keyOf(received)).toBe(request.data.assignmentId);
      const inbox = await http<AssignmentPage>('GET', inboxUrl(agencyId));
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
      const one = await http<AssignmentView>('GET', assignmentUrl(request.data.assignmentId));
      expect(one.status).toBe(200);
      expect(one.body).toEqual(inbox.body.items[0]);
    });

    it('accepts: answers 200 with the assignment and emits assignment.accepted.v1 in the flow of the request', async () => {
      const request = requestedAssignment({ agencyType: sut.agencyType, agencyId: newAgencyId() });
      await receive(request);

      const response = await http<AssignmentView>('POST', assignmentUrl(request.data.assignmentId, '/accept'), { decidedBy: 'officer-li', note: '受理审查' });

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'accepted', decision: { decidedBy: 'officer-li', reason: null, note: '受理审查', late: false } });
      const accepted = await probe.waitForEvent((event) => event.type === 'assignment.accepted.v1' && event.subject === request.data.assignmentId);
      expect(accepted).toMatchObject({
        source: sut.definition.name,
        correlationId: request.correlationId,
        data: { assignmentId: request.data.assignmentId, ticketId: request.data.ticketId, agencyId: request.data.agency.agencyId, decidedBy: 'officer-li', note: '受理审查' },
      });
      expect(keyOf(accepted)).toBe(request.data.assignmentId);
      // Caused by the HTTP request: its id leads to the request's log lines.
      expect(accepted.causationId).toBe(response.headers.get('x-correlation-id'));
    });

    it('rejects with a coded reason: answers 200 and emits assignment.rejected.v1', async () => {
      const request = requestedAssignment({ agencyType: sut.agencyType, agencyId: newAgencyId() });
      await receive(request);

      const response = await http<AssignmentView>('POST', assignmentUrl(request.data.assignmentId, '/reject'), { decidedBy: 'officer-li', reason: 'conflict-of-interest' });

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'rejected', decision: { reason: 'conflict-of-interest', note: null } });
      const rejected = await probe.waitForEvent((event) => event.type === 'assignment.rejected.v1' && event.subject === request.data.assignmentId);
      expect(rejected).toMatchObject({ correlationId: request.correlationId, data: { reason: 'conflict-of-interest', decidedBy: 'officer-li', note: null } });
      expect(keyOf(rejected)).toBe(request.data.assignmentId);
    });

    it('refuses a second decision with 409 ASSIGNMENT.ALREADY_DECIDED and emits nothing more', async () => {
      const request = requestedAssignment({ agencyType: sut.agencyType, agencyId: newAgencyId() });
      const id = request.data.assignmentId;
      await receive(request);
      expect((await http('POST', assignmentUrl(id, '/accept'), { decidedBy: 'officer-li' })).status).toBe(200);

      const again = await http<ErrorBody>('POST', assignmentUrl(id, '/accept'), { decidedBy: 'officer-zhao' });
      const otherWay = await http<ErrorBody>('POST', assignmentUrl(id, '/reject'), { decidedBy: 'officer-zhao', reason: 'duplicate' });

      for (const response of [again, otherWay]) {
        expect(response.status).toBe(409);
        expect(response.body.errors).toEqual([expect.objectContaining({ code: 'ASSIGNMENT.ALREADY_DECIDED' })]);
      }
      expect((await http<AssignmentView>('GET', assignmentUrl(id))).body.decision).toMatchObject({ decidedBy: 'officer-li' });
      expect(await outboxTypes(id)).toEqual(['assignment.received.v1', 'assignment.accepted.v1']);
      await probe.waitForEvent((event) => event.type === 'assignment.accepted.v1' && event.subject === id);
      await settle();
      expect([...eventsOf('assignment.accepted.v1', id), ...eventsOf('assignment.rejected.v1', id)]).toHaveLength(1);
    });

    it('keeps a request delivered twice, or re-sent under a new event id, once and reports its receipt once', async () => {
      const agencyId = newAgencyId();
      const request = requestedAssignment({ agencyType: sut.agencyType, agencyId });
      const resent = { ...request, id: randomUUID() };
      // Same key, so the same partition: once the marker is handled, so are the copies before it.
      const marker = { ...requestedAssignment({ agencyType: sut.otherAgencyType, agencyId: newAgencyId(sut.otherAgencyType) }), subject: request.subject };

      await probe.publishEvent(TOPICS.assignments, request);
      await probe.publishEvent(TOPICS.assignments, request);
      await probe.publishEvent(TOPICS.assignments, resent);
      await probe.publishEvent(TOPICS.assignments, marker);
      await handled(marker.id);

      expect((await http<AssignmentPage>('GET', inboxUrl(agencyId))).body.total).toBe(1);
      expect(await outboxTypes(request.data.assignmentId)).toEqual(['assignment.received.v1']);
      await probe.waitForEvent((event) => event.type === 'assignment.received.v1' && event.subject === request.subject);
      await settle();
      expect(eventsOf('assignment.received.v1', request.data.assignmentId)).toHaveLength(1);
      // The re-sent copy was a quiet no-op, not a failure that ended on the dead-letter topic.
      expect(probe.messages.filter((message) => message.topic === TOPICS.deadLetters && message.key === request.subject)).toEqual([]);
    });

    it('leaves a request for another kind of body to that body', async () => {
      const agencyId = newAgencyId(sut.otherAgencyType);
      const request = requestedAssignment({ agencyType: sut.otherAgencyType, agencyId });

      await probe.publishEvent(TOPICS.assignments, request);
      await handled(request.id);

      expect((await http('GET', assignmentUrl(request.data.assignmentId))).status).toBe(404);
      expect((await http<AssignmentPage>('GET', inboxUrl(agencyId))).body).toEqual({ items: [], page: 1, pageSize: 20, total: 0 });
      expect(await outboxTypes(request.data.assignmentId)).toEqual([]);
      await settle();
      expect(eventsOf('assignment.received.v1', request.data.assignmentId)).toEqual([]);
    });

    it('answers 404 ASSIGNMENT.NOT_FOUND for an assignment not in the inbox', async () => {
      const id = randomUUID();
      const responses = [
        await http<ErrorBody>('GET', assignmentUrl(id)),
        await http<ErrorBody>('POST', assignmentUrl(id, '/accept'), { decidedBy: 'officer-li' }),
        await http<ErrorBody>('POST', assignmentUrl(id, '/reject'), { decidedBy: 'officer-li', reason: 'duplicate' }),
        await http<ErrorBody>('POST', assignmentUrl(id, '/start'), { decidedBy: 'officer-li' }),
        await http<ErrorBody>('POST', assignmentUrl(id, '/complete'), { decidedBy: 'officer-li', outcome: 'resolved', result: '已解决' }),
      ];

      for (const response of responses) {
        expect(response.status).toBe(404);
        expect(response.body.errors).toEqual([expect.objectContaining({ code: 'ASSIGNMENT.NOT_FOUND' })]);
      }
    });

    it('answers 400 naming the field for a bad decision, and leaves the assignment pending', async () => {
      const request = requestedAssignment({ agencyType: sut.agencyType, agencyId: newAgencyId() });
      const id = request.data.assignmentId;
      await receive(request);

      const badReason = await http<ErrorBody>('POST', assignmentUrl(id, '/reject'), { decidedBy: 'officer-li', reason: 'too-busy' });
      const missingNote = await http<ErrorBody>('POST', assignmentUrl(id, '/reject'), { decidedBy: 'officer-li', reason: 'insufficient-information', note: ' ' });
      const blankDecider = await http<ErrorBody>('POST', assignmentUrl(id, '/accept'), { decidedBy: ' ' });
      const notAnId = await http<ErrorBody>('POST', assignmentUrl('not-a-uuid', '/accept'), { decidedBy: 'officer-li' });

      expect([badReason, missingNote, blankDecider, notAnId].map((response) => [response.status, response.body.errors.map((error) => error.field)])).toEqual([
        [400, ['reason']],
        [400, ['note']],
        [400, ['decidedBy']],
        [400, ['id']],
      ]);
      expect(missingNote.body.errors[0]?.code).toBe('ASSIGNMENT.NOTE_REQUIRED');
      expect((await http<AssignmentView>('GET', assignmentUrl(id))).body.status).toBe('pending');
      expect(await outboxTypes(id)).toEqual(['assignment.received.v1']);
    });

    it('lists pending assignments soonest deadline first, then decided ones; filters by status and pages', async () => {
      const agencyId = newAgencyId();
      const dueIn = (hours: number): AssignmentRequestedEvent => requestedAssignment({ agencyType: sut.agencyType, agencyId }, hoursFromNow(hours));
      const [inOneHour, inTwoHours, inThreeHours] = [dueIn(1), dueIn(2), dueIn(3)] as const;
      for (const request of [inThreeHours, inOneHour, inTwoHours]) await receive(request);
      await http('POST', assignmentUrl(inTwoHours.data.assignmentId, '/accept'), { decidedBy: 'officer-li' });
      const idsOf = (page: AssignmentPage): string[] => page.items.map((item) => item.assignmentId);

      const pending = await http<AssignmentPage>('GET', inboxUrl(agencyId, '?status=pending'));
      const accepted = await http<AssignmentPage>('GET', inboxUrl(agencyId, '?status=accepted'));
      const secondPage = await http<AssignmentPage>('GET', inboxUrl(agencyId, '?page=2&pageSize=1'));
      const badStatus = await http<ErrorBody>('GET', inboxUrl(agencyId, '?status=closed'));

      expect(idsOf(pending.body)).toEqual([inOneHour.data.assignmentId, inThreeHours.data.assignmentId]);
      expect(pending.body.total).toBe(2);
      expect(idsOf(accepted.body)).toEqual([inTwoHours.data.assignmentId]);
      expect(secondPage.body).toMatchObject({ page: 2, pageSize: 1, total: 3 });
      expect(idsOf(secondPage.body)).toEqual([inThreeHours.data.assignmentId]);
      expect([badStatus.status, badStatus.body.errors.map((error) => error.field)]).toEqual([400, ['status']]);
    });

    it('lists the others after pending by their latest change, a withdrawal while pending included', async () => {
      const agencyId = newAgencyId();
      const pending = requestedAssignment({ agencyType: sut.agencyType, agencyId });
      const withdrawnFirst = requestedAssignment({ agencyType: sut.agencyType, agencyId });
      const acceptedLater = requestedAssignment({ agencyType: sut.agencyType, agencyId });
      for (const request of [pending, withdrawnFirst, acceptedLater]) await receive(request);
      await withdraw(withdrawnFirst, 'acceptance-overdue');
      expect((await http('POST', assignmentUrl(acceptedLater.data.assignmentId, '/accept'), { decidedBy: 'officer-li' })).status).toBe(200);

      const inbox = await http<AssignmentPage>('GET', inboxUrl(agencyId));

      expect(inbox.body.items.map((item) => item.assignmentId)).toEqual([pending, acceptedLater, withdrawnFirst].map((request) => request.data.assignmentId));
    });

    it('still accepts after the acceptance deadline, and marks the decision late', async () => {
      const request = requestedAssignment({ agencyType: sut.agencyType, agencyId: newAgencyId() }, hoursFromNow(-1));
      await receive(request);

      const response = await http<AssignmentView>('POST', assignmentUrl(request.data.assignmentId, '/accept'), { decidedBy: 'officer-li' });

      expect(response.status).toBe(200);
      expect(response.body.decision).toMatchObject({ late: true });
    });

    it('starts accepted work: answers 200 in-progress and emits assignment.started.v1 in the flow of the request', async () => {
      const request = await acceptedAssignment();
      const id = request.data.assignmentId;

      const response = await http<AssignmentView>('POST', assignmentUrl(id, '/start'), { decidedBy: 'officer-li', note: '已指派何律师' });

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'in-progress', start: { startedBy: 'officer-li', note: '已指派何律师' }, completion: null });
      const started = await probe.waitForEvent((event) => event.type === 'assignment.started.v1' && event.subject === id);
      expect(started).toMatchObject({
        source: sut.definition.name,
        correlationId: request.correlationId,
        causationId: response.headers.get('x-correlation-id'),
        data: { assignmentId: id, ticketId: request.data.ticketId, agencyId: request.data.agency.agencyId, startedBy: 'officer-li', note: '已指派何律师', startedAt: response.body.start?.startedAt },
      });
      expect(keyOf(started)).toBe(id);
      const acceptedAt = Date.parse(response.body.decision?.decidedAt ?? '');
      const days = sut.assignByDaysAfterAcceptance;
      expect(response.body.assignBy).toBe(days === null ? null : new Date(acceptedAt + days * DAY_MS).toISOString());
      expect((await http<AssignmentPage>('GET', inboxUrl(request.data.agency.agencyId, '?status=in-progress'))).body.items.map((item) => item.assignmentId)).toEqual([id]);
      expectConflict(await http<ErrorBody>('POST', assignmentUrl(id, '/start'), { decidedBy: 'officer-zhao' }), 'ASSIGNMENT.ALREADY_STARTED');
    });

    it('completes work in progress: answers 200 completed and emits assignment.completed.v1 with the result', async () => {
      const request = await acceptedAssignment();
      const id = request.data.assignmentId;
      expect((await http('POST', assignmentUrl(id, '/start'), { decidedBy: 'officer-li' })).status).toBe(200);

      const response = await http<AssignmentView>('POST', assignmentUrl(id, '/complete'), { decidedBy: 'officer-li', outcome: 'partly-resolved', result: '  用人单位支付部分工资  ' });

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'completed', completion: { completedBy: 'officer-li', outcome: 'partly-resolved', result: '用人单位支付部分工资' } });
      const completed = await probe.waitForEvent((event) => event.type === 'assignment.completed.v1' && event.subject === id);
      expect(completed).toMatchObject({
        source: sut.definition.name,
        correlationId: request.correlationId,
        causationId: response.headers.get('x-correlation-id'),
        data: { assignmentId: id, completedBy: 'officer-li', outcome: 'partly-resolved', result: '用人单位支付部分工资', completedAt: response.body.completion?.completedAt },
      });
      expect(keyOf(completed)).toBe(id);
      expect(await outboxTypes(id)).toEqual(['assignment.received.v1', 'assignment.accepted.v1', 'assignment.started.v1', 'assignment.completed.v1']);
      expect((await http<AssignmentPage>('GET', inboxUrl(request.data.agency.agencyId, '?status=completed'))).body.total).toBe(1);
      expectConflict(await http<ErrorBody>('POST', assignmentUrl(id, '/complete'), { decidedBy: 'officer-li', outcome: 'resolved', result: '再次' }), 'ASSIGNMENT.ALREADY_COMPLETED');
    });

    it('completes straight after acceptance, without a reported start', async () => {
      const request = await acceptedAssignment();

      const response = await http<AssignmentView>('POST', assignmentUrl(request.data.assignmentId, '/complete'), { decidedBy: 'officer-li', outcome: 'resolved', result: '已电话解答' });

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'completed', start: null });
    });

    it('refuses to start or complete before acceptance with 409 ASSIGNMENT.NOT_ACCEPTED and emits nothing', async () => {
      const request = requestedAssignment({ agencyType: sut.agencyType, agencyId: newAgencyId() });
      const id = request.data.assignmentId;
      await receive(request);

      const start = await http<ErrorBody>('POST', assignmentUrl(id, '/start'), { decidedBy: 'officer-li' });
      const complete = await http<ErrorBody>('POST', assignmentUrl(id, '/complete'), { decidedBy: 'officer-li', outcome: 'resolved', result: '已解决' });

      expectConflict(start, 'ASSIGNMENT.NOT_ACCEPTED');
      expectConflict(complete, 'ASSIGNMENT.NOT_ACCEPTED');
      expect((await http<AssignmentView>('GET', assignmentUrl(id))).body.status).toBe('pending');
      expect(await outboxTypes(id)).toEqual(['assignment.received.v1']);
    });

    it('answers 400 naming the field for a bad start or completion', async () => {
      const request = await acceptedAssignment();
      const id = request.data.assignmentId;

      const blankStarter = await http<ErrorBody>('POST', assignmentUrl(id, '/start'), { decidedBy: ' ' });
      const badOutcome = await http<ErrorBody>('POST', assignmentUrl(id, '/complete'), { decidedBy: 'officer-li', outcome: 'closed', result: '已解决' });
      const blankResult = await http<ErrorBody>('POST', assignmentUrl(id, '/complete'), { decidedBy: 'officer-li', outcome: 'resolved', result: '  ' });

      expect([blankStarter, badOutcome, blankResult].map((response) => [response.status, response.body.errors.map((error) => error.field)])).toEqual([
        [400, ['decidedBy']],
        [400, ['outcome']],
        [400, ['result']],
      ]);
      expect((await http<AssignmentView>('GET', assignmentUrl(id))).body.status).toBe('accepted');
    });

    it('records routing’s withdrawal, then refuses every decision with 409 ASSIGNMENT.WITHDRAWN', async () => {
      const request = requestedAssignment({ agencyType: sut.agencyType, agencyId: newAgencyId() });
      const id = request.data.assignmentId;
      await receive(request);

      const withdrawal = await withdraw(request, 'acceptance-overdue');

      const view = await http<AssignmentView>('GET', assignmentUrl(id));
      expect(view.body).toMatchObject({ status: 'withdrawn', decision: null, withdrawal: { reason: 'acceptance-overdue', withdrawnAt: withdrawal.data.withdrawnAt } });
      const refusals = [
        await http<ErrorBody>('POST', assignmentUrl(id, '/accept'), { decidedBy: 'officer-li' }),
        await http<ErrorBody>('POST', assignmentUrl(id, '/reject'), { decidedBy: 'officer-li', reason: 'duplicate' }),
        await http<ErrorBody>('POST', assignmentUrl(id, '/start'), { decidedBy: 'officer-li' }),
        await http<ErrorBody>('POST', assignmentUrl(id, '/complete'), { decidedBy: 'officer-li', outcome: 'resolved', result: '已解决' }),
      ];
      for (const response of refusals) expectConflict(response, 'ASSIGNMENT.WITHDRAWN');
      expect(await outboxTypes(id)).toEqual(['assignment.received.v1']);
      expect((await http<AssignmentPage>('GET', inboxUrl(request.data.agency.agencyId, '?status=withdrawn'))).body.items.map((item) => item.assignmentId)).toEqual([id]);
    });

    it('withdraws an accepted assignment and keeps its decision, but leaves a rejected one rejected', async () => {
      const accepted = await acceptedAssignment();
      const rejected = requestedAssignment({ agencyType: sut.agencyType, agencyId: newAgencyId() });
      await receive(rejected);
      expect((await http('POST', assignmentUrl(rejected.data.assignmentId, '/reject'), { decidedBy: 'officer-li', reason: 'duplicate' })).status).toBe(200);

      await withdraw(accepted, 'ticket-closed');
      await withdraw(rejected, 'ticket-closed');

      expect((await http<AssignmentView>('GET', assignmentUrl(accepted.data.assignmentId))).body).toMatchObject({
        status: 'withdrawn',
        decision: { decidedBy: 'officer-li', reason: null },
        withdrawal: { reason: 'ticket-closed' },
      });
      expect((await http<AssignmentView>('GET', assignmentUrl(rejected.data.assignmentId))).body).toMatchObject({ status: 'rejected', withdrawal: null });
    });

    it('lands a request withdrawn when its withdrawal came first, and reports no receipt', async () => {
      const request = requestedAssignment({ agencyType: sut.agencyType, agencyId: newAgencyId() });
      const id = request.data.assignmentId;

      // Unknown here yet: handled quietly (it may be the other kind of body's), and remembered.
      const withdrawal = await withdraw(request, 'ticket-merged');
      expect((await http('GET', assignmentUrl(id))).status).toBe(404);
      await probe.publishEvent(TOPICS.assignments, request);
      await handled(request.id);

      expect((await http<AssignmentView>('GET', assignmentUrl(id))).body).toMatchObject({
        status: 'withdrawn',
        decision: null,
        withdrawal: { reason: 'ticket-merged', withdrawnAt: withdrawal.data.withdrawnAt },
      });
      expectConflict(await http<ErrorBody>('POST', assignmentUrl(id, '/accept'), { decidedBy: 'officer-li' }), 'ASSIGNMENT.WITHDRAWN');
      expect(await outboxTypes(id)).toEqual([]);
      await settle();
      expect(eventsOf('assignment.received.v1', id)).toEqual([]);
      expect(probe.messages.filter((message) => message.topic === TOPICS.deadLetters && message.key === id)).toEqual([]);
    });

    it('documents its routes in OpenAPI', async () => {
      const document = await http<{ paths: Record<string, Record<string, unknown>> }>('GET', `${svc.url}/docs-json`);

      expect(document.status).toBe(200);
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

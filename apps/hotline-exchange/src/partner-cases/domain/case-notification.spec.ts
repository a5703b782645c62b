import { describe, expect, it } from '@jest/globals';
import { createEvent, parseEvent, type EventData, type EventType, type PlatformEvent } from '@legal-hotline/contracts';
import type { DeliveryPolicy } from '../../partner-transfers/domain/delivery-schedule.js';
import {
  attemptable,
  caseNotificationOf,
  caseStatusChangedOf,
  recordNotificationAttempt,
  type CaseNotification,
  type NewCaseNotification,
  type NotificationOutcome,
  type NotificationSlot,
  type RecordNotificationAttempt,
} from './case-notification.js';
import { evolvePartnerCaseView, partnerCaseFactOf, receivedView, type PartnerCaseView } from './partner-case-view.js';

const ticketId = '7d5b8a9e-2c1f-4f7a-9a63-1d2e3f4a5b6c';
const now = new Date('2026-11-23T02:15:00.000Z');
const policy: DeliveryPolicy = { backoffBaseMs: 1_000, backoffMaxMs: 300_000, alertRepeatMs: 600_000 };
const secondsLater = (seconds: number) => new Date(now.getTime() + seconds * 1000);

let ids = 0;
const newId = () => `00000000-0000-4000-8000-${String((ids += 1)).padStart(12, '0')}`;

const aChange = (overrides: Partial<NewCaseNotification> = {}): NewCaseNotification => ({
  ticketId,
  partner: '110',
  view: { ticketNumber: '12348-20261123-000042', currentHandler: { name: '南海区法律援助中心', agencyType: 'legal-aid-centre' } },
  update: { at: new Date('2026-11-23T02:14:00.000Z'), status: 'accepted', note: 'Accepted by 南海区法律援助中心' },
  lastSequence: 2,
  earlierDelivered: true,
  feedPosition: '17',
  messageId: '5f1d2c3b-4a59-4687-9a0b-1c2d3e4f5a6b',
  correlationId: 'flow-1',
  causeEventId: '9a8b7c6d-5e4f-4321-8765-43210fedcba9',
  now,
  ...overrides,
});

const attempt = (outcome: NotificationOutcome, overrides: Partial<RecordNotificationAttempt> = {}): RecordNotificationAttempt => ({
  outcome,
  now,
  policy,
  random: () => 0.5,
  caseLastAlertAt: null,
  newId,
  ...overrides,
});

const refused: NotificationOutcome = { kind: 'refused', status: 503 };

function platformEvent<T extends EventType>(type: T, data: EventData<T>): PlatformEvent {
  return createEvent({ id: newId(), type, source: 'intake', subject: ticketId, occurredAt: now, correlationId: 'flow-1', causationId: null, data }) as PlatformEvent;
}

describe(caseNotificationOf.name, () => {
  it("numbers a case's changes 1, 2, 3… after the highest so far", () => {
    expect(caseNotificationOf(aChange({ lastSequence: 0 })).sequence).toBe(1);
    expect(caseNotificationOf(aChange({ lastSequence: 1 })).sequence).toBe(2);
    expect(caseNotificationOf(aChange({ lastSequence: 41 })).sequence).toBe(42);
  });

  it('is pending and due at once when every earlier change of the case was delivered', () => {
    expect(caseNotificationOf(aChange({ earlierDelivered: true })).delivery).toEqual({
      state: 'pending',
      attempts: 0,
      nextAttemptAt: now,
      lastAttemptAt: null,
      lastError: null,
      lastAlertAt: null,
      deliveredAt: null,
    });
  });

  it('waits, with no due time, while an earlier change of the case is undelivered', () => {
    expect(caseNotificationOf(aChange({ earlierDelivered: false })).delivery).toMatchObject({ state: 'pending', nextAttemptAt: null });
  });

  it('keeps the ticket number and the handler as of the change', () => {
    const sut = caseNotificationOf(aChange({ view: { ticketNumber: null, currentHandler: null } }));
    expect(sut).toMatchObject({ ticketNumber: null, currentHandler: null, feedPosition: '17', status: 'accepted' });
  });
});

describe(caseStatusChangedOf.name, () => {
  it('writes the body partners receive and read in the feed, with the time in +08:00 and the feed cursor', () => {
    expect(caseStatusChangedOf(caseNotificationOf(aChange()), '110-FS-20261123-0099')).toEqual({
      type: 'case.status-changed',
      messageId: '5f1d2c3b-4a59-4687-9a0b-1c2d3e4f5a6b',
      ticketId,
      ticketNumber: '12348-20261123-000042',
      partnerReference: '110-FS-20261123-0099',
      sequence: 3,
      status: 'accepted',
      coarseStatus: 'open',
      currentHandler: { name: '南海区法律援助中心', agencyType: 'legal-aid-centre' },
      note: 'Accepted by 南海区法律援助中心',
      at: '2026-11-23T10:14:00.000+08:00',
      cursor: '17',
    });
  });

  it('is closed for Open311 once the case is closed or merged', () => {
    expect(caseStatusChangedOf(caseNotificationOf(aChange({ update: { at: now, status: 'merged', note: 'Merged' } })), 'r').coarseStatus).toBe('closed');
  });

  it('carries none of the personal data of the facts behind it (the answer, staff notes and names)', () => {
    const actor = { organisation: '广东省12348公共法律服务热线', agent: '林晓', organisationId: '12348-gd', agentId: 'agent-linxiao' };
    const facts = [
      platformEvent('assignment.accepted.v1', {
        assignmentId: '11111111-1111-4111-8111-111111111111',
        ticketId,
        agencyId: 'legal-aid-centre:440605',
        decidedBy: 'officer-li',
        note: '陈大明的案件，拟指派律师',
        acceptedAt: now.toISOString(),
      }),
      platformEvent('ticket.answered.v1', { ticketId, answeredBy: actor, answer: '已电话告知陈大明（13812345678）可申请劳动仲裁', answeredAt: now.toISOString() }),
      platformEvent('ticket.closed.v1', { ticketId, closedBy: actor, closedAt: now.toISOString() }),
    ];
    let view: PartnerCaseView = {
      ...receivedView(),
      status: 'awaiting-acceptance',
      currentAssignmentId: '11111111-1111-4111-8111-111111111111',
      currentHandler: { name: '南海区法律援助中心', agencyType: 'legal-aid-centre' },
    };
    const bodies = facts.map((event, index) => {
      const change = evolvePartnerCaseView(view, partnerCaseFactOf(event)!)!;
      view = change.view;
      return caseStatusChangedOf(caseNotificationOf(aChange({ view: change.view, update: change.update, lastSequence: index })), '110-FS-1');
    });

    expect(bodies.map((body) => body.status)).toEqual(['accepted', 'answered', 'closed']);
    expect(JSON.stringify(bodies)).not.toMatch(/陈大明|13812345678|劳动仲裁|林晓|agent-linxiao|officer-li/);
  });
});

describe(attemptable.name, () => {
  const slot = (ticket: string, sequence: number, changes: Partial<NotificationSlot> = {}): NotificationSlot => ({
    ticketId: ticket,
    sequence,
    state: 'pending',
    nextAttemptAt: now,
    partnerHasEndpoint: true,
    ...changes,
  });

  it('lets the first undelivered change of a case be attempted, and not the ones after it', () => {
    const first = slot('a', 1);
    const second = slot('a', 2);
    expect(attemptable([second, first], now)).toEqual([first]);
  });

  it('lets the next change go once the one before it is delivered', () => {
    const second = slot('a', 2);
    expect(attemptable([slot('a', 1, { state: 'delivered', nextAttemptAt: null }), second], now)).toEqual([second]);
  });

  it('holds the later changes while the earlier one is failing, even when they are due', () => {
    const failing = slot('a', 1, { state: 'failing', nextAttemptAt: secondsLater(60) });
    expect(attemptable([failing, slot('a', 2), slot('a', 3)], now)).toEqual([]);
  });

  it("does not let one case's failure hold up another case", () => {
    const other = slot('b', 1);
    expect(attemptable([slot('a', 1, { state: 'failing', nextAttemptAt: secondsLater(60) }), slot('a', 2), other], now)).toEqual([other]);
  });

  it('attempts nothing for a partner without an endpoint: it reads the feed until it registers one', () => {
    expect(attemptable([slot('a', 1, { partnerHasEndpoint: false })], now)).toEqual([]);
  });

  it('waits for the due time of a retry', () => {
    const retry = slot('a', 1, { state: 'failing', nextAttemptAt: secondsLater(1) });
    expect(attemptable([retry], now)).toEqual([]);
    expect(attemptable([retry], secondsLater(1))).toEqual([retry]);
  });

  it('never attempts a delivered change again', () => {
    expect(attemptable([slot('a', 1, { state: 'delivered' })], now)).toEqual([]);
  });
});

describe(recordNotificationAttempt.name, () => {
  const pending = (): CaseNotification => caseNotificationOf(aChange());

  it('delivers on a 2xx answer: final, nothing due any more, a success for the destination', () => {
    const sut = recordNotificationAttempt(pending(), attempt({ kind: 'accepted', status: 204 }));
    expect(sut.notification.delivery).toMatchObject({ state: 'delivered', attempts: 1, nextAttemptAt: null, lastAttemptAt: now, deliveredAt: now });
    expect(sut.events).toEqual([]);
    expect(sut.destination).toBe('succeeded');
  });

  it('retries a failure after the back-off, and raises a warning on the first failure of the case', () => {
    const sut = recordNotificationAttempt(pending(), attempt(refused));
    // Equal jitter: half the 1 s base, plus half of it times 0.5.
    expect(sut.notification.delivery).toMatchObject({ state: 'failing', attempts: 1, nextAttemptAt: new Date(now.getTime() + 750), lastError: 'partner answered HTTP 503', lastAlertAt: now });
    expect(sut.destination).toBe('failed');
    const [alert, ...more] = sut.events;
    expect(more).toEqual([]);
    expect(parseEvent(JSON.stringify(alert))).toMatchObject({ kind: 'event' });
    expect(alert).toMatchObject({
      type: 'supervision.alert-raised.v1',
      source: 'hotline-exchange',
      subject: ticketId,
      correlationId: 'flow-1',
      causationId: '9a8b7c6d-5e4f-4321-8765-43210fedcba9',
      data: { ticketId, kind: 'partner-delivery-failing', severity: 'warning', agencyId: null, raisedAt: now.toISOString() },
    });
    expect((alert!.data as { message: string }).message).toMatch(/Status update 3 \(accepted\) of ticket 12348-20261123-000042, forwarded by 110.*HTTP 503/);
  });

  it('raises the alert again only once the repeat interval has passed since the last one about the case', () => {
    const failing = recordNotificationAttempt(pending(), attempt(refused)).notification;
    const soon = recordNotificationAttempt(failing, attempt(refused, { now: secondsLater(60), caseLastAlertAt: now }));
    expect(soon.events).toEqual([]);
    expect(soon.notification.delivery).toMatchObject({ attempts: 2, lastAlertAt: now });

    const later = recordNotificationAttempt(soon.notification, attempt(refused, { now: secondsLater(600), caseLastAlertAt: now }));
    expect(later.events).toHaveLength(1);
    expect(later.notification.delivery.lastAlertAt).toEqual(secondsLater(600));
  });

  it("counts an alert about an earlier change of the case: alerts repeat per case, not per change", () => {
    expect(recordNotificationAttempt(pending(), attempt(refused, { caseLastAlertAt: secondsLater(-60) })).events).toEqual([]);
  });

  it('waits the longest back-off, without an alert or a counted attempt, when the endpoint went away', () => {
    const sut = recordNotificationAttempt(pending(), attempt({ kind: 'no-endpoint' }));
    expect(sut.notification.delivery).toMatchObject({
      state: 'pending',
      attempts: 0,
      nextAttemptAt: new Date(now.getTime() + policy.backoffMaxMs),
      lastAttemptAt: null,
      lastError: 'partner 110 has no registered delivery endpoint',
      lastAlertAt: null,
    });
    expect(sut.events).toEqual([]);
    expect(sut.destination).toBeNull();
  });

  it('treats an endpoint without an active signing secret as a failure that someone must fix', () => {
    const sut = recordNotificationAttempt(pending(), attempt({ kind: 'no-signing-secret' }));
    expect(sut.notification.delivery).toMatchObject({ state: 'failing', attempts: 1, lastError: expect.stringContaining('/api/v1/admin/partners/110/endpoint/secrets') });
    expect(sut.events).toHaveLength(1);
  });

  it('describes an unreachable endpoint and a redirect for people', () => {
    expect(recordNotificationAttempt(pending(), attempt({ kind: 'unreachable', error: 'connect ECONNREFUSED 127.0.0.1:9' })).notification.delivery.lastError).toBe(
      'connect ECONNREFUSED 127.0.0.1:9',
    );
    expect(recordNotificationAttempt(pending(), attempt({ kind: 'refused', status: 302 })).notification.delivery.lastError).toMatch(/redirects are not followed/);
  });

  it('refuses to record an attempt on a delivered notification', () => {
    const delivered = recordNotificationAttempt(pending(), attempt({ kind: 'accepted', status: 200 })).notification;
    expect(() => recordNotificationAttempt(delivered, attempt(refused))).toThrow(/was delivered/);
  });
});

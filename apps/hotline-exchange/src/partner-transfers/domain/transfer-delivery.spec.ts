import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEvent } from '@legal-hotline/contracts';
import {
  acceptTransfer,
  failureOf,
  outcomeOfAnswer,
  partnerReferenceOf,
  recordAttempt,
  type AttemptOutcome,
  type PartnerTransferRequested,
  type RecordAttempt,
  type TransferDelivery,
} from './transfer-delivery.js';

const goldenText = readFileSync(join(import.meta.dirname, '../../../../../libs/contracts/src/golden/partner-transfer.requested.v1.json'), 'utf8');

function aRequestedTransfer(reason: 'danger' | 'not-ours' = 'danger'): PartnerTransferRequested {
  const parsed = parseEvent(goldenText);
  if (parsed.kind !== 'event' || parsed.event.type !== 'partner-transfer.requested.v1') throw new Error('golden example does not parse');
  return { ...parsed.event, data: { ...parsed.event.data, reason } };
}

const received = new Date('2026-11-24T03:00:01.000Z');
const policy = { backoffBaseMs: 1_000, backoffMaxMs: 300_000, alertRepeatMs: 300_000 };
const later = (ms: number) => new Date(received.getTime() + ms);

function counter(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String((n += 1)).padStart(12, '0')}`;
}

const attempt = (outcome: AttemptOutcome, now: Date): RecordAttempt => ({ outcome, now, policy, random: () => 0.5, newId: counter() });
const refused503: AttemptOutcome = { kind: 'refused', status: 503 };
const accepted: AttemptOutcome = { kind: 'accepted', status: 201, partnerReference: '110-QX-0001' };

/** Plays attempts one after another, each at the given time; returns every state and event. */
function given(delivery: TransferDelivery, attempts: [AttemptOutcome, Date][]) {
  const states: TransferDelivery[] = [];
  const events = [];
  let current = delivery;
  for (const [outcome, now] of attempts) {
    const recorded = recordAttempt(current, attempt(outcome, now));
    current = recorded.delivery;
    states.push(current);
    events.push(...recorded.events);
  }
  return { delivery: current, states, events };
}

describe(acceptTransfer.name, () => {
  it('makes a pending delivery, not attempted yet and due at once, continuing the request\'s flow', () => {
    const requested = aRequestedTransfer();
    const { delivery, payload } = acceptTransfer(requested, received);
    expect(delivery).toMatchObject({
      transferId: requested.data.transferId,
      ticketId: requested.data.ticketId,
      partner: '110',
      reason: 'danger',
      state: 'pending',
      attempts: 0,
      nextAttemptAt: received,
      correlationId: requested.correlationId,
      requestedEventId: requested.id,
    });
    expect(payload.messageId).toBe(requested.data.transferId);
  });
});

describe(recordAttempt.name, () => {
  const pending = () => acceptTransfer(aRequestedTransfer(), received).delivery;

  it('pending → delivered on a 2xx answer, with the partner reference and the attempts, and nothing left to do', () => {
    const { delivery, events } = given(pending(), [[accepted, later(200)]]);
    expect(delivery).toMatchObject({ state: 'delivered', attempts: 1, nextAttemptAt: null, deliveredAt: later(200), partnerReference: '110-QX-0001' });
    expect(events).toEqual([
      expect.objectContaining({
        type: 'partner-transfer.delivered.v1',
        source: 'hotline-exchange',
        subject: delivery.transferId,
        correlationId: delivery.correlationId,
        causationId: delivery.requestedEventId,
        data: expect.objectContaining({ partnerReference: '110-QX-0001', attempts: 1, deliveredAt: later(200).toISOString() }),
      }),
    ]);
  });

  it('pending → failing on a failure: counts the attempt, schedules the next after the back-off, and raises a critical alert for a danger transfer', () => {
    const { delivery, events } = given(pending(), [[refused503, later(100)]]);
    // random 0.5 → three quarters of the 1 s ceiling.
    expect(delivery).toMatchObject({ state: 'failing', attempts: 1, nextAttemptAt: later(850), lastError: 'partner answered HTTP 503', lastAlertAt: later(100) });
    expect(events.map((e) => e.type)).toEqual(['partner-transfer.delivery-failed.v1', 'supervision.alert-raised.v1']);
    expect(events[0]).toMatchObject({ subject: delivery.transferId, data: { attempts: 1, error: 'partner answered HTTP 503', nextAttemptAt: later(850).toISOString(), failedAt: later(100).toISOString() } });
    expect(events[1]).toMatchObject({
      subject: delivery.ticketId,
      causationId: delivery.requestedEventId,
      data: { ticketId: delivery.ticketId, kind: 'partner-delivery-failing', severity: 'critical', agencyId: null },
    });
    expect(events[1]!.data).toHaveProperty('message', expect.stringContaining('12348-20261123-000042'));
  });

  it('raises a warning, not a critical alert, for a transfer that is not about danger', () => {
    const { events } = given(acceptTransfer(aRequestedTransfer('not-ours'), received).delivery, [[refused503, later(0)]]);
    expect(events[1]).toMatchObject({ type: 'supervision.alert-raised.v1', data: { severity: 'warning' } });
  });

  it('failing → failing: later attempts wait longer, and the alert repeats only once the repeat interval has passed', () => {
    const { states, events } = given(pending(), [
      [refused503, later(0)],
      [{ kind: 'unreachable', error: 'connect ECONNREFUSED 127.0.0.1:4110' }, later(60_000)],
      [{ kind: 'no-endpoint' }, later(299_999)],
      [refused503, later(300_000)],
      [refused503, later(420_000)],
    ]);
    const waits = states.map((s) => s.nextAttemptAt!.getTime() - s.lastAttemptAt!.getTime());
    expect(waits).toEqual([750, 1_500, 3_000, 6_000, 12_000]);
    expect(states.map((s) => s.attempts)).toEqual([1, 2, 3, 4, 5]);
    expect(states.every((s) => s.state === 'failing')).toBe(true);
    const alerts = events.filter((e) => e.type === 'supervision.alert-raised.v1');
    expect(alerts.map((a) => a.occurredAt)).toEqual([later(0).toISOString(), later(300_000).toISOString()]);
    expect(events.filter((e) => e.type === 'partner-transfer.delivery-failed.v1')).toHaveLength(5);
  });

  it('failing → delivered: the attempt count includes the failed ones, and no alert follows', () => {
    const { delivery, events } = given(pending(), [
      [refused503, later(0)],
      [refused503, later(1_000)],
      [accepted, later(3_000)],
    ]);
    expect(delivery).toMatchObject({ state: 'delivered', attempts: 3, nextAttemptAt: null });
    expect(events.at(-1)).toMatchObject({ type: 'partner-transfer.delivered.v1', data: { attempts: 3 } });
    expect(events.filter((e) => e.type === 'supervision.alert-raised.v1')).toHaveLength(1);
  });

  it('delivered is final: another attempt is refused', () => {
    const { delivery } = given(pending(), [[accepted, later(0)]]);
    expect(() => recordAttempt(delivery, attempt(accepted, later(1)))).toThrow(expect.objectContaining({ code: 'TRANSFER.ALREADY_DELIVERED', kind: 'conflict' }));
  });

  it('cuts an overlong error to what the contract allows', () => {
    const { delivery, events } = given(pending(), [[{ kind: 'unreachable', error: 'x'.repeat(5_000) }, later(0)]]);
    expect(delivery.lastError).toHaveLength(1_000);
    expect(events[0]).toMatchObject({ type: 'partner-transfer.delivery-failed.v1' });
  });
});

describe(failureOf.name, () => {
  it('says the partner has no endpoint yet', () => {
    expect(failureOf({ kind: 'no-endpoint' }, '12355')).toBe('partner 12355 has no registered delivery endpoint');
  });

  it('says the partner has no signing secret, and how to issue one', () => {
    expect(failureOf({ kind: 'no-signing-secret' }, '110')).toMatch(/110 has no active delivery signing secret: issue one \(POST \/api\/v1\/admin\/partners\/110\/endpoint\/secrets\)/);
  });

  it.each([[503], [500], [408], [429]])('reports HTTP %s as a plain failure', (status) => {
    expect(failureOf({ kind: 'refused', status }, '110')).toBe(`partner answered HTTP ${status}`);
  });

  it.each([[400], [401], [404], [422]])('notes that HTTP %s is a client error, retried all the same', (status) => {
    expect(failureOf({ kind: 'refused', status }, '110')).toMatch(new RegExp(`HTTP ${status}, a client error.*retried`));
  });

  it('says redirects are not followed', () => {
    expect(failureOf({ kind: 'refused', status: 302 }, '110')).toMatch(/redirects are not followed/);
  });
});

describe(outcomeOfAnswer.name, () => {
  it('takes any 2xx as delivered', () => {
    expect(outcomeOfAnswer(200, '')).toEqual({ kind: 'accepted', status: 200, partnerReference: null });
    expect(outcomeOfAnswer(202, '{"partnerReference":"110-QX-0001"}')).toEqual({ kind: 'accepted', status: 202, partnerReference: '110-QX-0001' });
  });

  it.each([[199], [302], [409], [503]])('takes %s as refused', (status) => {
    expect(outcomeOfAnswer(status, '')).toEqual({ kind: 'refused', status });
  });
});

describe(partnerReferenceOf.name, () => {
  it.each([
    ['partnerReference', '{"partnerReference":"110-QX-0001"}', '110-QX-0001'],
    ["Open311's service_request_id", '{"service_request_id":"638344"}', '638344'],
    ['an Open311 answer list', '[{"service_request_id":"638344","service_notice":"received"}]', '638344'],
  ])('reads %s', (_, body, reference) => {
    expect(partnerReferenceOf(body)).toBe(reference);
  });

  it.each([
    ['an empty body', ''],
    ['text', 'OK'],
    ['JSON without a reference', '{"status":"ok"}'],
    ['a reference that is no string', '{"partnerReference":42}'],
    ['a reference too long to keep whole', `{"partnerReference":"${'x'.repeat(101)}"}`],
  ])('finds none in %s', (_, body) => {
    expect(partnerReferenceOf(body)).toBeNull();
  });
});

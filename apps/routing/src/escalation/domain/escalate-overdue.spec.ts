import { describe, expect, it } from '@jest/globals';
import { EVENT_CATALOG } from '@legal-hotline/contracts';
import { startAcceptanceClock, type AcceptanceClock } from '../../assignments/domain/acceptance-clock.js';
import type { TrackedAssignment } from '../../assignments/domain/assignment.js';
import { escalateOverdue, ESCALATION_POLICIES, type EscalationPolicy } from './escalate-overdue.js';

const REQUESTED_AT = new Date('2026-11-23T02:15:01.000Z');
const DUE_AT = new Date('2026-11-23T06:15:01.000Z');
const AFTER = new Date('2026-11-23T06:15:02.000Z');
const IDS = {
  overdueEventId: '11111111-1111-4111-8111-111111111108',
  alertEventId: '11111111-1111-4111-8111-111111111115',
  alertId: '33333333-3333-4333-8333-333333333301',
  withdrawnEventId: '11111111-1111-4111-8111-111111111109',
};
const CAUSE = { correlationId: 'c0a8e1f2-3b4c-4d5e-8f60-718293a4b5c6', causationId: null };
const CONTEXT = { ticketNumber: '12348-20261123-000042', timeZone: 'Asia/Shanghai' };

const assignment = (overrides: Partial<TrackedAssignment> = {}): TrackedAssignment => ({
  id: '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f',
  ticketId: '7d5b8a9e-2c1f-4f7a-9a63-1d2e3f4a5b6c',
  agencyId: 'legal-aid-centre:440605',
  agencyName: '南海区法律援助中心',
  routedOnRegionCode: '440605011',
  priority: 'green-channel',
  acceptanceRule: 'acceptance.green-channel',
  status: 'requested',
  rejectionReason: null,
  rejectionNote: null,
  withdrawalReason: null,
  requestedAt: REQUESTED_AT,
  acceptanceDeadline: DUE_AT,
  decidedAt: null,
  withdrawnAt: null,
  ...overrides,
});
const clock = (overrides: Partial<AcceptanceClock> = {}): AcceptanceClock => ({ ...startAcceptanceClock(assignment()), ...overrides });

describe(escalateOverdue.name, () => {
  it.each<{ policy: EscalationPolicy; events: string[]; status: string; stopped: boolean; reRoutes: boolean }>([
    {
      policy: 're-route',
      events: ['assignment.overdue.v1', 'supervision.alert-raised.v1', 'assignment.withdrawn.v1'],
      status: 'withdrawn',
      stopped: true,
      reRoutes: true,
    },
    { policy: 'alert-only', events: ['assignment.overdue.v1', 'supervision.alert-raised.v1'], status: 'requested', stopped: false, reRoutes: false },
  ])('under $policy: fires once, alerts, and withdraws: $reRoutes', ({ policy, events, status, stopped, reRoutes }) => {
    const outcome = escalateOverdue(clock(), assignment(), policy, AFTER, CONTEXT, IDS, CAUSE);
    if (outcome.kind !== 'escalated') throw new Error(`expected an escalation, got ${outcome.kind}`);

    expect(outcome.events.map((e) => e.type)).toEqual(events);
    for (const event of outcome.events) expect(() => EVENT_CATALOG[event.type].schema.parse(event.data)).not.toThrow();
    expect(outcome.clock).toMatchObject({ firedAt: AFTER, overdueAction: policy, stoppedAt: stopped ? AFTER : null });
    expect(outcome.assignment.status).toBe(status);
    expect(outcome.reRouteAfter !== null).toBe(reRoutes);
    // A fired clock is never due again.
    expect(escalateOverdue(outcome.clock, outcome.assignment, policy, new Date(AFTER.getTime() + 60_000), CONTEXT, IDS, CAUSE)).toEqual({
      kind: 'not-due',
    });
  });

  it('states the overdue fact, the alert and the withdrawal', () => {
    const outcome = escalateOverdue(clock(), assignment(), 're-route', AFTER, CONTEXT, IDS, CAUSE);
    if (outcome.kind !== 'escalated') throw new Error('expected an escalation');
    const [overdue, alert, withdrawn] = outcome.events;
    expect(overdue).toMatchObject({
      id: IDS.overdueEventId,
      subject: assignment().id,
      ...CAUSE,
      data: { acceptanceDeadline: DUE_AT.toISOString(), action: 're-route', overdueAt: AFTER.toISOString(), agencyId: 'legal-aid-centre:440605' },
    });
    expect(alert).toMatchObject({
      subject: assignment().ticketId,
      causationId: IDS.overdueEventId,
      data: {
        alertId: IDS.alertId,
        kind: 'acceptance-overdue',
        severity: 'warning',
        agencyId: 'legal-aid-centre:440605',
        message:
          '南海区法律援助中心 has not accepted ticket 12348-20261123-000042 by its deadline 2026-11-23 14:15 Asia/Shanghai (acceptance.green-channel); withdrawn and routed to the next body',
      },
    });
    expect(withdrawn).toMatchObject({ causationId: IDS.overdueEventId, data: { reason: 'acceptance-overdue', withdrawnAt: AFTER.toISOString() } });
    expect(outcome.reRouteAfter).toEqual({ kind: 'overdue', agencyId: 'legal-aid-centre:440605', agencyName: '南海区法律援助中心', dueAt: DUE_AT });
  });

  it('raises a critical alert for an urgent matter', () => {
    const outcome = escalateOverdue(clock(), assignment({ priority: 'urgent' }), 'alert-only', AFTER, CONTEXT, IDS, CAUSE);
    expect(outcome.kind === 'escalated' && outcome.events[1]).toMatchObject({ data: { severity: 'critical' } });
  });

  it.each<[string, Partial<AcceptanceClock>, Date]>([
    ['before the deadline', {}, new Date(DUE_AT.getTime() - 1)],
    ['while paused', { pausedAt: REQUESTED_AT, pauseReason: 'waiting for materials' }, AFTER],
    ['once stopped', { stoppedAt: REQUESTED_AT, stopReason: 'accepted' }, AFTER],
    ['once fired', { firedAt: DUE_AT, overdueAction: 'alert-only' }, AFTER],
  ])('does nothing %s', (_case, state, now) => {
    for (const policy of ESCALATION_POLICIES) {
      expect(escalateOverdue(clock(state), assignment(), policy, now, CONTEXT, IDS, CAUSE)).toEqual({ kind: 'not-due' });
    }
  });

  it('stops quietly a clock whose assignment was decided already', () => {
    expect(escalateOverdue(clock(), assignment({ status: 'accepted' }), 're-route', AFTER, CONTEXT, IDS, CAUSE)).toEqual({
      kind: 'stale',
      clock: clock({ stoppedAt: AFTER, stopReason: 'withdrawn' }),
    });
  });
});

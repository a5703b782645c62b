import { createEvent, type PlatformEvent } from '@legal-hotline/contracts';
import {
  isDueToFire,
  stopAcceptanceClock,
  type AcceptanceClock,
  type OverdueAction,
} from '../../assignments/domain/acceptance-clock.js';
import { withdrawAssignment, type TrackedAssignment } from '../../assignments/domain/assignment.js';
import { localDateTime } from '../../routing/domain/acceptance-deadline.js';
import type { HandOffEnd, RoutingCause } from '../../routing/domain/route-ticket.js';

/**
 * ESCALATION_POLICY, what happens when a body lets the acceptance deadline pass:
 * - `re-route` (default): alert the supervisor, withdraw the assignment and route the ticket
 *   to the next candidate, never that body again; the new hand-off counts as a hop;
 * - `alert-only`: alert the supervisor and leave the assignment with the body.
 */
export const ESCALATION_POLICIES = ['re-route', 'alert-only'] as const satisfies readonly OverdueAction[];
export type EscalationPolicy = (typeof ESCALATION_POLICIES)[number];

export interface OverdueIds {
  overdueEventId: string;
  alertEventId: string;
  alertId: string;
  withdrawnEventId: string;
}

export interface OverdueContext {
  /** Shown in the alert, e.g. "12348-20261123-000042"; null when routing holds no copy of the ticket. */
  ticketNumber: string | null;
  /** Time zone of the alert's local time (the business calendar's). */
  timeZone: string;
}

export type OverdueOutcome =
  /** Nothing to fire: not due, paused, fired or stopped already (another instance was first). */
  | { kind: 'not-due' }
  /** The clock ran on although the assignment was decided or withdrawn: stop it quietly. */
  | { kind: 'stale'; clock: AcceptanceClock }
  | {
      kind: 'escalated';
      clock: AcceptanceClock;
      assignment: TrackedAssignment;
      events: PlatformEvent[];
      /** Set under `re-route`: the hand-off that ended, for re-routing the ticket. */
      reRouteAfter: HandOffEnd | null;
    };

/**
 * Fires an acceptance clock that fell due: marks it fired (once: a fired clock is never due
 * again), emits `assignment.overdue.v1` and a `supervision.alert-raised.v1`
 * (acceptance-overdue; critical for an urgent matter), then applies the policy.
 */
export function escalateOverdue(
  clock: AcceptanceClock,
  assignment: TrackedAssignment,
  policy: EscalationPolicy,
  now: Date,
  context: OverdueContext,
  ids: OverdueIds,
  cause: RoutingCause,
): OverdueOutcome {
  if (!isDueToFire(clock, now)) return { kind: 'not-due' };
  if (assignment.status !== 'requested') {
    return { kind: 'stale', clock: stopAcceptanceClock(clock, now, 'withdrawn') ?? clock };
  }

  const fired: AcceptanceClock = { ...clock, firedAt: now, overdueAction: policy };
  const due = `${localDateTime(clock.dueAt, context.timeZone)} ${context.timeZone}`;
  const ticket = context.ticketNumber ? `ticket ${context.ticketNumber}` : `ticket ${assignment.ticketId}`;
  const next = policy === 're-route' ? 'withdrawn and routed to the next body' : 'left with the body (alert-only)';
  const events: PlatformEvent[] = [
    createEvent({
      id: ids.overdueEventId,
      type: 'assignment.overdue.v1',
      source: 'routing',
      subject: assignment.id,
      occurredAt: now,
      ...cause,
      data: {
        assignmentId: assignment.id,
        ticketId: assignment.ticketId,
        agencyId: assignment.agencyId,
        acceptanceDeadline: clock.dueAt.toISOString(),
        action: policy,
        overdueAt: now.toISOString(),
      },
    }),
    createEvent({
      id: ids.alertEventId,
      type: 'supervision.alert-raised.v1',
      source: 'routing',
      subject: assignment.ticketId,
      occurredAt: now,
      // The alert follows from the overdue fact.
      correlationId: cause.correlationId,
      causationId: ids.overdueEventId,
      data: {
        alertId: ids.alertId,
        ticketId: assignment.ticketId,
        kind: 'acceptance-overdue',
        severity: assignment.priority === 'urgent' ? 'critical' : 'warning',
        message:
          `${assignment.agencyName} has not accepted ${ticket} by its deadline ${due}` +
          `${assignment.acceptanceRule ? ` (${assignment.acceptanceRule})` : ''}; ${next}`,
        agencyId: assignment.agencyId,
        raisedAt: now.toISOString(),
      },
    }),
  ];

  switch (policy) {
    case 'alert-only':
      return { kind: 'escalated', clock: fired, assignment, events, reRouteAfter: null };
    case 're-route': {
      // Requested was checked above, so the withdrawal always applies.
      const withdrawn = withdrawAssignment(assignment, 'acceptance-overdue', now) ?? assignment;
      events.push(
        createEvent({
          id: ids.withdrawnEventId,
          type: 'assignment.withdrawn.v1',
          source: 'routing',
          subject: assignment.id,
          occurredAt: now,
          correlationId: cause.correlationId,
          causationId: ids.overdueEventId,
          data: {
            assignmentId: assignment.id,
            ticketId: assignment.ticketId,
            agencyId: assignment.agencyId,
            reason: 'acceptance-overdue',
            withdrawnAt: now.toISOString(),
          },
        }),
      );
      return {
        kind: 'escalated',
        clock: stopAcceptanceClock(fired, now, 'withdrawn') ?? fired,
        assignment: withdrawn,
        events,
        reRouteAfter: { kind: 'overdue', agencyId: assignment.agencyId, agencyName: assignment.agencyName, dueAt: clock.dueAt },
      };
    }
  }
}

import { createEvent, type PlatformEvent } from '@legal-hotline/contracts';
import { pauseAcceptanceClock, resumeAcceptanceClock, type AcceptanceClock } from '../../assignments/domain/acceptance-clock.js';
import type { RoutingCause } from '../../routing/domain/route-ticket.js';

export interface AdjustedClock {
  clock: AcceptanceClock;
  events: PlatformEvent[];
}

/**
 * Pauses an assignment's acceptance clock with a reason (e.g. waiting for the applicant's
 * materials): it cannot fall due while paused. `assignment.clock-paused.v1` says so.
 * Throws a coded conflict when it is paused already, fired or stopped.
 */
export function pauseAssignmentClock(
  clock: AcceptanceClock,
  command: { reason: string; pausedBy: string },
  now: Date,
  eventId: string,
  cause: RoutingCause,
): AdjustedClock {
  const paused = pauseAcceptanceClock(clock, now, command.reason, command.pausedBy);
  return {
    clock: paused,
    events: [
      createEvent({
        id: eventId,
        type: 'assignment.clock-paused.v1',
        source: 'routing',
        subject: clock.assignmentId,
        occurredAt: now,
        ...cause,
        data: { assignmentId: clock.assignmentId, ticketId: clock.ticketId, reason: command.reason, pausedAt: now.toISOString() },
      }),
    ],
  };
}

/**
 * Runs the clock again; the deadline moves by the time it was paused, and
 * `assignment.clock-resumed.v1` carries the moved deadline. Throws a coded conflict when it is
 * running, fired or stopped.
 */
export function resumeAssignmentClock(
  clock: AcceptanceClock,
  command: { resumedBy: string },
  now: Date,
  eventId: string,
  cause: RoutingCause,
): AdjustedClock {
  const resumed = resumeAcceptanceClock(clock, now, command.resumedBy);
  return {
    clock: resumed,
    events: [
      createEvent({
        id: eventId,
        type: 'assignment.clock-resumed.v1',
        source: 'routing',
        subject: clock.assignmentId,
        occurredAt: now,
        ...cause,
        data: {
          assignmentId: clock.assignmentId,
          ticketId: clock.ticketId,
          acceptanceDeadline: resumed.dueAt.toISOString(),
          resumedAt: now.toISOString(),
        },
      }),
    ],
  };
}

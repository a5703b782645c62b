import { createEvent, type PlatformEvent } from '@legal-hotline/contracts';
import { stopAcceptanceClock, type AcceptanceClock } from '../../assignments/domain/acceptance-clock.js';
import { withdrawAssignment, type TrackedAssignment } from '../../assignments/domain/assignment.js';
import type { RoutingCause } from './route-ticket.js';

/** The owner ended the ticket: closed it (办结) or merged it into another. */
export type TicketEnd = { kind: 'closed' } | { kind: 'merged'; intoTicketId: string };

export interface EndedRouting {
  /** The assignments withdrawn (each was still awaiting acceptance). */
  withdrawn: TrackedAssignment[];
  /** Their clocks, stopped. */
  clocks: AcceptanceClock[];
  /** `assignment.withdrawn.v1` for each. */
  events: PlatformEvent[];
}

/**
 * The ticket is closed or merged, so no body needs to take it any more: every assignment still
 * awaiting acceptance is withdrawn (ticket-closed / ticket-merged) and its clock stopped.
 * Accepted work stays with its body: the owner ended the ticket knowing about it.
 */
export function endTicketRouting(
  end: TicketEnd,
  handOffs: readonly TrackedAssignment[],
  clocks: readonly AcceptanceClock[],
  now: Date,
  newId: () => string,
  cause: RoutingCause,
): EndedRouting {
  const reason = end.kind === 'closed' ? 'ticket-closed' : 'ticket-merged';
  const result: EndedRouting = { withdrawn: [], clocks: [], events: [] };
  for (const handOff of handOffs) {
    const withdrawn = withdrawAssignment(handOff, reason, now);
    if (!withdrawn) continue;
    result.withdrawn.push(withdrawn);
    const clock = clocks.find((c) => c.assignmentId === handOff.id);
    const stopped = clock ? stopAcceptanceClock(clock, now, 'withdrawn') : null;
    if (stopped) result.clocks.push(stopped);
    result.events.push(
      createEvent({
        id: newId(),
        type: 'assignment.withdrawn.v1',
        source: 'routing',
        subject: withdrawn.id,
        occurredAt: now,
        ...cause,
        data: {
          assignmentId: withdrawn.id,
          ticketId: withdrawn.ticketId,
          agencyId: withdrawn.agencyId,
          reason,
          withdrawnAt: now.toISOString(),
        },
      }),
    );
  }
  return result;
}

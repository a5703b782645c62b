import { createEvent, type RoutingExplanation, type RoutingReturnedToOwnerV1 } from '@legal-hotline/contracts';
import type { TrackedAssignment } from '../../assignments/domain/assignment.js';
import {
  assigned,
  chooseFor,
  type HandOffEnd,
  type RoutedTicket,
  type RoutingCause,
  type RoutingContext,
  type RoutingIds,
  type TicketToRoute,
} from './route-ticket.js';
import { suggestDestination, type SuggestedDestination } from './suggest-destination.js';

export type ReturnWhy = RoutingReturnedToOwnerV1['why'];

/** Ids a re-route may need: a bounce-back emits two events. */
export interface ReRouteIds extends RoutingIds {
  alertEventId: string;
  alertId: string;
}

export type ReRouteContext = Omit<RoutingContext, 'excludedAgencyIds' | 'timedOutAgencyIds' | 'reRoute'> & {
  /** ROUTING_MAX_HOPS: hand-offs a ticket may have before it goes back to its owner. */
  maxHops: number;
};

export interface ReRoutedTicket extends RoutedTicket {
  /** `returned-to-owner` when routing gave up on the ticket. */
  ticketState: 'open' | 'returned-to-owner';
}

/** Hop limit: another hand-off is allowed while fewer than `maxHops` were made. */
export function mayHandOffAgain(handOffs: number, maxHops: number): boolean {
  return handOffs < maxHops;
}

/**
 * Bodies never to be offered the ticket again: those that rejected it, and those whose
 * assignment was withdrawn because they let the acceptance deadline pass. Closing or merging
 * withdraws too, but says nothing against the body.
 */
export function exclusionsOf(handOffs: readonly TrackedAssignment[]): { rejected: string[]; timedOut: string[] } {
  const ids = (keep: (a: TrackedAssignment) => boolean) => [...new Set(handOffs.filter(keep).map((a) => a.agencyId))].sort();
  return {
    rejected: ids((a) => a.status === 'rejected'),
    timedOut: ids((a) => a.status === 'withdrawn' && a.withdrawalReason === 'acceptance-overdue'),
  };
}

/** Every hand-off that ended without acceptance, oldest first, as `routing.returned-to-owner.v1` lists them. */
export function unacceptedHandOffs(handOffs: readonly TrackedAssignment[]): RoutingReturnedToOwnerV1['rejections'] {
  return [...handOffs]
    .sort((a, b) => a.requestedAt.getTime() - b.requestedAt.getTime())
    .flatMap<RoutingReturnedToOwnerV1['rejections'][number]>((a) => {
      if (a.status === 'rejected' && a.rejectionReason) {
        return [{ agencyId: a.agencyId, agencyName: a.agencyName, reason: a.rejectionReason, note: a.rejectionNote }];
      }
      if (a.status === 'withdrawn' && a.withdrawalReason === 'acceptance-overdue') {
        return [
          {
            agencyId: a.agencyId,
            agencyName: a.agencyName,
            reason: 'acceptance-overdue',
            note: `no answer by the acceptance deadline ${a.acceptanceDeadline.toISOString()}`,
          },
        ];
      }
      return [];
    });
}

/**
 * Passes a ticket on after a hand-off ended unaccepted (`after`: a rejection, or an overdue
 * assignment withdrawn). `handOffs` are every assignment routing made for the ticket, the ended
 * one included.
 *
 * - Never a body that rejected the ticket or let it go overdue, so a ticket never loops back.
 * - After ROUTING_MAX_HOPS hand-offs (`hop-limit-reached`), or when no body is left
 *   (`no-candidate-left`), the ticket goes back to its first-contact owner with every rejection,
 *   the hop count and a suggested destination (suggestDestination), and a supervisor is alerted.
 * - Otherwise the next candidate gets an assignment whose explanation says which body rejected
 *   (or missed) the ticket and why.
 */
export function reRouteTicket(
  ticket: TicketToRoute,
  handOffs: readonly TrackedAssignment[],
  after: HandOffEnd,
  context: ReRouteContext,
  now: Date,
  ids: ReRouteIds,
  cause: RoutingCause,
): ReRoutedTicket {
  const { rejected, timedOut } = exclusionsOf(handOffs);
  const routing: RoutingContext = {
    ...context,
    excludedAgencyIds: rejected,
    timedOutAgencyIds: timedOut,
    reRoute: { after, handOff: handOffs.length + 1, maxHops: context.maxHops },
  };
  const choice = chooseFor(ticket, routing, now);
  if (!mayHandOffAgain(handOffs.length, context.maxHops)) {
    return returnToOwner('hop-limit-reached', ticket, handOffs, choice, context, now, ids, cause);
  }
  if (choice.outcome === 'no-destination') {
    return returnToOwner('no-candidate-left', ticket, handOffs, choice, context, now, ids, cause);
  }
  return { ...assigned(ticket, choice, routing, now, ids, cause), ticketState: 'open' };
}

function returnToOwner(
  why: ReturnWhy,
  ticket: TicketToRoute,
  handOffs: readonly TrackedAssignment[],
  choice: ReturnType<typeof chooseFor>,
  context: ReRouteContext,
  now: Date,
  ids: ReRouteIds,
  cause: RoutingCause,
): ReRoutedTicket {
  const rejections = unacceptedHandOffs(handOffs);
  const suggestion = suggestDestination({
    rejections,
    nextCandidate: choice.outcome === 'assigned' ? choice.agency : null,
    matter: ticket,
  });
  const explanation: RoutingExplanation = {
    ...choice.explanation,
    rule: `bounce-back.${why}`,
    reason: describeBounceBack(why, handOffs.length, context.maxHops, rejections, suggestion, choice.explanation.reason),
  };
  return bounceBack(ticket.ticketId, ticket.ticketNumber, why, handOffs.length, rejections, suggestion, explanation, now, ids, cause);
}

/**
 * A ticket routed before routing kept copies of tickets cannot be passed on (its request type,
 * category and region are unknown here): it goes back to its owner with what is known, the
 * hand-offs and their rejections. `handOffs` holds at least the one that just ended.
 */
export function returnWithoutTicketCopy(
  ticketId: string,
  handOffs: readonly TrackedAssignment[],
  now: Date,
  ids: ReRouteIds,
  cause: RoutingCause,
): ReRoutedTicket {
  const last = handOffs.at(-1);
  if (!last) throw new Error(`ticket ${ticketId} has no hand-off to return from`);
  const rejections = unacceptedHandOffs(handOffs);
  const explanation: RoutingExplanation = {
    rule: 'bounce-back.ticket-not-kept',
    fallbackLevel: 0,
    // The region of the last decision, or the seat of the last body (agency ids are "<type>:<seat region>").
    routedOnRegionCode: last.routedOnRegionCode ?? last.agencyId.slice(last.agencyId.indexOf(':') + 1),
    reason: describeBounceBack(
      'no-candidate-left',
      handOffs.length,
      null,
      rejections,
      null,
      'routing holds no copy of this ticket (it was routed before routing kept them), so it cannot pass it on',
    ),
    candidatesConsidered: [],
  };
  return bounceBack(ticketId, null, 'no-candidate-left', handOffs.length, rejections, null, explanation, now, ids, cause);
}

function bounceBack(
  ticketId: string,
  ticketNumber: string | null,
  why: ReturnWhy,
  hops: number,
  rejections: RoutingReturnedToOwnerV1['rejections'],
  suggestion: SuggestedDestination | null,
  explanation: RoutingExplanation,
  now: Date,
  ids: ReRouteIds,
  cause: RoutingCause,
): ReRoutedTicket {
  const message =
    `Ticket ${ticketNumber ?? ticketId} went back to its first-contact owner after ${hops} hand-off${hops === 1 ? '' : 's'} ` +
    `(${why}): ${rejections.map((r) => `${r.agencyName} ${r.reason}`).join(', ') || 'no body took it'}` +
    (suggestion ? `; suggested: ${suggestion.name}` : '');
  return {
    ticketState: 'returned-to-owner',
    decision: {
      id: ids.decisionId,
      ticketId,
      outcome: 'returned-to-owner',
      agencyId: null,
      assignmentId: null,
      explanation,
      acceptance: null,
      decidedAt: now,
    },
    assignment: null,
    clock: null,
    events: [
      createEvent({
        id: ids.eventId,
        type: 'routing.returned-to-owner.v1',
        source: 'routing',
        subject: ticketId,
        occurredAt: now,
        ...cause,
        data: { ticketId, why, hops, rejections, suggestedDestination: suggestion, returnedAt: now.toISOString() },
      }),
      createEvent({
        id: ids.alertEventId,
        type: 'supervision.alert-raised.v1',
        source: 'routing',
        subject: ticketId,
        occurredAt: now,
        ...cause,
        data: {
          alertId: ids.alertId,
          ticketId,
          kind: 'returned-to-owner',
          severity: 'warning',
          message: message.slice(0, 2000),
          agencyId: null,
          raisedAt: now.toISOString(),
        },
      }),
    ],
  };
}

function describeBounceBack(
  why: ReturnWhy,
  hops: number,
  maxHops: number | null,
  rejections: RoutingReturnedToOwnerV1['rejections'],
  suggestion: SuggestedDestination | null,
  noCandidateReason: string,
): string {
  const ended = rejections
    .map((r) => `${r.agencyName} (${r.agencyId}) ${r.reason}${r.note ? ` ("${r.note}")` : ''}`)
    .join(', ');
  return [
    why === 'hop-limit-reached'
      ? `Returned to the first-contact owner: ${hops} hand-offs reached the limit of ${maxHops ?? hops}`
      : `Returned to the first-contact owner: no body is left after ${hops} hand-off${hops === 1 ? '' : 's'}`,
    ...(ended ? [`not accepted by ${ended}`] : []),
    ...(why === 'no-candidate-left' ? [noCandidateReason] : []),
    suggestion ? `suggested destination: ${suggestion.name} (${suggestion.agencyId}), ${suggestion.why}` : 'no destination to suggest',
  ].join('; ');
}

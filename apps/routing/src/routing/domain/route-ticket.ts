import {
  createEvent,
  type AssignmentRequestedV1,
  type PlatformEvent,
  type RoutingExplanation,
  type TicketFlags,
  type TicketOpenedV1,
} from '@legal-hotline/contracts';
import { provinceNumberOf } from '@legal-hotline/regions';
import type { TrackedAssignment } from '../../assignments/domain/assignment.js';
import { acceptanceDeadline } from './acceptance-deadline.js';
import { chooseDestination, type RoutingDirectory } from './choose-destination.js';

/** What routing needs of a ticket; `ticket.opened.v1` carries all of it. */
export type TicketToRoute = Pick<
  TicketOpenedV1,
  | 'ticketId'
  | 'ticketNumber'
  | 'requestType'
  | 'legalCategory'
  | 'regionCode'
  | 'matterLocation'
  | 'summary'
  | 'caller'
  | 'flags'
>;

export interface RoutingContext {
  directory: RoutingDirectory;
  /** Bodies that rejected this ticket before; they are never offered it again. */
  excludedAgencyIds: readonly string[];
  /** Provinces (2-digit numbers, "44") whose divisions this routing service holds. */
  servedProvinces: readonly string[];
}

/** Ids for what a decision creates; passed in so the decision stays a pure function. */
export interface RoutingIds {
  decisionId: string;
  assignmentId: string;
  eventId: string;
}

/** The event (or request) that caused this decision. */
export interface RoutingCause {
  correlationId: string;
  causationId: string | null;
}

/** One routing decision, kept so that anyone can see later why a ticket went where it went. */
export interface RoutingDecisionRecord {
  id: string;
  ticketId: string;
  outcome: 'assigned' | 'no-destination';
  /** The chosen body; null when none was found. */
  agencyId: string | null;
  /** The assignment created by an `assigned` decision; null otherwise. */
  assignmentId: string | null;
  explanation: RoutingExplanation;
  decidedAt: Date;
}

export interface RoutedTicket {
  decision: RoutingDecisionRecord;
  /** The new assignment, awaiting the body's acceptance; null when no body was found. */
  assignment: TrackedAssignment | null;
  /** `assignment.requested.v1`, or `routing.failed.v1` when no body was found. */
  events: PlatformEvent[];
}

/**
 * Decides where a ticket goes (chooseDestination) and states it as facts: an assignment to the
 * chosen body with its acceptance deadline and an `assignment.requested.v1` carrying what the
 * body needs (caller profile as the first-contact owner masked it), or a `routing.failed.v1`
 * that sends the ticket back to its first-contact owner with the reason.
 */
export function routeTicket(
  ticket: TicketToRoute,
  context: RoutingContext,
  now: Date,
  ids: RoutingIds,
  cause: RoutingCause,
): RoutedTicket {
  const choice = chooseDestination(
    {
      requestType: ticket.requestType,
      legalCategory: ticket.legalCategory,
      regionCode: ticket.regionCode,
      matterLocation: ticket.matterLocation,
      language: ticket.caller.language,
      excludedAgencyIds: context.excludedAgencyIds,
      needsBodyOnDuty: priorityOf(ticket.flags) === 'urgent',
    },
    context.directory,
    now,
  );

  if (choice.outcome === 'no-destination') {
    const explanation = withUnservedProvinceNote(choice.explanation, context.servedProvinces);
    return {
      decision: {
        id: ids.decisionId,
        ticketId: ticket.ticketId,
        outcome: 'no-destination',
        agencyId: null,
        assignmentId: null,
        explanation,
        decidedAt: now,
      },
      assignment: null,
      events: [
        createEvent({
          id: ids.eventId,
          type: 'routing.failed.v1',
          source: 'routing',
          subject: ticket.ticketId,
          occurredAt: now,
          ...cause,
          data: {
            ticketId: ticket.ticketId,
            // The region the decision was keyed on: for legal aid that can be where the matter
            // arose (Legal Aid Law Art. 38) rather than the ticket's own region.
            regionCode: explanation.routedOnRegionCode,
            reason: explanation.reason,
            decidedAt: now.toISOString(),
          },
        }),
      ],
    };
  }

  const { agency, explanation } = choice;
  const deadline = acceptanceDeadline(now, ticket.flags);
  return {
    decision: {
      id: ids.decisionId,
      ticketId: ticket.ticketId,
      outcome: 'assigned',
      agencyId: agency.id,
      assignmentId: ids.assignmentId,
      explanation,
      decidedAt: now,
    },
    assignment: {
      id: ids.assignmentId,
      ticketId: ticket.ticketId,
      agencyId: agency.id,
      status: 'requested',
      rejectionReason: null,
      requestedAt: now,
      acceptanceDeadline: deadline.dueAt,
      decidedAt: null,
    },
    events: [
      createEvent({
        id: ids.eventId,
        type: 'assignment.requested.v1',
        source: 'routing',
        subject: ids.assignmentId,
        occurredAt: now,
        ...cause,
        data: {
          assignmentId: ids.assignmentId,
          ticketId: ticket.ticketId,
          ticketNumber: ticket.ticketNumber,
          agency: { agencyId: agency.id, agencyType: agency.type, name: agency.name, regionCode: agency.regionCode },
          requestType: ticket.requestType,
          legalCategory: ticket.legalCategory,
          regionCode: ticket.regionCode,
          summary: ticket.summary,
          caller: ticket.caller,
          flags: ticket.flags,
          explanation,
          priority: priorityOf(ticket.flags),
          acceptanceDeadline: deadline.dueAt.toISOString(),
          requestedAt: now.toISOString(),
        },
      }),
    ],
  };
}

/**
 * How the receiving body should rank the assignment: urgent and dangerous matters (紧情要情)
 * first, then the green channel (绿色通道: migrant-worker wage claims, Legal Aid Law Art. 42(3);
 * veterans, Veterans Protection Law Art. 70).
 */
export function priorityOf(flags: TicketFlags): NonNullable<AssignmentRequestedV1['priority']> {
  if (flags.urgent || flags.dangerous === true) return 'urgent';
  if (flags.migrantWorkerWageClaim || flags.veteran) return 'green-channel';
  return 'normal';
}

/**
 * chooseDestination only says that it does not know a region. When the region lies in a
 * province this service does not hold, say so: the first-contact owner then knows the ticket
 * belongs to another province's platform rather than to a gap in this directory.
 */
function withUnservedProvinceNote(
  explanation: RoutingExplanation,
  servedProvinces: readonly string[],
): RoutingExplanation {
  const province = provinceNumberOf(explanation.routedOnRegionCode);
  const served = [...new Set(servedProvinces.map(provinceNumberOf))].sort();
  if (served.includes(province)) return explanation;
  return {
    ...explanation,
    reason:
      `${explanation.reason}; ${explanation.routedOnRegionCode} lies in province ${province}0000, outside the ` +
      `provinces this routing serves (${served.map((p) => `${p}0000`).join(', ')}): hand the ticket to that province's platform`,
  };
}

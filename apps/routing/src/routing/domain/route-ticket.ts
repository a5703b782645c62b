import type { BusinessCalendar } from '@legal-hotline/business-calendar';
import {
  createEvent,
  type PlatformEvent,
  type RejectionReason,
  type RoutingExplanation,
  type TicketOpenedV1,
} from '@legal-hotline/contracts';
import { provinceNumberOf } from '@legal-hotline/regions';
import { startAcceptanceClock, type AcceptanceClock } from '../../assignments/domain/acceptance-clock.js';
import type { TrackedAssignment } from '../../assignments/domain/assignment.js';
import type { Agency } from '../../directory/domain/agency.js';
import { acceptanceDeadline, describeDeadline, localDateTime, type AcceptanceDeadlinePolicy } from './acceptance-deadline.js';
import { chooseDestination, type RoutingDecision, type RoutingDirectory, type RoutingRequest } from './choose-destination.js';
import { priorityOf, type Priority } from './priority.js';

export { priorityOf } from './priority.js';

/** What routing needs of a ticket; `ticket.opened.v1` carries all of it, and routing keeps a copy. */
export type TicketToRoute = Pick<
  TicketOpenedV1,
  | 'ticketId'
  | 'ticketNumber'
  | 'channel'
  | 'requestType'
  | 'legalCategory'
  | 'regionCode'
  | 'matterLocation'
  | 'summary'
  | 'caller'
  | 'flags'
>;

/** The acceptance-deadline rules (ACCEPTANCE_DEADLINES) and the calendar they count on. */
export interface AcceptanceRules {
  policy: AcceptanceDeadlinePolicy;
  calendar: BusinessCalendar;
}

/** How a hand-off ended when routing passes the ticket on: the body rejected it, or never answered. */
export type HandOffEnd =
  | { kind: 'rejected'; agencyId: string; agencyName: string; reason: RejectionReason; note: string | null }
  | { kind: 'overdue'; agencyId: string; agencyName: string; dueAt: Date };

export interface RoutingContext {
  directory: RoutingDirectory;
  /** Bodies that rejected this ticket before; they are never offered it again. */
  excludedAgencyIds: readonly string[];
  /** Bodies whose assignment of this ticket was withdrawn as overdue; never offered it again either. */
  timedOutAgencyIds?: readonly string[];
  /** Provinces (2-digit numbers, "44") whose divisions this routing service holds. */
  servedProvinces: readonly string[];
  acceptance: AcceptanceRules;
  /** Set when re-routing: the hand-off that ended, and the number of the hand-off being made now. */
  reRoute?: { after: HandOffEnd; handOff: number; maxHops: number };
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

/** The acceptance deadline an `assigned` decision set, and the rule that set it. */
export interface DecisionAcceptance {
  priority: Priority;
  rule: string;
  /** ISO 8601 duration of ACCEPTANCE_DEADLINES, e.g. "P1WD". */
  duration: string;
  /** UTC ISO-8601 instant. */
  dueAt: string;
}

export type RoutingOutcome = 'assigned' | 'no-destination' | 'returned-to-owner';

/** One routing decision, kept so that anyone can see later why a ticket went where it went. */
export interface RoutingDecisionRecord {
  id: string;
  ticketId: string;
  outcome: RoutingOutcome;
  /** The chosen body; null when none was found or the ticket went back to its owner. */
  agencyId: string | null;
  /** The assignment created by an `assigned` decision; null otherwise. */
  assignmentId: string | null;
  explanation: RoutingExplanation;
  /** Null unless `assigned`. */
  acceptance: DecisionAcceptance | null;
  decidedAt: Date;
}

export interface RoutedTicket {
  decision: RoutingDecisionRecord;
  /** The new assignment, awaiting the body's acceptance; null when no body was found. */
  assignment: TrackedAssignment | null;
  /** Its acceptance clock, stored with it. */
  clock: AcceptanceClock | null;
  /** `assignment.requested.v1`, or `routing.failed.v1` when no body was found. */
  events: PlatformEvent[];
}

/**
 * Decides where a newly opened ticket goes (chooseDestination) and states it as facts: an
 * assignment to the chosen body with its acceptance deadline and clock, and an
 * `assignment.requested.v1` carrying what the body needs (caller profile as the first-contact
 * owner masked it); or a `routing.failed.v1` that sends the ticket back to its first-contact
 * owner with the reason.
 */
export function routeTicket(
  ticket: TicketToRoute,
  context: RoutingContext,
  now: Date,
  ids: RoutingIds,
  cause: RoutingCause,
): RoutedTicket {
  const choice = chooseFor(ticket, context, now);
  if (choice.outcome === 'no-destination') return failed(ticket, choice.explanation, context, now, ids, cause);
  return assigned(ticket, choice, context, now, ids, cause);
}

/** The routing request for a ticket in this context. */
export function chooseFor(ticket: TicketToRoute, context: RoutingContext, now: Date): RoutingDecision {
  const request: RoutingRequest = {
    requestType: ticket.requestType,
    legalCategory: ticket.legalCategory,
    regionCode: ticket.regionCode,
    matterLocation: ticket.matterLocation,
    language: ticket.caller.language,
    excludedAgencyIds: context.excludedAgencyIds,
    timedOutAgencyIds: context.timedOutAgencyIds ?? [],
    needsBodyOnDuty: priorityOf(ticket.flags) === 'urgent',
  };
  return chooseDestination(request, context.directory, now);
}

/** The assignment to the chosen body, its clock, and `assignment.requested.v1`. */
export function assigned(
  ticket: TicketToRoute,
  choice: { agency: Agency; explanation: RoutingExplanation },
  context: RoutingContext,
  now: Date,
  ids: RoutingIds,
  cause: RoutingCause,
): RoutedTicket {
  const { agency } = choice;
  const { calendar, policy } = context.acceptance;
  const priority = priorityOf(ticket.flags);
  const deadline = acceptanceDeadline(policy, calendar, now, { priority, channel: ticket.channel });
  const explanation: RoutingExplanation = {
    ...choice.explanation,
    reason: [
      ...(context.reRoute ? [describeReRoute(context.reRoute, calendar.timeZone)] : []),
      choice.explanation.reason,
      describeDeadline(deadline, calendar.timeZone),
    ].join('; '),
  };
  const assignment: TrackedAssignment = {
    id: ids.assignmentId,
    ticketId: ticket.ticketId,
    agencyId: agency.id,
    agencyName: agency.name,
    routedOnRegionCode: explanation.routedOnRegionCode,
    priority,
    acceptanceRule: deadline.rule,
    status: 'requested',
    rejectionReason: null,
    rejectionNote: null,
    withdrawalReason: null,
    requestedAt: now,
    acceptanceDeadline: deadline.dueAt,
    decidedAt: null,
    withdrawnAt: null,
  };
  return {
    decision: {
      id: ids.decisionId,
      ticketId: ticket.ticketId,
      outcome: 'assigned',
      agencyId: agency.id,
      assignmentId: ids.assignmentId,
      explanation,
      acceptance: { priority, rule: deadline.rule, duration: deadline.duration, dueAt: deadline.dueAt.toISOString() },
      decidedAt: now,
    },
    assignment,
    clock: startAcceptanceClock(assignment),
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
          priority,
          acceptanceDeadline: deadline.dueAt.toISOString(),
          requestedAt: now.toISOString(),
        },
      }),
    ],
  };
}

function failed(
  ticket: TicketToRoute,
  choiceExplanation: RoutingExplanation,
  context: RoutingContext,
  now: Date,
  ids: RoutingIds,
  cause: RoutingCause,
): RoutedTicket {
  const explanation = withUnservedProvinceNote(choiceExplanation, context.servedProvinces);
  return {
    decision: {
      id: ids.decisionId,
      ticketId: ticket.ticketId,
      outcome: 'no-destination',
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

/** "Re-routed (hand-off 2 of at most 3) after 南海区法律援助中心 (legal-aid-centre:440605) rejected it: ...". */
export function describeReRoute(reRoute: NonNullable<RoutingContext['reRoute']>, timeZone: string): string {
  const { after } = reRoute;
  const body = `${after.agencyName} (${after.agencyId})`;
  const what =
    after.kind === 'rejected'
      ? `${body} rejected it: ${after.reason}${after.note ? ` ("${after.note}")` : ''}`
      : `${body} did not accept it by its deadline, ${localDateTime(after.dueAt, timeZone)} ${timeZone}, and it was withdrawn`;
  return `Re-routed (hand-off ${reRoute.handOff} of at most ${reRoute.maxHops}) after ${what}`;
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

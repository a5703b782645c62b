import type {
  AssignmentAcceptedV1,
  AssignmentReceivedV1,
  AssignmentRejectedV1,
  AssignmentRequestedV1,
  EventEnvelope,
  RoutingFailedV1,
} from '@legal-hotline/contracts';
import type { CurrentAssignment, Ticket, TicketChange, TimelineEntry } from './ticket.js';
import { TicketError } from './ticket-error.js';
import { statusAfter } from './ticket-status-machine.js';

// What other services report about a ticket while the first-contact owner keeps it: each
// function takes the ticket and one event and returns the new state with its timeline entry.

/** Routing asked a body to take the ticket (派单): that body becomes the current handler. */
export function applyAssignmentRequested(
  ticket: Ticket,
  event: EventEnvelope<'assignment.requested.v1', AssignmentRequestedV1>,
): TicketChange {
  const { assignmentId, agency, explanation, requestedAt, acceptanceDeadline } = event.data;
  if (ticket.currentAssignment?.assignmentId === assignmentId) return { outcome: 'ignored', reason: 'duplicate' };
  if (ticket.pastAssignmentIds.includes(assignmentId)) return { outcome: 'ignored', reason: 'stale' };
  const since = new Date(requestedAt);
  const previous = ticket.currentAssignment;
  // Assignments travel on partitions keyed by assignment id, so a request can arrive after a
  // newer one: the older request lost and changes nothing.
  if (previous && previous.since > since) return { outcome: 'ignored', reason: 'stale' };

  const status = statusAfter(ticket.status, 'assignment-requested');
  return {
    outcome: 'changed',
    ticket: {
      ...ticket,
      status,
      currentAssignment: { assignmentId, agencyId: agency.agencyId, agencyType: agency.agencyType, name: agency.name, since },
      pastAssignmentIds: previous ? [...ticket.pastAssignmentIds, previous.assignmentId] : ticket.pastAssignmentIds,
    },
    entry: entryFor(event, {
      at: since,
      actor: null,
      statusAfter: status,
      reason: explanation.reason,
      note: `assigned to ${agency.name} (${agency.agencyId}); acceptance due by ${acceptanceDeadline}`,
    }),
  };
}

/** Technical receipt: the assignment reached the body's inbox. No status change: nobody decided yet. */
export function applyAssignmentReceived(
  ticket: Ticket,
  event: EventEnvelope<'assignment.received.v1', AssignmentReceivedV1>,
): TicketChange {
  const current = currentAssignmentOf(ticket, event.data);
  if (!current) return { outcome: 'ignored', reason: 'stale' };
  const status = statusAfter(ticket.status, 'assignment-received');
  return {
    outcome: 'changed',
    ticket: { ...ticket, status },
    entry: entryFor(event, {
      at: new Date(event.data.receivedAt),
      actor: current.name,
      statusAfter: status,
      reason: null,
      note: `in the inbox of ${current.name}`,
    }),
  };
}

/** Business acceptance: the body takes the ticket; the hand-off is complete. */
export function applyAssignmentAccepted(
  ticket: Ticket,
  event: EventEnvelope<'assignment.accepted.v1', AssignmentAcceptedV1>,
): TicketChange {
  const current = currentAssignmentOf(ticket, event.data);
  if (!current) return { outcome: 'ignored', reason: 'stale' };
  if (ticket.status === 'accepted') return { outcome: 'ignored', reason: 'duplicate' };
  const status = statusAfter(ticket.status, 'assignment-accepted');
  return {
    outcome: 'changed',
    ticket: { ...ticket, status },
    entry: entryFor(event, {
      at: new Date(event.data.acceptedAt),
      actor: event.data.decidedBy,
      statusAfter: status,
      reason: null,
      note: event.data.note ?? `accepted by ${current.name}`,
    }),
  };
}

/** The body refuses with a coded reason: the ticket goes back to its first-contact owner. */
export function applyAssignmentRejected(
  ticket: Ticket,
  event: EventEnvelope<'assignment.rejected.v1', AssignmentRejectedV1>,
): TicketChange {
  const current = currentAssignmentOf(ticket, event.data);
  if (!current) return { outcome: 'ignored', reason: 'stale' };
  const status = statusAfter(ticket.status, 'assignment-rejected');
  return {
    outcome: 'changed',
    ticket: { ...ticket, status, currentAssignment: null, pastAssignmentIds: [...ticket.pastAssignmentIds, current.assignmentId] },
    entry: entryFor(event, {
      at: new Date(event.data.rejectedAt),
      actor: event.data.decidedBy,
      statusAfter: status,
      reason: event.data.reason,
      note: event.data.note ?? `rejected by ${current.name}`,
    }),
  };
}

/** Routing found nobody to send the ticket to: it stays with (returns to) its first-contact owner. */
export function applyRoutingFailed(ticket: Ticket, event: EventEnvelope<'routing.failed.v1', RoutingFailedV1>): TicketChange {
  const status = statusAfter(ticket.status, 'routing-failed');
  return {
    outcome: 'changed',
    ticket: { ...ticket, status },
    entry: entryFor(event, {
      at: new Date(event.data.decidedAt),
      actor: null,
      statusAfter: status,
      reason: event.data.reason,
      note: `no destination found for region ${event.data.regionCode}`,
    }),
  };
}

/**
 * The ticket's current assignment if the event is about it; `undefined` when the event is about
 * an assignment that is no longer (or never was) current, which makes the event stale.
 */
function currentAssignmentOf(ticket: Ticket, data: { assignmentId: string; agencyId: string }): CurrentAssignment | undefined {
  const current = ticket.currentAssignment;
  if (current?.assignmentId !== data.assignmentId) return undefined;
  if (current.agencyId !== data.agencyId) {
    throw new TicketError(
      'TICKET.AGENCY_MISMATCH',
      'conflict',
      `assignment ${data.assignmentId} was made to ${current.agencyId}, not to ${data.agencyId}`,
    );
  }
  return current;
}

function entryFor(
  event: EventEnvelope<string, unknown>,
  fields: Omit<TimelineEntry, 'eventId' | 'source' | 'kind'>,
): TimelineEntry {
  return { eventId: event.id, source: event.source, kind: event.type, ...fields };
}

import type {
  AssignmentAcceptedV1,
  AssignmentClockPausedV1,
  AssignmentClockResumedV1,
  AssignmentCompletedV1,
  AssignmentOverdueV1,
  AssignmentReceivedV1,
  AssignmentRejectedV1,
  AssignmentRequestedV1,
  AssignmentStartedV1,
  AssignmentWithdrawnV1,
  EventEnvelope,
  PartnerTransferDeliveredV1,
  PartnerTransferDeliveryFailedV1,
  RoutingFailedV1,
  RoutingReturnedToOwnerV1,
} from '@legal-hotline/contracts';
import { acceptedAndHolding, currentHop, hopFor, hopOf, released, withHop } from './hops.js';
import type { CurrentAssignment, Hop, Ticket, TicketChange, TimelineEntry } from './ticket.js';
import { TicketError } from './ticket-error.js';
import { isClosedOrMerged, statusAfter, type TicketHappening } from './ticket-status-machine.js';

// What other services report about a ticket while the first-contact owner keeps it: each
// function takes the ticket and one event and returns the new state with its timeline entry.
//
// Rules that hold for all of them:
// - news about an assignment that is no longer current is stale and changes nothing, except a
//   late decision about a `replaced` hop, which fills in how that hand-off really ended;
// - on a closed or merged ticket, news is recorded and the status stays (routing withdraws
//   whatever is still open, and the withdrawal is recorded the same way).

/** Routing asked a body to take the ticket (派单): that body becomes the current handler. */
export function applyAssignmentRequested(
  ticket: Ticket,
  event: EventEnvelope<'assignment.requested.v1', AssignmentRequestedV1>,
): TicketChange {
  const { assignmentId, agency, explanation, requestedAt, acceptanceDeadline, priority } = event.data;
  if (ticket.currentAssignment?.assignmentId === assignmentId) return { outcome: 'ignored', reason: 'duplicate' };
  if (ticket.pastAssignmentIds.includes(assignmentId)) return { outcome: 'ignored', reason: 'stale' };
  const since = new Date(requestedAt);
  const previous = ticket.currentAssignment;
  // Assignments travel on partitions keyed by assignment id, so a request can arrive after a
  // newer one: the older request lost and changes nothing.
  if (previous && previous.since > since) return { outcome: 'ignored', reason: 'stale' };

  const happening: TicketHappening = isClosedOrMerged(ticket.status) ? 'news-after-the-fact' : 'assignment-requested';
  const status = statusAfter(ticket.status, happening);
  const previousHop = currentHop(ticket);
  if (previous && acceptedAndHolding(ticket)) {
    throw TicketError.invalidTransition(ticket.status, 'awaiting-acceptance', `${previous.name} accepted the ticket and still holds it`);
  }
  // Routing asks the next body only after the previous one rejected or was withdrawn; that news
  // travels on the previous assignment's partition and may not be here yet.
  const replaced = previousHop?.outcome === 'still-there';
  const assignment: CurrentAssignment = { assignmentId, agencyId: agency.agencyId, agencyType: agency.agencyType, name: agency.name, since };
  const hops = previous && replaced ? withHop(ticket.hops, previous.assignmentId, { outcome: 'replaced', leftAt: since }) : ticket.hops;
  const notes = [
    `assigned to ${agency.name} (${agency.agencyId}); acceptance due by ${acceptanceDeadline}`,
    ...(priority && priority !== 'normal' ? [`priority ${priority}`] : []),
    ...(previous && replaced ? [`replaces the request to ${previous.name}, whose answer has not arrived yet`] : []),
    ...(happening === 'news-after-the-fact' ? [`the ticket is already ${ticket.status}`] : []),
  ];
  return {
    outcome: 'changed',
    ticket: {
      ...ticket,
      status,
      currentAssignment: assignment,
      pastAssignmentIds: previous ? [...ticket.pastAssignmentIds, previous.assignmentId] : ticket.pastAssignmentIds,
      hops: [...hops, hopFor(assignment)],
    },
    entry: entryFor(event, { at: since, actor: null, statusAfter: status, reason: explanation.reason, note: notes.join('; ') }),
  };
}

/** Technical receipt: the assignment reached the body's inbox. No status change: nobody decided yet. */
export function applyAssignmentReceived(
  ticket: Ticket,
  event: EventEnvelope<'assignment.received.v1', AssignmentReceivedV1>,
): TicketChange {
  const current = currentAssignmentOf(ticket, event.data);
  if (!current) return { outcome: 'ignored', reason: 'stale' };
  const status = statusAfter(ticket.status, isClosedOrMerged(ticket.status) ? 'news-after-the-fact' : 'assignment-received');
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
  if (ticket.status === 'accepted' || currentHop(ticket)?.outcome === 'accepted') return { outcome: 'ignored', reason: 'duplicate' };
  const acceptedAt = new Date(event.data.acceptedAt);
  const status = statusAfter(ticket.status, isClosedOrMerged(ticket.status) ? 'news-after-the-fact' : 'assignment-accepted');
  return {
    outcome: 'changed',
    ticket: { ...ticket, status, hops: withHop(ticket.hops, current.assignmentId, { outcome: 'accepted', leftAt: acceptedAt }) },
    entry: entryFor(event, {
      at: acceptedAt,
      ...staffActor(event.data.decidedBy, event.data.agencyId, event.data.decidedById),
      statusAfter: status,
      reason: null,
      note: event.data.note ?? `accepted by ${current.name}`,
    }),
  };
}

/** The body refuses with a coded reason: routing tries the next body (`routed`). */
export function applyAssignmentRejected(
  ticket: Ticket,
  event: EventEnvelope<'assignment.rejected.v1', AssignmentRejectedV1>,
): TicketChange {
  const rejectedAt = new Date(event.data.rejectedAt);
  const ending: Partial<Hop> = { outcome: 'rejected', leftAt: rejectedAt, reason: event.data.reason };
  const fields = (name: string) => ({
    at: rejectedAt,
    ...staffActor(event.data.decidedBy, event.data.agencyId, event.data.decidedById),
    reason: event.data.reason,
    note: event.data.note ?? `rejected by ${name}`,
  });
  const current = currentAssignmentOf(ticket, event.data);
  if (!current) return lateNewsOfReplacedHop(ticket, event, event.data.assignmentId, ending, fields);
  if (acceptedAndHolding(ticket)) {
    throw TicketError.invalidTransition(ticket.status, 'routed', `${current.name} accepted the assignment before rejecting it`);
  }
  const happening: TicketHappening = isClosedOrMerged(ticket.status) ? 'news-after-the-fact' : 'assignment-rejected';
  const status = statusAfter(ticket.status, happening);
  return {
    outcome: 'changed',
    ticket: { ...released(ticket), status, hops: withHop(ticket.hops, current.assignmentId, ending) },
    entry: entryFor(event, { ...fields(current.name), statusAfter: status }),
  };
}

/** The body started the work (e.g. a lawyer was assigned, Legal Aid Law Art. 43). */
export function applyAssignmentStarted(
  ticket: Ticket,
  event: EventEnvelope<'assignment.started.v1', AssignmentStartedV1>,
): TicketChange {
  const current = currentAssignmentOf(ticket, event.data);
  if (!current) return { outcome: 'ignored', reason: 'stale' };
  const hop = currentHop(ticket);
  if (hop?.startedAt) return { outcome: 'ignored', reason: 'duplicate' };
  const afterTheFact = isClosedOrMerged(ticket.status);
  if (!afterTheFact && hop && hop.outcome !== 'accepted') {
    throw TicketError.invalidTransition(ticket.status, 'in-progress', `${current.name} has not accepted the assignment`);
  }
  const startedAt = new Date(event.data.startedAt);
  const status = statusAfter(ticket.status, afterTheFact ? 'news-after-the-fact' : 'assignment-started');
  return {
    outcome: 'changed',
    ticket: { ...ticket, status, hops: withHop(ticket.hops, current.assignmentId, { startedAt }) },
    entry: entryFor(event, {
      at: startedAt,
      ...staffActor(event.data.startedBy, event.data.agencyId, event.data.startedById),
      statusAfter: status,
      reason: null,
      note: event.data.note ?? `${current.name} started the work`,
    }),
  };
}

/**
 * The body completed the work and reported its result, which stays on the ticket. If the
 * caller was already answered, the follow-up call (回访) is due; otherwise the owner answers next.
 */
export function applyAssignmentCompleted(
  ticket: Ticket,
  event: EventEnvelope<'assignment.completed.v1', AssignmentCompletedV1>,
): TicketChange {
  const current = currentAssignmentOf(ticket, event.data);
  if (!current) return { outcome: 'ignored', reason: 'stale' };
  const hop = currentHop(ticket);
  if (hop?.completedAt) return { outcome: 'ignored', reason: 'duplicate' };
  const afterTheFact = isClosedOrMerged(ticket.status);
  if (!afterTheFact && hop && hop.outcome !== 'accepted') {
    throw TicketError.invalidTransition(ticket.status, 'in-progress', `${current.name} has not accepted the assignment`);
  }
  const completedAt = new Date(event.data.completedAt);
  const happening: TicketHappening = afterTheFact
    ? 'news-after-the-fact'
    : ticket.answer
      ? 'assignment-completed-after-answer'
      : 'assignment-completed';
  const status = statusAfter(ticket.status, happening);
  const { outcome, result, completedBy } = event.data;
  const next = happening === 'assignment-completed-after-answer' ? 'the follow-up call is due' : happening === 'assignment-completed' ? 'the owner answers the caller next' : null;
  return {
    outcome: 'changed',
    ticket: {
      ...ticket,
      status,
      hops: withHop(ticket.hops, current.assignmentId, { completedAt }),
      handlingResult: { assignmentId: current.assignmentId, agencyId: current.agencyId, agencyName: current.name, outcome, result, completedBy, completedAt },
    },
    entry: entryFor(event, {
      at: completedAt,
      ...staffActor(completedBy, event.data.agencyId, event.data.completedById),
      statusAfter: status,
      reason: outcome,
      note: next ? `${result}; ${next}` : result,
    }),
  };
}

/** The body did not accept in time; routing alerts a supervisor and applies its policy. */
export function applyAssignmentOverdue(
  ticket: Ticket,
  event: EventEnvelope<'assignment.overdue.v1', AssignmentOverdueV1>,
): TicketChange {
  const current = currentAssignmentOf(ticket, event.data);
  if (!current) return { outcome: 'ignored', reason: 'stale' };
  const status = statusAfter(ticket.status, isClosedOrMerged(ticket.status) ? 'news-after-the-fact' : 'assignment-overdue');
  const next = event.data.action === 're-route' ? 'routing withdraws it and tries the next body' : 'a supervisor is alerted';
  return {
    outcome: 'changed',
    ticket: { ...ticket, status },
    entry: entryFor(event, {
      at: new Date(event.data.overdueAt),
      actor: null,
      statusAfter: status,
      reason: 'acceptance-overdue',
      note: `${current.name} did not accept by ${event.data.acceptanceDeadline}; ${next}`,
    }),
  };
}

/** The acceptance clock stopped (with its reason) or runs again with a new deadline. */
export function applyAcceptanceClockChanged(
  ticket: Ticket,
  event:
    | EventEnvelope<'assignment.clock-paused.v1', AssignmentClockPausedV1>
    | EventEnvelope<'assignment.clock-resumed.v1', AssignmentClockResumedV1>,
): TicketChange {
  const current = ticket.currentAssignment;
  if (current?.assignmentId !== event.data.assignmentId) return { outcome: 'ignored', reason: 'stale' };
  const status = statusAfter(ticket.status, isClosedOrMerged(ticket.status) ? 'news-after-the-fact' : 'acceptance-clock-changed');
  const fields =
    event.type === 'assignment.clock-paused.v1'
      ? { at: new Date(event.data.pausedAt), reason: event.data.reason, note: `acceptance clock of ${current.name} paused` }
      : {
          at: new Date(event.data.resumedAt),
          reason: null,
          note: `acceptance clock of ${current.name} runs again; acceptance now due by ${event.data.acceptanceDeadline}`,
        };
  return { outcome: 'changed', ticket: { ...ticket, status }, entry: entryFor(event, { ...fields, actor: null, statusAfter: status }) };
}

/**
 * Routing took the assignment back. Overdue: routing tries the next body (`routed`). Because
 * the ticket was closed or merged: recorded on the closed ticket; if the ticket is open again
 * (its merge was undone), nobody will route it, so it returns to its owner.
 */
export function applyAssignmentWithdrawn(
  ticket: Ticket,
  event: EventEnvelope<'assignment.withdrawn.v1', AssignmentWithdrawnV1>,
): TicketChange {
  const withdrawnAt = new Date(event.data.withdrawnAt);
  const ending: Partial<Hop> = { outcome: 'withdrawn', leftAt: withdrawnAt, reason: event.data.reason };
  const fields = (name: string) => ({ at: withdrawnAt, actor: null, reason: event.data.reason, note: `withdrawn from ${name}` });
  const current = currentAssignmentOf(ticket, event.data);
  if (!current) return lateNewsOfReplacedHop(ticket, event, event.data.assignmentId, ending, fields);
  const hop = currentHop(ticket);
  if (hop?.completedAt) {
    // The work is done and its result kept; taking the assignment back changes nothing.
    const status = statusAfter(ticket.status, 'news-after-the-fact');
    return { outcome: 'changed', ticket, entry: entryFor(event, { ...fields(current.name), statusAfter: status }) };
  }
  const happening: TicketHappening = isClosedOrMerged(ticket.status)
    ? 'news-after-the-fact'
    : event.data.reason === 'acceptance-overdue'
      ? 'assignment-withdrawn-for-re-routing'
      : 'assignment-withdrawn-for-good';
  const status = statusAfter(ticket.status, happening);
  const next =
    happening === 'assignment-withdrawn-for-re-routing'
      ? 'routing tries the next body'
      : happening === 'assignment-withdrawn-for-good'
        ? 'back with the first-contact owner'
        : null;
  const { note, ...rest } = fields(current.name);
  return {
    outcome: 'changed',
    ticket: { ...released(ticket), status, hops: withHop(ticket.hops, current.assignmentId, ending) },
    entry: entryFor(event, { ...rest, note: next ? `${note}; ${next}` : note, statusAfter: status }),
  };
}

/** Routing found nobody to send the ticket to: it stays with (returns to) its first-contact owner. */
export function applyRoutingFailed(ticket: Ticket, event: EventEnvelope<'routing.failed.v1', RoutingFailedV1>): TicketChange {
  const status = statusAfter(ticket.status, isClosedOrMerged(ticket.status) ? 'news-after-the-fact' : 'routing-failed');
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
 * Routing gave up (hop limit, no candidate left) and handed the ticket back to its first-contact
 * owner with every rejection and, where it has one, a destination to try. The owner can transfer
 * the ticket out or answer the caller directly.
 */
export function applyRoutingReturnedToOwner(
  ticket: Ticket,
  event: EventEnvelope<'routing.returned-to-owner.v1', RoutingReturnedToOwnerV1>,
): TicketChange {
  const { why, hops, rejections, suggestedDestination, returnedAt } = event.data;
  const current = ticket.currentAssignment;
  const afterTheFact = isClosedOrMerged(ticket.status);
  if (!afterTheFact && current && acceptedAndHolding(ticket)) {
    throw TicketError.invalidTransition(ticket.status, 'returned-to-owner', `${current.name} accepted the ticket and still holds it`);
  }
  const status = statusAfter(ticket.status, afterTheFact ? 'news-after-the-fact' : 'routing-returned-to-owner');
  const at = new Date(returnedAt);
  let changed: Ticket = { ...ticket, status };
  if (current && !afterTheFact) {
    // Routing gave up after a decision about the current body that has not reached intake yet.
    const rejection = rejections.find((r) => r.agencyId === current.agencyId);
    const ending: Partial<Hop> = rejection
      ? { outcome: 'rejected', leftAt: at, reason: rejection.reason }
      : { outcome: 'withdrawn', leftAt: at, reason: why };
    changed = { ...released(changed), hops: withHop(ticket.hops, current.assignmentId, ending) };
  }
  const rejected = rejections.map((r) => `${r.agencyName} (${r.reason}${r.note ? `: ${r.note}` : ''})`);
  const notes = [
    `${hops} hand-off${hops === 1 ? '' : 's'}`,
    rejected.length > 0 ? `rejected by ${rejected.join(', ')}` : 'no rejections',
    suggestedDestination
      ? `suggested next: ${suggestedDestination.name} (${suggestedDestination.agencyId}), ${suggestedDestination.why}`
      : 'no destination suggested',
  ];
  return {
    outcome: 'changed',
    ticket: changed,
    entry: entryFor(event, { at, actor: null, statusAfter: status, reason: why, note: notes.join('; ') }),
  };
}

/** The exchange delivered a transfer to the partner hotline's endpoint. */
export function applyPartnerTransferDelivered(
  ticket: Ticket,
  event: EventEnvelope<'partner-transfer.delivered.v1', PartnerTransferDeliveredV1>,
): TicketChange {
  const { transferId, partner, partnerReference, attempts, deliveredAt } = event.data;
  const status = statusAfter(ticket.status, 'partner-transfer-reported');
  return {
    outcome: 'changed',
    ticket: {
      ...ticket,
      transfers: ticket.transfers.map((t) => (t.transferId === transferId ? { ...t, delivery: 'delivered', attempts, partnerReference, lastError: null } : t)),
    },
    entry: entryFor(event, {
      at: new Date(deliveredAt),
      actor: null,
      statusAfter: status,
      reason: null,
      note: `delivered to ${partner} after ${attempts} attempt${attempts === 1 ? '' : 's'}${partnerReference ? `; partner reference ${partnerReference}` : ''}`,
    }),
  };
}

/** A delivery attempt to the partner failed; the exchange retries with back-off and alerts while it fails. */
export function applyPartnerTransferDeliveryFailed(
  ticket: Ticket,
  event: EventEnvelope<'partner-transfer.delivery-failed.v1', PartnerTransferDeliveryFailedV1>,
): TicketChange {
  const { transferId, partner, attempts, error, nextAttemptAt, failedAt } = event.data;
  const status = statusAfter(ticket.status, 'partner-transfer-reported');
  return {
    outcome: 'changed',
    ticket: {
      ...ticket,
      // A failure reported after the delivery (redelivered out of order) does not undo it.
      transfers: ticket.transfers.map((t) =>
        t.transferId === transferId && t.delivery !== 'delivered' ? { ...t, delivery: 'failing', attempts: Math.max(t.attempts, attempts), lastError: error } : t,
      ),
    },
    entry: entryFor(event, {
      at: new Date(failedAt),
      actor: null,
      statusAfter: status,
      reason: error,
      note: `delivery to ${partner} failed (attempt ${attempts}); next attempt at ${nextAttemptAt}`,
    }),
  };
}

/**
 * A rejection or withdrawal of an assignment intake already saw replaced by a newer request: the
 * hop gets its real ending and the timeline the news; the status stays. Other news about a
 * past assignment is stale.
 */
function lateNewsOfReplacedHop(
  ticket: Ticket,
  event: EventEnvelope<string, unknown>,
  assignmentId: string,
  ending: Partial<Hop>,
  fields: (name: string) => Omit<EntryFields, 'statusAfter'>,
): TicketChange {
  const hop = hopOf(ticket, assignmentId);
  if (hop?.outcome !== 'replaced') return { outcome: 'ignored', reason: 'stale' };
  const status = statusAfter(ticket.status, 'news-after-the-fact');
  const { note, ...rest } = fields(hop.name);
  return {
    outcome: 'changed',
    ticket: { ...ticket, hops: withHop(ticket.hops, assignmentId, ending) },
    entry: entryFor(event, { ...rest, note: `${note} (already replaced by a newer request)`, statusAfter: status }),
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

/** What an entry for another service's event says; without a staff member, the actor ids are null. */
type EntryFields = Omit<TimelineEntry, 'eventId' | 'source' | 'kind' | 'actorOrganisationId' | 'actorId'> &
  Partial<Pick<TimelineEntry, 'actorOrganisationId' | 'actorId'>>;

function entryFor(event: EventEnvelope<string, unknown>, fields: EntryFields): TimelineEntry {
  return { eventId: event.id, source: event.source, kind: event.type, actorOrganisationId: null, actorId: null, ...fields };
}

/**
 * The staff member a body's event names, as that body's service read them from their access
 * token: display name, the body, and the token subject when the event carries it.
 */
function staffActor(name: string, agencyId: string, subject: string | undefined): Pick<TimelineEntry, 'actor' | 'actorOrganisationId' | 'actorId'> {
  return { actor: name, actorOrganisationId: agencyId, actorId: subject ?? null };
}

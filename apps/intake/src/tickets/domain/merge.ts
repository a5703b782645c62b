import { createEvent, type Actor, type PlatformEvent, type TicketStatus } from '@legal-hotline/contracts';
import { isResponsible } from './actors.js';
import { currentHop } from './hops.js';
import { intakeEntry } from './owner-commands.js';
import type { DecisionContext, Ticket, TimelineEntry } from './ticket.js';
import { TicketError } from './ticket-error.js';
import { isClosedOrMerged, statusAfter, WITH_BODY } from './ticket-status-machine.js';

/** A merge or its undoing changes two tickets: the duplicate and the one it lives on in. */
export interface MergeDecision {
  ticket: Ticket;
  into: Ticket;
  entries: { ticket: TimelineEntry[]; into: TimelineEntry[] };
  events: PlatformEvent[];
}

export interface MergeTicketCommand {
  actor: Actor;
  intoTicketId: string;
  reason: string | null;
}

/**
 * Merges a duplicate into another open ticket: the duplicate is `merged` (coarse closed) and
 * its work continues in `into`; both timelines record it. The responsible platform of either
 * ticket may merge (a duplicate may have come in through a partner). `into` is `null` when no
 * such ticket exists.
 */
export function mergeTicket(ticket: Ticket, into: Ticket | null, command: MergeTicketCommand, ctx: DecisionContext): MergeDecision {
  if (command.intoTicketId === ticket.id) {
    throw new TicketError('TICKET.MERGE_INTO_ITSELF', 'conflict', 'a ticket cannot be merged into itself', 'intoTicketId');
  }
  if (!into) throw new TicketError('TICKET.MERGE_TARGET_UNKNOWN', 'conflict', `ticket ${command.intoTicketId} does not exist`, 'intoTicketId');
  checkResponsibleForEither(ticket, into, command.actor, 'merge');
  if (isClosedOrMerged(into.status)) {
    throw new TicketError('TICKET.MERGE_TARGET_CLOSED', 'conflict', `ticket ${into.ticketNumber} is ${into.status}: merge into an open ticket`, 'intoTicketId');
  }
  const status = statusAfter(ticket.status, 'merged');
  const intoStatus = statusAfter(into.status, 'duplicate-merged-in');
  const event = createEvent({
    id: ctx.newId(),
    type: 'ticket.merged.v1',
    source: 'intake',
    subject: ticket.id,
    occurredAt: ctx.now,
    correlationId: ctx.correlationId,
    causationId: ctx.causationId,
    data: { ticketId: ticket.id, intoTicketId: into.id, mergedBy: command.actor, reason: command.reason, mergedAt: ctx.now.toISOString() },
  });
  return {
    ticket: { ...ticket, status, merge: { intoTicketId: into.id, statusBefore: ticket.status, mergedBy: command.actor, mergedAt: ctx.now } },
    into,
    entries: {
      ticket: [intakeEntry(event.id, event.type, command.actor, status, ctx.now, { reason: command.reason, note: `merged into ${into.ticketNumber}` })],
      into: [intakeEntry(event.id, event.type, command.actor, intoStatus, ctx.now, { reason: command.reason, note: `${ticket.ticketNumber} merged into this ticket` })],
    },
    events: [event],
  };
}

/**
 * Undoes a merge: the ticket is open on its own again, in the status it had (see
 * {@link statusRestoredAfterUnmerge}). `into` is the ticket it was merged into.
 */
export function undoMerge(ticket: Ticket, into: Ticket | null, command: { actor: Actor }, ctx: DecisionContext): MergeDecision {
  const merge = ticket.merge;
  if (!merge || !into) {
    throw TicketError.invalidTransition(ticket.status, ticket.status, 'only a merged ticket can have its merge undone');
  }
  checkResponsibleForEither(ticket, into, command.actor, 'undo the merge of');
  const status = statusAfter(ticket.status, 'merge-undone', statusRestoredAfterUnmerge(ticket));
  const intoStatus = statusAfter(into.status, 'duplicate-merge-undone');
  const event = createEvent({
    id: ctx.newId(),
    type: 'ticket.merge-undone.v1',
    source: 'intake',
    subject: ticket.id,
    occurredAt: ctx.now,
    correlationId: ctx.correlationId,
    causationId: ctx.causationId,
    data: { ticketId: ticket.id, fromTicketId: into.id, undoneBy: command.actor, undoneAt: ctx.now.toISOString() },
  });
  return {
    ticket: { ...ticket, status, merge: null },
    into,
    entries: {
      ticket: [intakeEntry(event.id, event.type, command.actor, status, ctx.now, { reason: null, note: `no longer merged into ${into.ticketNumber}` })],
      into: [intakeEntry(event.id, event.type, command.actor, intoStatus, ctx.now, { reason: null, note: `${ticket.ticketNumber} is no longer merged into this ticket` })],
    },
    events: [event],
  };
}

/**
 * The status a merged ticket returns to: the one it had, unless the body that held it moved on
 * while it was merged. Routing withdraws open assignments of a merged ticket and does not route
 * it again, so a ticket whose body was withdrawn goes back to its owner; a body that decided or
 * finished in the meantime sets the status as if there had been no merge.
 */
export function statusRestoredAfterUnmerge(ticket: Ticket): TicketStatus {
  const before = ticket.merge?.statusBefore ?? ticket.status;
  const hop = currentHop(ticket);
  if (ticket.currentAssignment && hop) {
    if (hop.completedAt) return ticket.answer ? 'follow-up-due' : 'in-progress';
    if (before === 'answered' && ticket.answer) return 'answered';
    if (hop.startedAt) return 'in-progress';
    if (hop.outcome === 'accepted') return 'accepted';
    return 'awaiting-acceptance';
  }
  return (WITH_BODY as readonly TicketStatus[]).includes(before) ? 'returned-to-owner' : before;
}

function checkResponsibleForEither(ticket: Ticket, into: Ticket, actor: Actor, command: string): void {
  if (isResponsible(ticket, actor) || isResponsible(into, actor)) return;
  throw TicketError.notOwner(actor.organisation, `${ticket.responsible.organisation} or ${into.responsible.organisation}`, command);
}

import {
  createEvent,
  type Actor,
  type FollowUpResult,
  type PartnerHotline,
  type Satisfaction,
  type TicketStatus,
} from '@legal-hotline/contracts';
import { actorFieldsOf, checkResponsible } from './actors.js';
import { bodyAtWork, released } from './hops.js';
import { requestTransfer } from './partner-transfer.js';
import { isWatching, partnerHotlineId, withWatcher } from './referrals.js';
import { raiseAlert } from './supervision-alert.js';
import type { DecisionContext, Ticket, TicketDecision, TimelineEntry } from './ticket.js';
import { TicketError } from './ticket-error.js';
import { isClosedOrMerged, statusAfter, type TicketHappening } from './ticket-status-machine.js';

// What the owner does with its ticket (首问负责制, DOMAIN.md §2): answers the caller (答复),
// calls back (回访), closes (办结), reopens, or passes a matter that is not the legal service's to
// a partner hotline. The owner is the ticket's responsible platform (the first-contact
// organisation, or the 12348 platform that answers a partner's forward): its id, as the actor's
// verified token names it, must be the ticket's responsible organisation id.

export interface AnswerCallerCommand {
  actor: Actor;
  /** What the caller was told, in brief. */
  answer: string;
}

/**
 * The owner answered the caller. While a body still works on the ticket, the status is
 * `answered` and the follow-up call waits for the body's completion; when nobody holds the
 * ticket (returned, reopened, transferred out) or the body has completed, the follow-up call is
 * due at once. Not while routing is still choosing a body (received, routed). A new answer
 * replaces the previous one and its follow-up.
 */
export function answerCaller(ticket: Ticket, command: AnswerCallerCommand, ctx: DecisionContext): TicketDecision {
  checkResponsible(ticket, command.actor, 'answer the caller of');
  const happening: TicketHappening = bodyAtWork(ticket) ? 'caller-answered' : 'caller-answered-nobody-at-work';
  const status = statusAfter(ticket.status, happening);
  const event = createEvent({
    id: ctx.newId(),
    type: 'ticket.answered.v1',
    source: 'intake',
    subject: ticket.id,
    occurredAt: ctx.now,
    correlationId: ctx.correlationId,
    causationId: ctx.causationId,
    data: { ticketId: ticket.id, answeredBy: command.actor, answer: command.answer, answeredAt: ctx.now.toISOString() },
  });
  return {
    ticket: { ...ticket, status, answer: { answeredBy: command.actor, answer: command.answer, answeredAt: ctx.now }, followUp: null },
    entries: [
      intakeEntry(event.id, event.type, command.actor, status, ctx.now, {
        reason: null,
        note: status === 'follow-up-due' ? `${command.answer}; the follow-up call is due` : command.answer,
      }),
    ],
    events: [event],
  };
}

export interface RecordFollowUpCommand {
  actor: Actor;
  result: FollowUpResult;
  satisfaction: Satisfaction;
  note: string | null;
}

/**
 * The follow-up call (回访) was made. A dissatisfied caller reopens the ticket at once and it
 * goes to supervision (督办): the ticket needs a new answer and a new follow-up before it can
 * close. Any other satisfaction leaves the ticket ready for the owner to close.
 *
 * A ticket resolved at first contact was closed with its answer: the call is recorded on the
 * closed ticket, and a dissatisfied caller or a matter still unresolved reopens it for the desk,
 * to be answered again or turned into a work order.
 */
export function recordFollowUp(ticket: Ticket, command: RecordFollowUpCommand, ctx: DecisionContext): TicketDecision {
  checkResponsible(ticket, command.actor, 'record the follow-up call of');
  if (!isClosedOrMerged(ticket.status) && !ticket.answer) throw notAnswered();
  const dissatisfied = command.satisfaction === 'dissatisfied';
  const closedAtDesk = ticket.status === 'closed' && ticket.handling === 'desk' && ticket.deskResolution !== null;
  const reopens = closedAtDesk ? dissatisfied || command.result === 'unresolved' : dissatisfied;
  const happening: TicketHappening = closedAtDesk
    ? reopens
      ? 'follow-up-reopens-desk-resolution'
      : 'follow-up-on-desk-resolution'
    : dissatisfied
      ? 'follow-up-dissatisfied'
      : 'follow-up-recorded';
  const status = statusAfter(ticket.status, happening);
  const followUp = { result: command.result, satisfaction: command.satisfaction, note: command.note, recordedBy: command.actor, recordedAt: ctx.now };
  const recorded = createEvent({
    id: ctx.newId(),
    type: 'ticket.follow-up-recorded.v1',
    source: 'intake',
    subject: ticket.id,
    occurredAt: ctx.now,
    correlationId: ctx.correlationId,
    causationId: ctx.causationId,
    data: { ticketId: ticket.id, ...followUp, recordedAt: ctx.now.toISOString() },
  });
  const followUpEntry = intakeEntry(recorded.id, recorded.type, command.actor, ticket.status, ctx.now, {
    reason: `${command.result}, ${command.satisfaction}`,
    note: command.note,
  });
  if (!reopens) {
    return { ticket: { ...ticket, status, followUp }, entries: [followUpEntry], events: [recorded] };
  }
  if (!dissatisfied) {
    // Unresolved but not dissatisfied, after a desk answer: back to the desk, without supervision.
    const reason = `matter unresolved at the follow-up call (${command.satisfaction})${command.note ? `: ${command.note}` : ''}`;
    const reopened = reopenedEvent(ticket, command.actor, reason, ticket.underSupervision, ctx);
    return {
      ticket: reopenedTicket(ticket, status),
      entries: [followUpEntry, intakeEntry(reopened.id, reopened.type, command.actor, status, ctx.now, { reason, note: 'back at the desk' })],
      events: [recorded, reopened],
    };
  }

  const reason = `caller dissatisfied at the follow-up call (${command.result})${command.note ? `: ${command.note}` : ''}`;
  const reopened = reopenedEvent(ticket, command.actor, reason, true, ctx);
  const alert = raiseAlert(
    ticket,
    {
      kind: 'caller-dissatisfied',
      severity: 'warning',
      message: `caller of ticket ${ticket.ticketNumber} dissatisfied at the follow-up call (${command.result}); reopened`,
      agencyId: ticket.handlingResult?.agencyId ?? ticket.currentAssignment?.agencyId ?? null,
    },
    ctx,
    status,
  );
  return {
    ticket: { ...reopenedTicket(ticket, status), underSupervision: true },
    entries: [followUpEntry, intakeEntry(reopened.id, reopened.type, command.actor, status, ctx.now, { reason, note: 'under supervision (督办)' }), alert.entry],
    events: [recorded, reopened, alert.event],
  };
}

/**
 * The owner closes the ticket (办结): only its responsible platform, only after the caller was
 * answered and a follow-up call was recorded (a dissatisfied one has reopened the ticket).
 */
export function closeTicket(ticket: Ticket, command: { actor: Actor }, ctx: DecisionContext): TicketDecision {
  checkResponsible(ticket, command.actor, 'close');
  if (!isClosedOrMerged(ticket.status)) {
    if (!ticket.answer) throw notAnswered();
    if (!ticket.followUp) {
      throw new TicketError('TICKET.FOLLOW_UP_MISSING', 'conflict', 'the follow-up call (回访) must be recorded before the ticket is closed');
    }
  }
  const status = statusAfter(ticket.status, 'closed-by-owner');
  const event = createEvent({
    id: ctx.newId(),
    type: 'ticket.closed.v1',
    source: 'intake',
    subject: ticket.id,
    occurredAt: ctx.now,
    correlationId: ctx.correlationId,
    causationId: ctx.causationId,
    data: { ticketId: ticket.id, closedBy: command.actor, closedAt: ctx.now.toISOString() },
  });
  return {
    ticket: { ...ticket, status },
    entries: [intakeEntry(event.id, event.type, command.actor, status, ctx.now, { reason: null, note: `closed by ${command.actor.organisation}` })],
    events: [event],
  };
}

/**
 * The owner reopens the ticket: after the follow-up call or the closing, or to take back a
 * ticket a partner hotline did not take on. The caller must be answered and called back again.
 */
export function reopenTicket(ticket: Ticket, command: { actor: Actor; reason: string }, ctx: DecisionContext): TicketDecision {
  checkResponsible(ticket, command.actor, 'reopen');
  const status = statusAfter(ticket.status, 'reopened-by-owner');
  const event = reopenedEvent(ticket, command.actor, command.reason, ticket.underSupervision, ctx);
  return {
    ticket: reopenedTicket(ticket, status),
    entries: [intakeEntry(event.id, event.type, command.actor, status, ctx.now, { reason: command.reason, note: null })],
    events: [event],
  };
}

export interface TransferOutCommand {
  actor: Actor;
  partner: PartnerHotline;
  /** Only `not-ours` from the owner; danger transfers happen at opening. */
  reason: 'not-ours';
  note: string | null;
}

/**
 * The owner passes a matter that is not the legal service's to a partner hotline, once routing
 * has given it back (or after a reopening). The partner may see the ticket from then on; the
 * owner still answers the caller, calls back and closes.
 */
export function transferOut(ticket: Ticket, command: TransferOutCommand, ctx: DecisionContext): TicketDecision {
  checkResponsible(ticket, command.actor, 'transfer');
  const status = statusAfter(ticket.status, 'transferred-out');
  const transfer = requestTransfer(
    ticket,
    { partner: command.partner, reason: command.reason, urgent: ticket.priority === 'urgent', note: command.note, requestedBy: command.actor },
    ctx,
    status,
  );
  let transferred: Ticket = { ...transfer.ticket, status };
  const entries = [transfer.entry];
  if (!isWatching(transferred, partnerHotlineId(command.partner))) {
    const referral = withWatcher(
      transferred,
      { organisationId: partnerHotlineId(command.partner), organisation: command.partner, reason: command.reason, addedBy: command.actor, addedAt: ctx.now },
      ctx,
      status,
    );
    transferred = referral.ticket;
    entries.push(referral.entry);
  }
  return { ticket: transferred, entries, events: [transfer.event] };
}

/** The ticket back with its owner, to be answered and called back again; the body that finished is released. */
export function reopenedTicket(ticket: Ticket, status: TicketStatus): Ticket {
  return { ...released(ticket), status, answer: null, followUp: null };
}

export function reopenedEvent(ticket: Ticket, actor: Actor, reason: string, underSupervision: boolean, ctx: DecisionContext) {
  return createEvent({
    id: ctx.newId(),
    type: 'ticket.reopened.v1',
    source: 'intake',
    subject: ticket.id,
    occurredAt: ctx.now,
    correlationId: ctx.correlationId,
    causationId: ctx.causationId,
    data: { ticketId: ticket.id, reason, reopenedBy: actor, underSupervision, reopenedAt: ctx.now.toISOString() },
  });
}

function notAnswered(): TicketError {
  return new TicketError('TICKET.NOT_ANSWERED', 'conflict', 'the caller has not been answered (答复) since the ticket was opened or reopened');
}

/** A timeline entry for something intake's own users did. */
export function intakeEntry(
  eventId: string,
  kind: string,
  actor: Actor,
  statusAfterEntry: TicketStatus,
  at: Date,
  fields: Pick<TimelineEntry, 'reason' | 'note'>,
): TimelineEntry {
  return { eventId, at, source: 'intake', ...actorFieldsOf(actor), kind, statusAfter: statusAfterEntry, ...fields };
}

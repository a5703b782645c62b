import type {
  EventEnvelope,
  PartnerHotline,
  PartnerTransferAcceptanceOverdueV1,
  PartnerTransferAcceptedV1,
  PartnerTransferProgressReportedV1,
  PartnerTransferRejectedV1,
  PartnerTransferResultReportedV1,
  TicketStatus,
} from '@legal-hotline/contracts';
import { partnerHotlineId } from './referrals.js';
import { raiseAlert } from './supervision-alert.js';
import type { DecisionContext, PartnerTransfer, Ticket, TicketChange, TimelineEntry } from './ticket.js';
import { statusAfter } from './ticket-status-machine.js';

// A partner hotline's business receipts of a transfer (DOMAIN.md §2): it accepts or rejects with
// a coded reason, or lets its acceptance deadline pass; then reports progress and a result. The
// owner sees every step in the timeline. A rejection or an overdue acceptance returns the ticket
// to its owner with the reason and a suggested next step, and alerts a supervisor.
//
// The exchange reports each transfer's receipts in order on one partition and intake dedupes by
// event id, yet a repeat under another id or a receipt that contradicts an earlier one must
// neither crash nor dead-letter: a repeat is a duplicate, a contradiction is stale, and a receipt
// for a transfer intake has no record of is kept in the timeline as news after the fact.
//
// The partner acts in these entries, so they carry what it said as it said it: `note` is the
// partner's own words (its acceptance, rejection or progress note, or what it told the caller)
// or null, and `reason` a code (the rejection reason, `acceptance-overdue`, the result's outcome,
// `late`). Staff read the note as written; the codes are put in words by whoever shows them.

/** The exchange accepted the transfer on the partner's behalf: the partner took the case on. */
export function applyPartnerTransferAccepted(
  ticket: Ticket,
  event: EventEnvelope<'partner-transfer.accepted.v1', PartnerTransferAcceptedV1>,
): TicketChange {
  const { transferId, partner, partnerReference, acceptedBy, note, late, acceptedAt } = event.data;
  const fields = { at: new Date(acceptedAt), ...partnerActor(partner, acceptedBy), note };
  const transfer = transferOf(ticket, transferId, partner);
  if (!transfer) return newsOfUnknownTransfer(ticket, event, { ...fields, reason: late ? 'late' : null });
  if (transfer.acceptedAt !== null) return { outcome: 'ignored', reason: 'duplicate' };
  if (transfer.receipt === 'rejected') return { outcome: 'ignored', reason: 'stale' };

  // Late by the exchange's word, or after intake heard the deadline pass (the overdue is kept
  // on the transfer, and the ticket stays with its owner).
  const lateAcceptance = late || transfer.overdue !== null;
  return {
    outcome: 'changed',
    ticket: withTransfer(ticket, transferId, {
      // A result that arrived first already completed the transfer; the acceptance only fills in its time.
      receipt: transfer.receipt === 'completed' ? 'completed' : 'accepted',
      acceptedAt: fields.at,
      partnerReference: partnerReference ?? transfer.partnerReference,
    }),
    entry: entryFor(event, {
      ...fields,
      statusAfter: statusAfter(ticket.status, 'partner-transfer-reported'),
      reason: lateAcceptance ? 'late' : null,
    }),
  };
}

/** The partner refused the transfer with a coded reason: the ticket goes back to its owner. */
export function applyPartnerTransferRejected(
  ticket: Ticket,
  event: EventEnvelope<'partner-transfer.rejected.v1', PartnerTransferRejectedV1>,
  ctx: DecisionContext,
): TicketChange {
  const { transferId, partner, reason, note, suggestedNextStep, rejectedAt } = event.data;
  const fields = { at: new Date(rejectedAt), ...partnerActor(partner, null), reason, note };
  const transfer = transferOf(ticket, transferId, partner);
  if (!transfer) return newsOfUnknownTransfer(ticket, event, fields);
  if (transfer.receipt === 'rejected') return { outcome: 'ignored', reason: 'duplicate' };
  // Accepted or completed: the partner cannot take back what it took on.
  if (transfer.receipt === 'accepted' || transfer.receipt === 'completed')
    return { outcome: 'ignored', reason: 'stale' };

  const changed = withTransfer(ticket, transferId, {
    receipt: 'rejected',
    rejection: { reason, note, suggestedNextStep },
  });
  // The suggested next step is kept on the transfer, where the owner reads it beside the reason.
  const status = statusAfterReturn(ticket, transferId);
  const entry = entryFor(event, { ...fields, statusAfter: status });
  // After an overdue the ticket came back and a supervisor was alerted already; the reason is news.
  if (transfer.receipt === 'overdue') return { outcome: 'changed', ticket: { ...changed, status }, entry };
  const alert = returnedAlert(
    ticket,
    transfer,
    `${partner} rejected the transfer of ticket ${ticket.ticketNumber} (${reason}${note ? `: ${note}` : ''}); suggested next step: ${suggestedNextStep}`,
    ctx,
    status,
  );
  return {
    outcome: 'changed',
    ticket: { ...changed, status },
    entry,
    raised: { entries: [alert.entry], events: [alert.event] },
  };
}

/** The partner let its acceptance deadline pass: the ticket goes back to its owner. */
export function applyPartnerTransferAcceptanceOverdue(
  ticket: Ticket,
  event: EventEnvelope<'partner-transfer.acceptance-overdue.v1', PartnerTransferAcceptanceOverdueV1>,
  ctx: DecisionContext,
): TicketChange {
  const { transferId, partner, dueAt, suggestedNextStep, overdueAt } = event.data;
  // The partner said nothing: no words of its own, and the deadline's passing is nobody's act.
  const fields = { at: new Date(overdueAt), actor: null, reason: 'acceptance-overdue', note: null };
  const transfer = transferOf(ticket, transferId, partner);
  if (!transfer) return newsOfUnknownTransfer(ticket, event, fields);
  if (transfer.receipt === 'overdue') return { outcome: 'ignored', reason: 'duplicate' };
  // The partner answered before the deadline fell due, in whatever way: the deadline no longer matters.
  if (transfer.receipt !== 'awaiting-acceptance') return { outcome: 'ignored', reason: 'stale' };

  const changed = withTransfer(ticket, transferId, {
    receipt: 'overdue',
    overdue: { dueAt: new Date(dueAt), suggestedNextStep },
  });
  const status = statusAfterReturn(ticket, transferId);
  const alert = returnedAlert(
    ticket,
    transfer,
    `${partner} did not accept the transfer of ticket ${ticket.ticketNumber} by ${dueAt}; suggested next step: ${suggestedNextStep}`,
    ctx,
    status,
  );
  return {
    outcome: 'changed',
    ticket: { ...changed, status },
    entry: entryFor(event, { ...fields, statusAfter: status }),
    raised: { entries: [alert.entry], events: [alert.event] },
  };
}

/** A progress note from the partner: for the timeline only. */
export function applyPartnerTransferProgressReported(
  ticket: Ticket,
  event: EventEnvelope<'partner-transfer.progress-reported.v1', PartnerTransferProgressReportedV1>,
): TicketChange {
  const { transferId, partner, note, reportedAt } = event.data;
  const fields = { at: new Date(reportedAt), ...partnerActor(partner, null), reason: null, note };
  if (!transferOf(ticket, transferId, partner)) return newsOfUnknownTransfer(ticket, event, fields);
  return {
    outcome: 'changed',
    ticket,
    entry: entryFor(event, { ...fields, statusAfter: statusAfter(ticket.status, 'partner-transfer-reported') }),
  };
}

/**
 * The partner finished and said what it told the caller. The status stays: the owner answers
 * the caller next (from `transferred-out` the follow-up call is then due), calls back and closes.
 */
export function applyPartnerTransferResultReported(
  ticket: Ticket,
  event: EventEnvelope<'partner-transfer.result-reported.v1', PartnerTransferResultReportedV1>,
): TicketChange {
  const { transferId, partner, outcome, actionTaken, replyToCaller, completedAt, reportedAt } = event.data;
  // What the partner told the caller is the note: the owner's answer may take it up. What the
  // partner did and when it finished are kept on the transfer's result.
  const fields = { at: new Date(reportedAt), ...partnerActor(partner, null), reason: outcome, note: replyToCaller };
  const transfer = transferOf(ticket, transferId, partner);
  if (!transfer) return newsOfUnknownTransfer(ticket, event, fields);
  if (transfer.result !== null) return { outcome: 'ignored', reason: 'duplicate' };

  return {
    outcome: 'changed',
    // Whatever the partner said before, a result means it took the case on and finished it.
    ticket: withTransfer(ticket, transferId, {
      receipt: 'completed',
      result: { outcome, actionTaken, replyToCaller, completedAt: new Date(completedAt) },
    }),
    entry: entryFor(event, { ...fields, statusAfter: statusAfter(ticket.status, 'partner-transfer-reported') }),
  };
}

/** Whether a transfer still waits for the partner or is with it: asked and not yet accepted, or accepted. */
export function isWithPartner(transfer: Pick<PartnerTransfer, 'receipt'>): boolean {
  return transfer.receipt === 'awaiting-acceptance' || transfer.receipt === 'accepted';
}

/**
 * The status once a transfer came back. A ticket passed out (`transferred-out`) returns to its
 * owner unless another transfer of it is still with a partner; otherwise (a danger transfer to
 * 110 while a body works on the ticket) the status stays.
 */
function statusAfterReturn(ticket: Ticket, transferId: string): TicketStatus {
  const otherWithPartner = ticket.transfers.some((t) => t.transferId !== transferId && isWithPartner(t));
  return ticket.status === 'transferred-out' && !otherWithPartner
    ? statusAfter(ticket.status, 'partner-transfer-returned')
    : statusAfter(ticket.status, 'partner-transfer-reported');
}

/** The supervisor's alert for a transfer that came back: critical for a dangerous matter passed to 110. */
function returnedAlert(
  ticket: Ticket,
  transfer: PartnerTransfer,
  message: string,
  ctx: DecisionContext,
  status: TicketStatus,
) {
  return raiseAlert(
    ticket,
    {
      kind: 'partner-transfer-returned',
      severity: transfer.reason === 'danger' ? 'critical' : 'warning',
      message,
      agencyId: partnerHotlineId(transfer.partner),
    },
    ctx,
    status,
  );
}

/** The ticket's transfer the event is about: the same id, to the same partner. */
function transferOf(ticket: Ticket, transferId: string, partner: PartnerHotline): PartnerTransfer | undefined {
  return ticket.transfers.find((t) => t.transferId === transferId && t.partner === partner);
}

function withTransfer(ticket: Ticket, transferId: string, change: Partial<PartnerTransfer>): Ticket {
  return { ...ticket, transfers: ticket.transfers.map((t) => (t.transferId === transferId ? { ...t, ...change } : t)) };
}

/**
 * A receipt about a transfer the ticket has no record of: kept in the timeline as the partner
 * said it, nothing else changes. The entry's event id leads to the receipt and its transfer id.
 */
function newsOfUnknownTransfer(
  ticket: Ticket,
  event: EventEnvelope<string, { transferId: string }>,
  fields: Omit<EntryFields, 'statusAfter'>,
): TicketChange {
  return {
    outcome: 'changed',
    ticket,
    entry: entryFor(event, { ...fields, statusAfter: statusAfter(ticket.status, 'news-after-the-fact') }),
  };
}

/** The partner as the timeline names it: the desk that acted when it gave one, else the hotline's number. */
function partnerActor(
  partner: PartnerHotline,
  desk: string | null,
): Pick<TimelineEntry, 'actor' | 'actorOrganisationId'> {
  return { actor: desk ?? partner, actorOrganisationId: partnerHotlineId(partner) };
}

type EntryFields = Pick<TimelineEntry, 'at' | 'actor' | 'statusAfter' | 'reason' | 'note'> &
  Partial<Pick<TimelineEntry, 'actorOrganisationId'>>;

function entryFor(event: EventEnvelope<string, unknown>, fields: EntryFields): TimelineEntry {
  return {
    eventId: event.id,
    source: event.source,
    kind: event.type,
    actorOrganisationId: null,
    actorId: null,
    ...fields,
  };
}

import { createEvent, type Actor, type EventEnvelope, type PartnerHotline, type PartnerTransferRequestedV1, type TicketStatus } from '@legal-hotline/contracts';
import { actorFieldsOf } from './actors.js';
import type { DecisionContext, Ticket, TimelineEntry } from './ticket.js';

export interface TransferRequest {
  partner: PartnerHotline;
  reason: PartnerTransferRequestedV1['reason'];
  urgent: boolean;
  note: string | null;
  requestedBy: Actor;
}

export interface RequestedTransfer {
  ticket: Ticket;
  entry: TimelineEntry;
  event: EventEnvelope<'partner-transfer.requested.v1', PartnerTransferRequestedV1>;
}

/**
 * Asks the hotline exchange to pass the ticket to a partner hotline. The event carries the
 * caller's full name and phone, because the partner must reach the caller; only the exchange
 * consumes it (PIPL Art. 23: the caller is told who receives the case).
 */
export function requestTransfer(ticket: Ticket, request: TransferRequest, ctx: DecisionContext, statusAfterTransfer: TicketStatus): RequestedTransfer {
  const transferId = ctx.newId();
  const event = createEvent({
    id: ctx.newId(),
    type: 'partner-transfer.requested.v1',
    source: 'intake',
    subject: transferId,
    occurredAt: ctx.now,
    correlationId: ctx.correlationId,
    causationId: ctx.causationId,
    data: {
      transferId,
      ticketId: ticket.id,
      ticketNumber: ticket.ticketNumber,
      partner: request.partner,
      reason: request.reason,
      urgent: request.urgent,
      legalCategory: ticket.legalCategory,
      regionCode: ticket.regionCode,
      summary: ticket.summary,
      note: request.note,
      caller: { name: ticket.caller.name, phone: ticket.caller.phone, language: ticket.caller.language },
      requestedBy: request.requestedBy,
      requestedAt: ctx.now.toISOString(),
    },
  });
  const transfer = {
    transferId,
    partner: request.partner,
    reason: request.reason,
    urgent: request.urgent,
    requestedAt: ctx.now,
    delivery: 'pending',
    attempts: 0,
    partnerReference: null,
    lastError: null,
    receipt: 'awaiting-acceptance',
    acceptedAt: null,
    rejection: null,
    overdue: null,
    result: null,
  } as const;
  return {
    ticket: { ...ticket, transfers: [...ticket.transfers, transfer] },
    entry: {
      eventId: event.id,
      at: ctx.now,
      source: 'intake',
      ...actorFieldsOf(request.requestedBy),
      kind: event.type,
      statusAfter: statusAfterTransfer,
      reason: request.reason,
      note: `transfer to ${request.partner} requested${request.urgent ? ' (urgent)' : ''}${request.note ? `: ${request.note}` : ''}`,
    },
    event,
  };
}

import { createEvent, type AlertKind, type EventEnvelope, type SupervisionAlertRaisedV1, type TicketStatus } from '@legal-hotline/contracts';
import type { DecisionContext, Ticket, TimelineEntry } from './ticket.js';

export interface AlertRequest {
  kind: AlertKind;
  severity: SupervisionAlertRaisedV1['severity'];
  message: string;
  agencyId: string | null;
}

/** Raises a supervision alert (督办) about the ticket, with the timeline entry that shows it was raised. */
export function raiseAlert(
  ticket: Pick<Ticket, 'id'>,
  alert: AlertRequest,
  ctx: DecisionContext,
  statusAfterAlert: TicketStatus,
): { entry: TimelineEntry; event: EventEnvelope<'supervision.alert-raised.v1', SupervisionAlertRaisedV1> } {
  const event = createEvent({
    id: ctx.newId(),
    type: 'supervision.alert-raised.v1',
    source: 'intake',
    subject: ticket.id,
    occurredAt: ctx.now,
    correlationId: ctx.correlationId,
    causationId: ctx.causationId,
    data: { alertId: ctx.newId(), ticketId: ticket.id, ...alert, raisedAt: ctx.now.toISOString() },
  });
  return {
    entry: {
      eventId: event.id,
      at: ctx.now,
      source: 'intake',
      actor: null,
      actorOrganisationId: null,
      actorId: null,
      kind: event.type,
      statusAfter: statusAfterAlert,
      reason: alert.kind,
      note: `supervisor alerted (${alert.severity}): ${alert.message}`,
    },
    event,
  };
}

import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PlatformEvent } from '@legal-hotline/contracts';
import { appendToOutbox } from '@legal-hotline/messaging';
import {
  applyAcceptanceClockChanged,
  applyAssignmentAccepted,
  applyAssignmentCompleted,
  applyAssignmentOverdue,
  applyAssignmentReceived,
  applyAssignmentRejected,
  applyAssignmentRequested,
  applyAssignmentStarted,
  applyAssignmentWithdrawn,
  applyPartnerTransferDelivered,
  applyPartnerTransferDeliveryFailed,
  applyRoutingFailed,
  applyRoutingReturnedToOwner,
} from './domain/handling-progress.js';
import type { DecisionContext, Ticket, TicketChange } from './domain/ticket.js';
import { TicketError } from './domain/ticket-error.js';
import {
  applyPartnerTransferAcceptanceOverdue,
  applyPartnerTransferAccepted,
  applyPartnerTransferProgressReported,
  applyPartnerTransferRejected,
  applyPartnerTransferResultReported,
} from './domain/transfer-receipts.js';
import { TicketRepository } from './ticket.repository.js';

const PROGRESS_EVENT_TYPES = [
  'assignment.requested.v1',
  'assignment.received.v1',
  'assignment.accepted.v1',
  'assignment.rejected.v1',
  'assignment.started.v1',
  'assignment.completed.v1',
  'assignment.overdue.v1',
  'assignment.withdrawn.v1',
  'assignment.clock-paused.v1',
  'assignment.clock-resumed.v1',
  'routing.failed.v1',
  'routing.returned-to-owner.v1',
  'partner-transfer.delivered.v1',
  'partner-transfer.delivery-failed.v1',
  'partner-transfer.accepted.v1',
  'partner-transfer.rejected.v1',
  'partner-transfer.acceptance-overdue.v1',
  'partner-transfer.progress-reported.v1',
  'partner-transfer.result-reported.v1',
] as const;

/** Events other services emit about a ticket's handling, its transfers and the partners' receipts of them. */
export type TicketProgressEvent = Extract<PlatformEvent, { type: (typeof PROGRESS_EVENT_TYPES)[number] }>;

export function isTicketProgressEvent(event: PlatformEvent): event is TicketProgressEvent {
  return (PROGRESS_EVENT_TYPES as readonly string[]).includes(event.type);
}

/**
 * Records what another service reports about a ticket: status, current handler and a timeline
 * entry, and what the change raises (a supervisor's alert when a partner returns a transfer) to
 * the outbox. Runs in the consumer's transaction, holding the ticket's row lock.
 */
@Injectable()
export class RecordTicketProgressHandler {
  private readonly logger = new Logger(RecordTicketProgressHandler.name);

  constructor(private readonly tickets: TicketRepository) {}

  async handle(event: TicketProgressEvent, manager: EntityManager): Promise<void> {
    const ticketId = event.data.ticketId;
    const ticket = await this.tickets.lock(manager, ticketId);
    // Permanent: the ticket exists before anyone routes it, so redelivery cannot help.
    if (!ticket) throw TicketError.notFound(ticketId);

    // What the change raises is part of the flow the event belongs to, and caused by it.
    const ctx: DecisionContext = { now: new Date(), newId: randomUUID, correlationId: event.correlationId, causationId: event.id };
    const change = decide(ticket, event, ctx);
    if (change.outcome === 'ignored') {
      this.logger.log({ msg: `ignored ${change.reason} event`, ticketId, eventId: event.id, type: event.type });
      return;
    }
    await this.tickets.update(manager, change.ticket, change.entry, ...(change.raised?.entries ?? []));
    await appendToOutbox(manager, change.raised?.events ?? []);
  }
}

function decide(ticket: Ticket, event: TicketProgressEvent, ctx: DecisionContext): TicketChange {
  switch (event.type) {
    case 'assignment.requested.v1':
      return applyAssignmentRequested(ticket, event);
    case 'assignment.received.v1':
      return applyAssignmentReceived(ticket, event);
    case 'assignment.accepted.v1':
      return applyAssignmentAccepted(ticket, event);
    case 'assignment.rejected.v1':
      return applyAssignmentRejected(ticket, event);
    case 'assignment.started.v1':
      return applyAssignmentStarted(ticket, event);
    case 'assignment.completed.v1':
      return applyAssignmentCompleted(ticket, event);
    case 'assignment.overdue.v1':
      return applyAssignmentOverdue(ticket, event);
    case 'assignment.withdrawn.v1':
      return applyAssignmentWithdrawn(ticket, event);
    case 'assignment.clock-paused.v1':
    case 'assignment.clock-resumed.v1':
      return applyAcceptanceClockChanged(ticket, event);
    case 'routing.failed.v1':
      return applyRoutingFailed(ticket, event);
    case 'routing.returned-to-owner.v1':
      return applyRoutingReturnedToOwner(ticket, event);
    case 'partner-transfer.delivered.v1':
      return applyPartnerTransferDelivered(ticket, event);
    case 'partner-transfer.delivery-failed.v1':
      return applyPartnerTransferDeliveryFailed(ticket, event);
    case 'partner-transfer.accepted.v1':
      return applyPartnerTransferAccepted(ticket, event);
    case 'partner-transfer.rejected.v1':
      return applyPartnerTransferRejected(ticket, event, ctx);
    case 'partner-transfer.acceptance-overdue.v1':
      return applyPartnerTransferAcceptanceOverdue(ticket, event, ctx);
    case 'partner-transfer.progress-reported.v1':
      return applyPartnerTransferProgressReported(ticket, event);
    case 'partner-transfer.result-reported.v1':
      return applyPartnerTransferResultReported(ticket, event);
  }
}

import type { Actor } from '@legal-hotline/contracts';
import { actorName } from './actors.js';
import type { DecisionContext, Ticket, TicketDecision, TimelineEntry, Watcher } from './ticket.js';
import { TicketError } from './ticket-error.js';
import { statusAfter } from './ticket-status-machine.js';

export interface ReferTicketCommand {
  actor: Actor;
  /** The organisation that may see the ticket from now on. */
  organisation: string;
  reason: string;
}

/**
 * A referral (转介): another body may see the ticket without owning it. Anyone working on the
 * ticket may refer it; the first-contact owner cannot watch its own ticket, and a body watches
 * a ticket once.
 */
export function referTicket(ticket: Ticket, command: ReferTicketCommand, ctx: DecisionContext): TicketDecision {
  if (command.organisation === ticket.firstContact.organisation) {
    throw new TicketError('TICKET.ALREADY_WATCHING', 'conflict', `${command.organisation} is the first-contact owner of this ticket`, 'organisation');
  }
  if (isWatching(ticket, command.organisation)) {
    throw new TicketError('TICKET.ALREADY_WATCHING', 'conflict', `${command.organisation} already watches this ticket`, 'organisation');
  }
  const status = statusAfter(ticket.status, 'referred');
  const { ticket: referred, entry } = withWatcher(
    ticket,
    { organisation: command.organisation, reason: command.reason, addedBy: command.actor, addedAt: ctx.now },
    ctx,
    status,
  );
  return { ticket: referred, entries: [entry], events: [] };
}

export function isWatching(ticket: Pick<Ticket, 'watchers'>, organisation: string): boolean {
  return ticket.watchers.some((w) => w.organisation === organisation);
}

/**
 * Adds a watcher with its timeline entry. Intake publishes no event for a referral, so the
 * entry gets an id of its own.
 */
export function withWatcher(ticket: Ticket, watcher: Watcher, ctx: Pick<DecisionContext, 'newId'>, statusAfterReferral: Ticket['status']): { ticket: Ticket; entry: TimelineEntry } {
  return {
    ticket: { ...ticket, watchers: [...ticket.watchers, watcher] },
    entry: {
      eventId: ctx.newId(),
      at: watcher.addedAt,
      source: 'intake',
      actor: actorName(watcher.addedBy),
      kind: 'ticket.referred',
      statusAfter: statusAfterReferral,
      reason: watcher.reason,
      note: `${watcher.organisation} may see the ticket without owning it (referral)`,
    },
  };
}

import type { Actor } from '@legal-hotline/contracts';
import { actorFieldsOf, checkResponsible } from './actors.js';
import type { DecisionContext, Ticket, TicketDecision, TimelineEntry, Watcher } from './ticket.js';
import { TicketError } from './ticket-error.js';
import { statusAfter } from './ticket-status-machine.js';

export interface ReferTicketCommand {
  actor: Actor;
  /** The organisation that may see the ticket from now on: its id and display name. */
  organisation: { id: string; name: string };
  reason: string;
}

/** The watcher id of a partner hotline ("110" → `partner-hotline:110`), as partner-forwarded tickets name their first contact. */
export function partnerHotlineId(partner: string): string {
  return `partner-hotline:${partner}`;
}

/**
 * A referral (转介): another organisation may see the ticket without owning it. Only the
 * responsible platform refers, since it decides who learns of its caller's matter; it cannot
 * watch its own ticket, and an organisation watches a ticket once.
 */
export function referTicket(ticket: Ticket, command: ReferTicketCommand, ctx: DecisionContext): TicketDecision {
  checkResponsible(ticket, command.actor, 'refer');
  const { id, name } = command.organisation;
  if (id === ticket.responsible.organisationId) {
    throw new TicketError('TICKET.ALREADY_WATCHING', 'conflict', `${name} is the platform responsible for this ticket`, 'organisationId');
  }
  if (isWatching(ticket, id)) {
    throw new TicketError('TICKET.ALREADY_WATCHING', 'conflict', `${name} already watches this ticket`, 'organisationId');
  }
  const status = statusAfter(ticket.status, 'referred');
  const { ticket: referred, entry } = withWatcher(
    ticket,
    { organisationId: id, organisation: name, reason: command.reason, addedBy: command.actor, addedAt: ctx.now },
    ctx,
    status,
  );
  return { ticket: referred, entries: [entry], events: [] };
}

export function isWatching(ticket: Pick<Ticket, 'watchers'>, organisationId: string): boolean {
  return ticket.watchers.some((w) => w.organisationId === organisationId);
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
      ...actorFieldsOf(watcher.addedBy),
      kind: 'ticket.referred',
      statusAfter: statusAfterReferral,
      reason: watcher.reason,
      note: `${watcher.organisation} may see the ticket without owning it (referral)`,
    },
  };
}

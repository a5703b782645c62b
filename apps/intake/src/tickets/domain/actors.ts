import type { Actor } from '@legal-hotline/contracts';
import type { Ticket } from './ticket.js';
import { TicketError } from './ticket-error.js';

/** Who acted, as the timeline names them: the agent, or the organisation for a system action. */
export function actorName(actor: Actor): string {
  return actor.agent ?? actor.organisation;
}

/** The first-contact owner (首问) as an actor, for what intake does on its behalf (a danger transfer). */
export function ownerActor(ticket: Pick<Ticket, 'firstContact'>): Actor {
  return { organisation: ticket.firstContact.organisation, agent: ticket.firstContact.agent };
}

/** Whether `actor` speaks for the ticket's first-contact owner: the same organisation. */
export function isOwner(ticket: Pick<Ticket, 'firstContact'>, actor: Actor): boolean {
  return actor.organisation === ticket.firstContact.organisation;
}

/** Refuses with 403 `TICKET.NOT_OWNER` unless `actor` is the first-contact owner. */
export function checkOwner(ticket: Pick<Ticket, 'firstContact'>, actor: Actor, command: string): void {
  if (!isOwner(ticket, actor)) throw TicketError.notOwner(actor.organisation, ticket.firstContact.organisation, command);
}

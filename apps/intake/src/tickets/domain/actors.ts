import type { Actor } from '@legal-hotline/contracts';
import type { Ticket, TimelineEntry } from './ticket.js';
import { TicketError } from './ticket-error.js';

/**
 * An actor as a verified access token names them (`actorOf(principal)`): organisation and
 * person by display name and by id. Commands of intake's own users always carry one.
 */
export type VerifiedActor = Actor & { organisationId: string; agentId: string };

/** Who acted, as the timeline names them: the agent, or the organisation for a system action. */
export function actorName(actor: Actor): string {
  return actor.agent ?? actor.organisation;
}

/** The timeline's fields for an actor: display name and, when known, the ids behind it. */
export function actorFieldsOf(actor: Actor): Pick<TimelineEntry, 'actor' | 'actorOrganisationId' | 'actorId'> {
  return { actor: actorName(actor), actorOrganisationId: actor.organisationId ?? null, actorId: actor.agentId ?? null };
}

/** The first contact (首问) as an actor: who received the request, as the opening records it. */
export function firstContactActor(ticket: Pick<Ticket, 'firstContact'>): Actor {
  const { organisation, organisationId, agent, agentId } = ticket.firstContact;
  return { organisation, organisationId, agent, ...(agentId === null ? {} : { agentId }) };
}

/**
 * The responsible platform as an actor, for what intake does on its behalf (a danger transfer
 * at opening): with the receiving agent when the platform received the request itself, as the
 * organisation alone for a partner's forward.
 */
export function responsibleActor(ticket: Pick<Ticket, 'firstContact' | 'responsible'>): Actor {
  const { organisation, organisationId } = ticket.responsible;
  const { agent, agentId } = ticket.firstContact.organisationId === organisationId ? ticket.firstContact : { agent: null, agentId: null };
  return { organisation, organisationId, agent, ...(agentId === null ? {} : { agentId }) };
}

/** Whether `actor` acts for the ticket's responsible platform: the same organisation id, never just the same name. */
export function isResponsible(ticket: Pick<Ticket, 'responsible'>, actor: Pick<Actor, 'organisationId'>): boolean {
  return actor.organisationId !== undefined && actor.organisationId === ticket.responsible.organisationId;
}

/** Refuses with 403 `TICKET.NOT_OWNER` unless `actor` acts for the ticket's responsible platform. */
export function checkResponsible(ticket: Pick<Ticket, 'responsible'>, actor: Actor, command: string): void {
  if (!isResponsible(ticket, actor)) throw TicketError.notOwner(actor.organisation, ticket.responsible.organisation, command);
}

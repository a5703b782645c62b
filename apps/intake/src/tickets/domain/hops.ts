import type { CurrentAssignment, Hop, Ticket } from './ticket.js';

// The hand-offs of a ticket: which body holds it, how each hand-off ended.

export function hopOf(ticket: Pick<Ticket, 'hops'>, assignmentId: string): Hop | undefined {
  return ticket.hops.find((hop) => hop.assignmentId === assignmentId);
}

/** The hop of the current assignment, if the ticket has one. */
export function currentHop(ticket: Pick<Ticket, 'hops' | 'currentAssignment'>): Hop | undefined {
  return ticket.currentAssignment ? hopOf(ticket, ticket.currentAssignment.assignmentId) : undefined;
}

/** The hops with one of them changed. */
export function withHop(hops: readonly Hop[], assignmentId: string, change: Partial<Hop>): Hop[] {
  return hops.map((hop) => (hop.assignmentId === assignmentId ? { ...hop, ...change } : hop));
}

/** A new hop for a body routing just asked. */
export function hopFor(assignment: CurrentAssignment): Hop {
  return {
    assignmentId: assignment.assignmentId,
    agencyId: assignment.agencyId,
    agencyType: assignment.agencyType,
    name: assignment.name,
    arrivedAt: assignment.since,
    outcome: 'still-there',
    leftAt: null,
    reason: null,
    startedAt: null,
    completedAt: null,
  };
}

/** Whether a body holds the ticket and has not finished: asked, accepted or working, not completed. */
export function bodyAtWork(ticket: Pick<Ticket, 'hops' | 'currentAssignment'>): boolean {
  if (!ticket.currentAssignment) return false;
  return currentHop(ticket)?.completedAt == null;
}

/** Whether the current body accepted and still holds the ticket (not completed). */
export function acceptedAndHolding(ticket: Pick<Ticket, 'hops' | 'currentAssignment'>): boolean {
  const hop = currentHop(ticket);
  return hop?.outcome === 'accepted' && hop.completedAt === null;
}

/** The ticket without its current assignment, which joins the past ones. */
export function released<T extends Pick<Ticket, 'currentAssignment' | 'pastAssignmentIds'>>(ticket: T): T {
  const current = ticket.currentAssignment;
  if (!current) return ticket;
  return { ...ticket, currentAssignment: null, pastAssignmentIds: [...ticket.pastAssignmentIds, current.assignmentId] };
}

import type { components } from '../../api/generated/intake';

type Ticket = components['schemas']['TicketView'];

/** Done with: closed, or living on in another ticket. */
const CLOSED_OR_MERGED = new Set(['closed', 'merged']);
/** Not to be closed or merged from here: done with, or with a partner hotline. */
const FINISHED = new Set([...CLOSED_OR_MERGED, 'transferred-out']);
/** Back with the responsible platform to decide: another partner hotline may take the matter. */
const TRANSFERABLE = new Set(['returned-to-owner', 'reopened', 'at-desk']);
/** A desk ticket waiting for its answer: kept at the desk, reopened, or back from a partner hotline. */
const AWAITING_DESK_ANSWER = new Set(['at-desk', 'reopened', 'returned-to-owner']);
/** No longer this platform's to send on: merged, or with a partner hotline. */
const NOT_DISPATCHABLE = new Set(['merged', 'transferred-out']);

export type TicketActions = ReturnType<typeof actionsAllowed>;

/**
 * What the signed-in person may do with this ticket now (the service decides in the end). The
 * responsible platform acts (首问负责): the first contact for its own requests, the 12348 platform
 * answering a case a partner hotline forwarded.
 */
export function actionsAllowed(
  ticket: Pick<Ticket, 'status' | 'responsible' | 'answer' | 'followUp' | 'merge' | 'handling' | 'deskResolution'>,
  principal: { organisationId: string | null; roles: string[] },
) {
  const responsible = principal.organisationId !== null && principal.organisationId === ticket.responsible.organisationId;
  const agent = responsible && principal.roles.includes('hotline-agent');
  const lead = responsible && principal.roles.includes('owner-lead');
  const desk = ticket.handling === 'desk';
  return {
    // A matter passed to a partner hotline is still answered by this platform, often with what the partner reports.
    // A desk ticket is answered by closing it at the desk (即时办结) instead.
    answer: agent && !CLOSED_OR_MERGED.has(ticket.status) && !(desk && AWAITING_DESK_ANSWER.has(ticket.status)),
    // The follow-up call is due once the caller was answered and the handling body finished; a ticket
    // closed at the desk may be called back (回访抽样) as long as no call was recorded.
    followUp: agent && (ticket.status === 'follow-up-due' || (desk && ticket.status === 'closed' && ticket.deskResolution !== null && ticket.followUp === null)),
    deskResolve: agent && desk && AWAITING_DESK_ANSWER.has(ticket.status),
    // Turning a desk ticket into a work order keeps its number; a closed one is reopened in the same step.
    workOrder: agent && desk && !NOT_DISPATCHABLE.has(ticket.status),
    close: lead && !FINISHED.has(ticket.status) && ticket.followUp !== null,
    // Also to take back a matter a partner hotline has not taken on.
    reopen: agent && (ticket.status === 'closed' || ticket.status === 'follow-up-due' || ticket.status === 'transferred-out'),
    transfer: agent && TRANSFERABLE.has(ticket.status),
    merge: lead && !FINISHED.has(ticket.status),
    unmerge: lead && ticket.status === 'merged' && ticket.merge !== null,
    callerDetails: agent,
  };
}

import type { CallerProfile, TicketOpenedV1 } from '@legal-hotline/contracts';
import { maskName, maskPhone } from './caller-masks.js';
import type { Caller, FirstContactOwner, Ticket } from './ticket.js';

/** What routing and the receiving bodies learn of a ticket, as it stands: the opening's data, and a dispatch request's. */
export type OpeningData = Omit<TicketOpenedV1, 'handling'>;

export function openingDataOf(ticket: Ticket): OpeningData {
  return {
    ticketId: ticket.id,
    ticketNumber: ticket.ticketNumber,
    channel: ticket.channel,
    firstContact: firstContactOf(ticket.firstContact),
    caller: callerProfileOf(ticket.caller),
    requestType: ticket.requestType,
    legalCategory: ticket.legalCategory,
    regionCode: ticket.regionCode,
    matterLocation: ticket.matterLocation,
    summary: ticket.summary,
    flags: ticket.flags,
    openedAt: ticket.openedAt.toISOString(),
    ...(ticket.specialLine === null ? {} : { specialLine: ticket.specialLine }),
  };
}

/**
 * What the receiving bodies learn of the caller from the opening: masked name and phone (PIPL:
 * minimum necessary). The body that accepts reads the full details from intake, with a purpose.
 */
export function callerProfileOf(caller: Caller): CallerProfile {
  return {
    maskedName: maskName(caller.name),
    maskedPhone: maskPhone(caller.phone),
    language: caller.language,
    accessibilityNeeds: [...caller.accessibilityNeeds],
  };
}

/** The first contact as events carry it: display names, and the ids where there are any. */
function firstContactOf(firstContact: FirstContactOwner): TicketOpenedV1['firstContact'] {
  const { platform, organisation, organisationId, agent, agentId, receivedAt } = firstContact;
  return { platform, organisation, agent, receivedAt: receivedAt.toISOString(), organisationId, ...(agentId === null ? {} : { agentId }) };
}

import { Injectable } from '@nestjs/common';
import type { Principal } from '@legal-hotline/auth';
import { possibleDuplicatesOf } from './domain/duplicates.js';
import { canSeeTicket, isAgent } from './domain/ticket-access.js';
import { TicketError } from './domain/ticket-error.js';
import { ticketRefusedTo } from './ticket-refusal.js';
import { TicketRepository } from './ticket.repository.js';
import { ticketViewOf, type TicketView } from './ticket-view.dto.js';

/**
 * One ticket with its whole timeline and the possible duplicates the reader's organisation may
 * see, caller masked. 404 for an unknown id; 403 for a ticket the principal may not read.
 */
@Injectable()
export class GetTicketHandler {
  constructor(private readonly tickets: TicketRepository) {}

  /**
   * `authorisedByCommand`: the answer to a command whose own rule let the principal act on this
   * ticket (a merge by the owner of the other ticket), shown without the read check.
   */
  async get(id: string, principal: Principal, access: 'check' | 'authorised-by-command' = 'check'): Promise<TicketView> {
    const found = await this.tickets.findWithTimeline(id);
    if (!found) throw TicketError.notFound(id);
    const { ticket, timeline } = found;
    if (access === 'check' && !canSeeTicket(principal, ticket)) throw ticketRefusedTo(principal);
    const viewer = isAgent(principal) ? (principal.organisation?.id ?? null) : null;
    const sameCaller = ticket.callerFingerprint && viewer !== null ? await this.tickets.sameCaller(ticket.callerFingerprint) : [];
    return ticketViewOf(ticket, timeline, possibleDuplicatesOf(ticket, sameCaller, viewer), new Date());
  }
}

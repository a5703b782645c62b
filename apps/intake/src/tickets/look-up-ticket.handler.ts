import { Injectable } from '@nestjs/common';
import { CodedError } from '@legal-hotline/service-runtime';
import { lookUpForCaller } from './domain/caller-lookup.js';
import type { TicketLookupQueryDto } from './ticket.dto.js';
import { TicketRepository } from './ticket.repository.js';
import { callerLookupViewOf, type CallerLookupView } from './ticket-view.dto.js';

/**
 * A caller follows their ticket with its number and their phone's last four digits. A wrong
 * pair answers exactly like an unknown number, so the lookup tells strangers nothing.
 */
@Injectable()
export class LookUpTicketHandler {
  constructor(private readonly tickets: TicketRepository) {}

  async lookUp(query: TicketLookupQueryDto): Promise<CallerLookupView> {
    const answer = lookUpForCaller(await this.tickets.findForLookup(query.ticketNumber), query.phoneLast4);
    if (!answer) throw new CodedError('TICKET.NOT_FOUND', 'not-found', 'no ticket has this number and these phone digits');
    return callerLookupViewOf(answer);
  }
}

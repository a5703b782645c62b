import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { codeMatches, lookupAnswerOf, lookupThrottle, LOOKUP_FAILURE_WINDOW_MS } from './domain/caller-lookup.js';
import type { TicketLookupDto } from './ticket.dto.js';
import { TicketLookupFailureRepository } from './ticket-lookup-failure.repository.js';
import { TicketRepository } from './ticket.repository.js';
import { callerLookupViewOf, type CallerLookupView } from './ticket-view.dto.js';
import { TicketsSettings } from './tickets-settings.js';

export type LookupResult =
  | { outcome: 'found'; view: CallerLookupView }
  /** No ticket has this reference, or the code is wrong: the two are never told apart. */
  | { outcome: 'not-found' }
  /** Too many failed attempts on this reference lately, whatever the code. */
  | { outcome: 'throttled'; retryAfterSeconds: number };

/**
 * A caller follows their ticket with the reference and one-time code the agent told them. A
 * wrong code counts as a failure of the reference, and so does an unknown reference, so the
 * limit itself tells nobody which references exist. Attempts on one reference are serialised
 * and counted in PostgreSQL, in the transaction that reads the ticket.
 */
@Injectable()
export class LookUpTicketHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tickets: TicketRepository,
    private readonly failures: TicketLookupFailureRepository,
    private readonly settings: TicketsSettings,
  ) {}

  lookUp(dto: TicketLookupDto): Promise<LookupResult> {
    return this.dataSource.transaction(async (manager): Promise<LookupResult> => {
      await this.failures.lockReference(manager, dto.reference);
      const now = new Date();
      const windowStart = new Date(now.getTime() - LOOKUP_FAILURE_WINDOW_MS);
      const throttle = lookupThrottle(await this.failures.failuresSince(manager, dto.reference, windowStart), now);
      if (!throttle.allowed) return { outcome: 'throttled', retryAfterSeconds: throttle.retryAfterSeconds };

      const ticket = await this.tickets.findForLookup(manager, dto.reference);
      if (codeMatches(ticket?.key ?? null, dto.reference, dto.code, this.settings.callerHashKey) && ticket) {
        return { outcome: 'found', view: callerLookupViewOf(lookupAnswerOf(ticket.status, ticket.deskResolution)) };
      }
      await this.failures.record(manager, dto.reference, now, windowStart);
      return { outcome: 'not-found' };
    });
  }
}

import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { actorOf, type Principal } from '@legal-hotline/auth';
import { appendToOutbox } from '@legal-hotline/messaging';
import type { CorrelationContext } from '@legal-hotline/observability';
import { mergeTicket, undoMerge, type MergeDecision } from './domain/merge.js';
import type { DecisionContext, Ticket } from './domain/ticket.js';
import { TicketError } from './domain/ticket-error.js';
import { GetTicketHandler } from './get-ticket.handler.js';
import type { MergeTicketDto } from './ticket.dto.js';
import { TicketRepository } from './ticket.repository.js';
import type { TicketView } from './ticket-view.dto.js';

/**
 * Merges a duplicate into another ticket, or undoes it: both tickets locked (in id order), both
 * changed with their timeline entries, and the event, in one transaction. The actor is the
 * principal; the domain lets the responsible platform of either ticket act.
 */
@Injectable()
export class MergeTicketsHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tickets: TicketRepository,
    private readonly getTicket: GetTicketHandler,
  ) {}

  merge(id: string, dto: MergeTicketDto, principal: Principal, correlation: CorrelationContext): Promise<TicketView> {
    const command = { actor: actorOf(principal), intoTicketId: dto.intoTicketId, reason: dto.reason };
    return this.run(id, dto.intoTicketId, principal, correlation, (ticket, into, ctx) => mergeTicket(ticket, into, command, ctx));
  }

  undo(id: string, principal: Principal, correlation: CorrelationContext): Promise<TicketView> {
    const actor = actorOf(principal);
    return this.run(id, null, principal, correlation, (ticket, into, ctx) => undoMerge(ticket, into, { actor }, ctx));
  }

  /** `intoId` null: the ticket the merged one lives on in, as its merge record says. */
  private async run(
    id: string,
    intoId: string | null,
    principal: Principal,
    correlation: CorrelationContext,
    decide: (ticket: Ticket, into: Ticket | null, ctx: DecisionContext) => MergeDecision,
  ): Promise<TicketView> {
    await this.dataSource.transaction(async (manager) => {
      // To undo, the merge record names the other ticket. It is read before the locks, which are
      // taken in id order; should it change meanwhile, the locked record no longer names the
      // locked ticket and the domain refuses.
      const target = intoId ?? (await this.tickets.find(manager, id))?.merge?.intoTicketId ?? null;
      const locked = await this.tickets.lockAll(manager, target ? [id, target] : [id]);
      const ticket = locked.get(id);
      if (!ticket) throw TicketError.notFound(id);
      const intoNow = intoId ?? ticket.merge?.intoTicketId;
      const into = intoNow && intoNow !== id ? (locked.get(intoNow) ?? null) : null;
      const decision = decide(ticket, into, { now: new Date(), newId: randomUUID, ...correlation });
      await this.tickets.update(manager, decision.ticket, ...decision.entries.ticket);
      await this.tickets.update(manager, decision.into, ...decision.entries.into);
      await appendToOutbox(manager, decision.events);
    });
    // The owner of the surviving ticket may merge a duplicate it cannot otherwise read.
    return this.getTicket.get(id, principal, 'authorised-by-command');
  }
}

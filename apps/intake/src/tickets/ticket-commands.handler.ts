import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { actorOf, type Principal } from '@legal-hotline/auth';
import { appendToOutbox } from '@legal-hotline/messaging';
import type { CorrelationContext } from '@legal-hotline/observability';
import { requestDispatch, resolveAtDesk, unpublishedKnowledgeRefused, type DeskAnswer } from './domain/desk.js';
import { answerCaller, closeTicket, recordFollowUp, reopenTicket, transferOut } from './domain/owner-commands.js';
import { referTicket } from './domain/referrals.js';
import type { DecisionContext, Ticket, TicketDecision } from './domain/ticket.js';
import { TicketError } from './domain/ticket-error.js';
import { GetTicketHandler } from './get-ticket.handler.js';
import { unpublishedKnowledgeEntryIds } from '../knowledge/knowledge-citations.js';
import type { AnswerCallerDto, RecordFollowUpDto, ReferTicketDto, ReopenTicketDto, TransferTicketDto, WorkOrderDto } from './ticket.dto.js';
import { TicketRepository } from './ticket.repository.js';
import type { TicketView } from './ticket-view.dto.js';
import { TicketsSettings } from './tickets-settings.js';

/**
 * The commands on one ticket: answer, follow-up call, close, reopen, transfer out, refer, and the
 * desk's: resolve at first contact, turn into a work order. The
 * actor is the principal of the access token; the domain lets only the ticket's responsible
 * platform act. Each is one transaction: lock the ticket row, decide, save with its
 * timeline entries, outbox. Answers with the ticket as it is afterwards.
 */
@Injectable()
export class TicketCommandsHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tickets: TicketRepository,
    private readonly getTicket: GetTicketHandler,
    private readonly settings: TicketsSettings,
  ) {}

  /** The desk answers a ticket kept there and closes it (即时办结); the knowledge entries cited must be published. */
  resolveAtDesk(id: string, answer: DeskAnswer, principal: Principal, correlation: CorrelationContext): Promise<TicketView> {
    const command = { actor: actorOf(principal), answer, followUpSampleShare: this.settings.deskFollowUpSampleShare };
    return this.run(id, principal, correlation, async (ticket, ctx, manager) => {
      const unpublished = await unpublishedKnowledgeEntryIds(manager, answer.knowledgeEntryIds);
      if (unpublished.length > 0) throw unpublishedKnowledgeRefused(unpublished, 'knowledgeEntryIds');
      return resolveAtDesk(ticket, command, ctx);
    });
  }

  /** A ticket kept at the desk is turned into a work order and sent to routing. */
  workOrder(id: string, dto: WorkOrderDto, principal: Principal, correlation: CorrelationContext): Promise<TicketView> {
    const command = { actor: actorOf(principal), requestType: dto.requestType, reason: dto.reason };
    return this.run(id, principal, correlation, (ticket, ctx) => requestDispatch(ticket, command, ctx));
  }

  answer(id: string, dto: AnswerCallerDto, principal: Principal, correlation: CorrelationContext): Promise<TicketView> {
    const actor = actorOf(principal);
    return this.run(id, principal, correlation, (ticket, ctx) => answerCaller(ticket, { actor, answer: dto.answer }, ctx));
  }

  recordFollowUp(id: string, dto: RecordFollowUpDto, principal: Principal, correlation: CorrelationContext): Promise<TicketView> {
    const command = { actor: actorOf(principal), result: dto.result, satisfaction: dto.satisfaction, note: dto.note ?? null };
    return this.run(id, principal, correlation, (ticket, ctx) => recordFollowUp(ticket, command, ctx));
  }

  close(id: string, principal: Principal, correlation: CorrelationContext): Promise<TicketView> {
    const actor = actorOf(principal);
    return this.run(id, principal, correlation, (ticket, ctx) => closeTicket(ticket, { actor }, ctx));
  }

  reopen(id: string, dto: ReopenTicketDto, principal: Principal, correlation: CorrelationContext): Promise<TicketView> {
    const actor = actorOf(principal);
    return this.run(id, principal, correlation, (ticket, ctx) => reopenTicket(ticket, { actor, reason: dto.reason }, ctx));
  }

  transfer(id: string, dto: TransferTicketDto, principal: Principal, correlation: CorrelationContext): Promise<TicketView> {
    const command = { actor: actorOf(principal), partner: dto.partner, reason: dto.reason, note: dto.note ?? null };
    return this.run(id, principal, correlation, (ticket, ctx) => transferOut(ticket, command, ctx));
  }

  refer(id: string, dto: ReferTicketDto, principal: Principal, correlation: CorrelationContext): Promise<TicketView> {
    const command = { actor: actorOf(principal), organisation: { id: dto.organisationId, name: dto.organisationName }, reason: dto.reason };
    return this.run(id, principal, correlation, (ticket, ctx) => referTicket(ticket, command, ctx));
  }

  private async run(
    id: string,
    principal: Principal,
    correlation: CorrelationContext,
    decide: (ticket: Ticket, ctx: DecisionContext, manager: EntityManager) => TicketDecision | Promise<TicketDecision>,
  ): Promise<TicketView> {
    await this.dataSource.transaction(async (manager) => {
      const ticket = await this.tickets.lock(manager, id);
      if (!ticket) throw TicketError.notFound(id);
      const decision = await decide(ticket, { now: new Date(), newId: randomUUID, ...correlation }, manager);
      await this.tickets.update(manager, decision.ticket, ...decision.entries);
      await this.tickets.keepFollowUpCalls(manager, decision.events);
      await appendToOutbox(manager, decision.events);
    });
    return this.getTicket.get(id, principal);
  }
}

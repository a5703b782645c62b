import { Injectable } from '@nestjs/common';
import type { Principal } from '@legal-hotline/auth';
import type { CorrelationContext } from '@legal-hotline/observability';
import { TicketCommandsHandler } from './ticket-commands.handler.js';
import type { TicketView } from './ticket-view.dto.js';

/** The answer an agent gives at the desk: what was said, what it relied on, and whether the caller's own case was explained (个案普法). */
export interface DeskAnswerInput {
  answer: string;
  knowledgeEntryIds: string[];
  citedArticles: string[];
  caseEducationGiven: boolean;
}

/**
 * Resolution at first contact (即时办结) of a ticket kept at the desk: a question waiting there
 * (an online question the duty staff answer), or one reopened after its answer. The answer is
 * recorded and the ticket closed in one transaction, without routing; only the responsible
 * platform's staff may, and the knowledge entries cited must be published (422 otherwise).
 */
@Injectable()
export class DeskResolutionHandler {
  constructor(private readonly commands: TicketCommandsHandler) {}

  resolve(ticketId: string, input: DeskAnswerInput, principal: Principal, correlation: CorrelationContext): Promise<TicketView> {
    return this.commands.resolveAtDesk(ticketId, input, principal, correlation);
  }
}

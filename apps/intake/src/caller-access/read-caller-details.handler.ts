import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessDeniedError, type Principal } from '@legal-hotline/auth';
import type { CorrelationContext } from '@legal-hotline/observability';
import { CallerAccessTrailRepository } from '../tickets/caller-access-trail.repository.js';
import { callerAccessRecordOf } from '../tickets/domain/caller-access-record.js';
import { TicketError } from '../tickets/domain/ticket-error.js';
import { ticketRefusedTo } from '../tickets/ticket-refusal.js';
import { TicketRepository } from '../tickets/ticket.repository.js';
import type { CallerDetailsView } from './caller-access.dto.js';
import { callerDetailsDecision, type CallerDetailPurpose } from './domain/need-to-know.js';

/**
 * The caller's full name, phone and ID number for someone who must reach them, written to the
 * access trail in the same transaction: a read that cannot be recorded is not answered.
 */
@Injectable()
export class ReadCallerDetailsHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tickets: TicketRepository,
    private readonly trail: CallerAccessTrailRepository,
  ) {}

  read(ticketId: string, purpose: CallerDetailPurpose, principal: Principal, correlation: CorrelationContext): Promise<CallerDetailsView> {
    const organisation = principal.organisation;
    if (!organisation) throw AccessDeniedError.noOrganisation();
    return this.dataSource.transaction(async (manager) => {
      const ticket = await this.tickets.find(manager, ticketId);
      if (!ticket) throw TicketError.notFound(ticketId);
      const decision = callerDetailsDecision(principal, ticket);
      switch (decision.outcome) {
        case 'not-visible':
          throw ticketRefusedTo(principal);
        case 'not-entitled':
          throw new AccessDeniedError(
            'PII.NOT_ENTITLED',
            'forbidden',
            'only the platform responsible for the ticket and a body that accepted it read the caller in full; the ticket view shows masked values',
          );
        case 'granted':
          break;
      }
      const record = callerAccessRecordOf({ ...principal, organisation }, ticket.id, decision.fields, purpose, {
        id: randomUUID(),
        now: new Date(),
        correlationId: correlation.correlationId,
      });
      await this.trail.record(manager, record);
      return {
        ticketId: ticket.id,
        name: ticket.caller.name,
        phone: ticket.caller.phone,
        idNumber: ticket.caller.idNumber,
        purpose,
        accessRecordId: record.id,
      };
    });
  }
}

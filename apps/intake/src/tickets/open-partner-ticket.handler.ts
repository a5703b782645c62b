import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope, PartnerCaseReceivedV1 } from '@legal-hotline/contracts';
import { appendToOutbox } from '@legal-hotline/messaging';
import { fingerprintOf } from './domain/caller-fingerprint.js';
import { openPartnerTicket } from './domain/open-ticket.js';
import { TicketRepository } from './ticket.repository.js';
import { TicketsSettings } from './tickets-settings.js';

/**
 * Opens the ticket for a case a partner hotline forwarded, under the exchange's shared ticket
 * id, answered by the 12348 platform the partner chose or the region's (PROVINCIAL_PLATFORMS),
 * with the same escalation of a dangerous matter as an opening over HTTP. Runs in the
 * consumer's transaction; a ticket that already exists is left as it is.
 */
@Injectable()
export class OpenPartnerTicketHandler {
  private readonly logger = new Logger(OpenPartnerTicketHandler.name);

  constructor(
    private readonly tickets: TicketRepository,
    private readonly settings: TicketsSettings,
  ) {}

  async handle(event: EventEnvelope<'partner-case.received.v1', PartnerCaseReceivedV1>, manager: EntityManager): Promise<void> {
    const { ticketId, partner } = event.data;
    if (await this.tickets.exists(manager, ticketId)) {
      // The partner's reference stays out of the log: it is the partner's handle on a citizen's case.
      this.logger.log({ msg: 'partner case already has its ticket; left unchanged', ticketId, partner, eventId: event.id });
      return;
    }
    // Not checked against the division dataset: the exchange accepted the case, and a citizen's
    // request must not be dropped for a bad code. Routing will fail and return it to the owner.
    const sequenceNumber = await this.tickets.nextSequenceNumber(manager);
    const fingerprint = fingerprintOf(event.data.caller, this.settings.callerHashKey);
    const opened = openPartnerTicket(event, { eventId: randomUUID(), sequenceNumber, newId: randomUUID }, new Date(), fingerprint, this.settings.provincialPlatforms);
    await this.tickets.insert(manager, opened.ticket, opened.entry, ...opened.escalation.entries);
    await appendToOutbox(manager, [opened.event, ...opened.escalation.events]);
  }
}

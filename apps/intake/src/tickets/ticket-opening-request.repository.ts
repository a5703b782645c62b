import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { TicketOpeningRequestEntity } from './ticket-opening-request.entity.js';
import type { OpenedTicketView } from './ticket-view.dto.js';

export type StoredOpeningAnswer = Omit<OpenedTicketView, 'lookupCode'>;

export interface OpeningRequest {
  requestHash: string;
  ticketId: string;
  answer: StoredOpeningAnswer | null;
}

/** Openings made with an Idempotency-Key, per organisation. */
@Injectable()
export class TicketOpeningRequestRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(organisationId: string, idempotencyKey: string, manager: EntityManager = this.dataSource.manager): Promise<OpeningRequest | null> {
    const row = await manager.findOne(TicketOpeningRequestEntity, { where: { organisationId, idempotencyKey } });
    return row ? { requestHash: row.requestHash, ticketId: row.ticketId, answer: row.answer } : null;
  }

  /**
   * Claims the key for a new ticket; false when the organisation used it already. A concurrent
   * claim of the same key waits here until the other transaction ends (the primary key), so two
   * retries racing each other open one ticket.
   */
  async claim(manager: EntityManager, organisationId: string, idempotencyKey: string, request: Omit<OpeningRequest, 'answer'>): Promise<boolean> {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(TicketOpeningRequestEntity)
      .values({ organisationId, idempotencyKey, requestHash: request.requestHash, ticketId: request.ticketId, answer: null })
      .orIgnore()
      .returning(['ticketId'])
      .execute();
    return (inserted.raw as unknown[]).length > 0;
  }

  async saveAnswer(manager: EntityManager, organisationId: string, idempotencyKey: string, answer: StoredOpeningAnswer): Promise<void> {
    await manager.update(TicketOpeningRequestEntity, { organisationId, idempotencyKey }, { answer });
  }
}

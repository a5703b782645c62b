import { Injectable } from '@nestjs/common';
import { DataSource, In, MoreThanOrEqual } from 'typeorm';
import { coarseStatusOf, type CoarseStatus, type TicketStatus } from '@legal-hotline/contracts';
import type { CurrentHandler } from './domain/partner-case-view.js';
import type { AuthenticatedPartner } from '../partners/domain/partner-key.js';
import { PartnerCaseError } from './domain/partner-case.error.js';
import { nextUpdatedSince } from './domain/pull-feed.js';
import { PartnerCaseUpdateEntity } from './partner-case-update.entity.js';
import { currentHandlerOf, PartnerCaseEntity } from './partner-case.entity.js';

/** A partner's view of one case, as the API returns it (times UTC ISO-8601). */
export interface PartnerTicket {
  ticketId: string;
  ticketNumber: string | null;
  partnerReference: string;
  status: TicketStatus;
  coarseStatus: CoarseStatus;
  currentHandler: CurrentHandler | null;
  receivedAt: string;
  updatedAt: string;
  updates: { at: string; status: TicketStatus; note: string }[];
}

export interface PartnerTicketFeed {
  items: PartnerTicket[];
  nextUpdatedSince: string;
}

/** Reads partner cases, always scoped to the partner that forwarded them. */
@Injectable()
export class PartnerTicketQueries {
  constructor(private readonly dataSource: DataSource) {}

  async get(partner: AuthenticatedPartner, ticketId: string): Promise<PartnerTicket> {
    const row = await this.dataSource.manager.findOneBy(PartnerCaseEntity, { ticketId, partnerCode: partner.code });
    // Another partner's case answers exactly like a missing one, so its existence does not leak.
    if (!row) throw new PartnerCaseError('PARTNER_CASE.NOT_FOUND', 'not-found', `no case ${ticketId} forwarded by ${partner.code}`, 'ticketId');
    const [ticket] = await this.withUpdates([row]);
    return ticket!;
  }

  async updatedSince(partner: AuthenticatedPartner, since: Date, limit: number, now: Date = new Date()): Promise<PartnerTicketFeed> {
    const rows = await this.dataSource.manager.find(PartnerCaseEntity, {
      where: { partnerCode: partner.code, updatedAt: MoreThanOrEqual(since) },
      order: { updatedAt: 'ASC', ticketId: 'ASC' },
      take: limit,
    });
    return { items: await this.withUpdates(rows), nextUpdatedSince: nextUpdatedSince(since, rows, limit, now).toISOString() };
  }

  private async withUpdates(rows: PartnerCaseEntity[]): Promise<PartnerTicket[]> {
    if (rows.length === 0) return [];
    const updates = await this.dataSource.manager.find(PartnerCaseUpdateEntity, {
      where: { ticketId: In(rows.map((row) => row.ticketId)) },
      order: { at: 'ASC', id: 'ASC' },
    });
    const updatesOf = new Map<string, PartnerTicket['updates']>();
    for (const update of updates) {
      const list = updatesOf.get(update.ticketId) ?? [];
      list.push({ at: update.at.toISOString(), status: update.status, note: update.note });
      updatesOf.set(update.ticketId, list);
    }
    return rows.map((row) => ({
      ticketId: row.ticketId,
      ticketNumber: row.ticketNumber,
      partnerReference: row.partnerReference,
      status: row.status,
      coarseStatus: coarseStatusOf(row.status),
      currentHandler: currentHandlerOf(row),
      receivedAt: row.receivedAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      updates: updatesOf.get(row.ticketId) ?? [],
    }));
  }
}

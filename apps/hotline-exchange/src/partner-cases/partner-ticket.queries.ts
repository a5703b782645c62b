import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { coarseStatusOf, type CoarseStatus, type TicketStatus } from '@legal-hotline/contracts';
import { caseStatusChangedOf, type CaseStatusChanged } from './domain/case-notification.js';
import type { CurrentHandler } from './domain/partner-case-view.js';
import type { AuthenticatedPartner } from '../partners/domain/partner-key.js';
import { PartnerCaseError } from './domain/partner-case.error.js';
import { checkCursorGiven, nextCursorOf, positionAfter } from './domain/pull-feed.js';
import { caseNotificationOfRow, PartnerCaseUpdateEntity } from './partner-case-update.entity.js';
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

/** A page of the pull feed: the partner's changes after a cursor, in feed order. */
export interface PartnerCaseChangeFeed {
  changes: CaseStatusChanged[];
  /** Pass as `after` on the next read; the same cursor when nothing came after it. */
  nextCursor: string;
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

  /**
   * The partner's changes after the cursor (all of them without one), oldest position first.
   * Positions commit in order per partner, so what a read does not see yet will come after its
   * last cursor: reading on from `nextCursor` lists every change once.
   */
  async changesAfter(partner: AuthenticatedPartner, after: string | undefined, limit: number): Promise<PartnerCaseChangeFeed> {
    const position = positionAfter(after);
    const [feed] = await this.dataSource.query<{ last_position: string }[]>('SELECT last_position FROM partner_case_feeds WHERE partner_code = $1', [partner.code]);
    checkCursorGiven(position, BigInt(feed?.last_position ?? '0'));
    const rows = await this.dataSource.manager
      .createQueryBuilder(PartnerCaseUpdateEntity, 'u')
      .where('u.partnerCode = :partner AND u.feedPosition > :position', { partner: partner.code, position: position.toString() })
      .orderBy('u.feedPosition', 'ASC')
      .limit(limit)
      .getMany();
    const references = await this.referencesOf(rows.map((row) => row.ticketId));
    const changes = rows.map((row) => caseStatusChangedOf(caseNotificationOfRow(row), references.get(row.ticketId)!));
    return { changes, nextCursor: nextCursorOf(position, changes) };
  }

  private async referencesOf(ticketIds: string[]): Promise<Map<string, string>> {
    if (ticketIds.length === 0) return new Map();
    const cases = await this.dataSource.manager.find(PartnerCaseEntity, { select: { ticketId: true, partnerReference: true }, where: { ticketId: In([...new Set(ticketIds)]) } });
    return new Map(cases.map((row) => [row.ticketId, row.partnerReference]));
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

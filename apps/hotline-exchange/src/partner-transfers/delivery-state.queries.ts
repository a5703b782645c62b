import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PartnerHotline } from '@legal-hotline/contracts';
import type { PartnerStatus } from '../partners/domain/partner-key.js';
import type { DeliveryState, TransferReason } from './domain/transfer-delivery.js';
import type { ReceiptState } from './domain/transfer-receipt.js';
import { PartnerTransferEntity } from './partner-transfer.entity.js';

/**
 * How delivery to one partner is going (times UTC ISO-8601). The counts are of the transfers the
 * reader sees (a supervisor: those of the area); the last success, last failure and consecutive
 * failures are the partner endpoint's, over all its transfers.
 */
export interface PartnerDeliverySummary {
  partner: PartnerHotline;
  /** e.g. "110报警服务台". */
  partnerName: string;
  pending: number;
  failing: number;
  delivered: number;
  lastSuccessAt: string | null;
  lastFailureAt: string | null;
  lastError: string | null;
  /** Failed attempts since the last successful one, over all the partner's transfers. */
  consecutiveFailures: number;
}

export interface PartnerWithEndpoint {
  code: PartnerHotline;
  name: string;
  status: PartnerStatus;
  /** Never the signing secret. */
  endpoint: { url: string; registeredAt: string; updatedAt: string } | null;
  delivery: PartnerDeliverySummary;
}

export interface TransferDeliveryItem {
  transferId: string;
  ticketId: string;
  ticketNumber: string;
  partner: PartnerHotline;
  reason: TransferReason;
  urgent: boolean;
  state: DeliveryState;
  attempts: number;
  lastError: string | null;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  partnerReference: string | null;
  requestedAt: string;
  /** The partner's business receipt. */
  receipt: ReceiptState;
  /** When the partner must have accepted or rejected; null for transfers from before acceptance deadlines. */
  acceptanceDueAt: string | null;
}

export interface DeliveriesFilter {
  partner?: PartnerHotline;
  state?: DeliveryState;
  limit: number;
  /** Only transfers of tickets whose region code starts with this (a supervisor's area); all when absent. */
  regionPrefix?: string;
}

interface PartnerRow {
  code: PartnerHotline;
  name: string;
  status: PartnerStatus;
  url: string | null;
  registered_at: Date | null;
  updated_at: Date | null;
  pending: string;
  failing: string;
  delivered: string;
  consecutive_failures: number | null;
  last_success_at: Date | null;
  last_failure_at: Date | null;
  last_error: string | null;
}

/** Per-destination delivery state for the admin API: never the payload (caller's contact) nor the signing secret. */
@Injectable()
export class DeliveryStateQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** Every partner, or `only` one; the counts of transfers whose region starts with `regionPrefix` when given. */
  async partners(only?: PartnerHotline, regionPrefix?: string): Promise<PartnerWithEndpoint[]> {
    const rows = await this.dataSource.query<PartnerRow[]>(
      `SELECT p.code, p.name, p.status, e.url, e.registered_at, e.updated_at,
              coalesce(t.pending, 0) AS pending, coalesce(t.failing, 0) AS failing, coalesce(t.delivered, 0) AS delivered,
              s.consecutive_failures, s.last_success_at, s.last_failure_at, s.last_error
         FROM partners p
         LEFT JOIN partner_endpoints e ON e.partner_code = p.code
         LEFT JOIN partner_delivery_states s ON s.partner_code = p.code
         LEFT JOIN (SELECT partner_code,
                           count(*) FILTER (WHERE state = 'pending') AS pending,
                           count(*) FILTER (WHERE state = 'failing') AS failing,
                           count(*) FILTER (WHERE state = 'delivered') AS delivered
                      FROM partner_transfers
                     WHERE $2::text IS NULL OR payload->>'regionCode' LIKE $2
                     GROUP BY partner_code) t ON t.partner_code = p.code
        WHERE $1::varchar IS NULL OR p.code = $1
        ORDER BY p.code`,
      // Digits only (a well-formed region code's prefix): no LIKE escaping needed.
      [only ?? null, regionPrefix === undefined ? null : `${regionPrefix}%`],
    );
    return rows.map((row) => ({
      code: row.code,
      name: row.name,
      status: row.status,
      endpoint:
        row.url !== null && row.registered_at !== null && row.updated_at !== null
          ? { url: row.url, registeredAt: row.registered_at.toISOString(), updatedAt: row.updated_at.toISOString() }
          : null,
      delivery: {
        partner: row.code,
        partnerName: row.name,
        pending: Number(row.pending),
        failing: Number(row.failing),
        delivered: Number(row.delivered),
        lastSuccessAt: row.last_success_at?.toISOString() ?? null,
        lastFailureAt: row.last_failure_at?.toISOString() ?? null,
        lastError: row.last_error,
        consecutiveFailures: row.consecutive_failures ?? 0,
      },
    }));
  }

  /** The transfers matching the filter, newest request first, and the summary of the partners concerned. */
  async deliveries(filter: DeliveriesFilter): Promise<{ partners: PartnerDeliverySummary[]; items: TransferDeliveryItem[] }> {
    const query = this.dataSource.manager
      .createQueryBuilder(PartnerTransferEntity, 't')
      .select(ITEM_COLUMNS.map((column) => `t.${column}`))
      .orderBy('t.requestedAt', 'DESC')
      .addOrderBy('t.transferId', 'ASC')
      .limit(filter.limit);
    if (filter.partner) query.andWhere('t.partnerCode = :partner', { partner: filter.partner });
    if (filter.state) query.andWhere('t.state = :state', { state: filter.state });
    // The payload is read for its region only; it is not selected.
    if (filter.regionPrefix !== undefined) query.andWhere(`t.payload->>'regionCode' LIKE :region`, { region: `${filter.regionPrefix}%` });
    const rows = await query.getMany();
    const partners = await this.partners(filter.partner, filter.regionPrefix);
    return { partners: partners.map((partner) => partner.delivery), items: rows.map(itemOf) };
  }
}

// Everything but the payload: it is not shown, so it is not read.
const ITEM_COLUMNS = [
  'transferId',
  'ticketId',
  'ticketNumber',
  'partnerCode',
  'reason',
  'urgent',
  'state',
  'attempts',
  'lastError',
  'lastAttemptAt',
  'nextAttemptAt',
  'deliveredAt',
  'partnerReference',
  'requestedAt',
  'receipt',
  'acceptanceDueAt',
] as const satisfies readonly (keyof PartnerTransferEntity)[];

function itemOf(row: PartnerTransferEntity): TransferDeliveryItem {
  return {
    transferId: row.transferId,
    ticketId: row.ticketId,
    ticketNumber: row.ticketNumber,
    partner: row.partnerCode,
    reason: row.reason,
    urgent: row.urgent,
    state: row.state,
    attempts: row.attempts,
    lastError: row.lastError,
    lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
    nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    partnerReference: row.partnerReference,
    requestedAt: row.requestedAt.toISOString(),
    receipt: row.receipt,
    acceptanceDueAt: row.acceptanceDueAt?.toISOString() ?? null,
  };
}

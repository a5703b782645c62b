import { Injectable } from '@nestjs/common';
import { DataSource, type FindOptionsWhere } from 'typeorm';
import type { PartnerHotline } from '@legal-hotline/contracts';
import type { PartnerStatus } from '../partners/domain/partner-key.js';
import type { DeliveryState, TransferReason } from './domain/transfer-delivery.js';
import { PartnerTransferEntity } from './partner-transfer.entity.js';

/** How delivery to one partner is going (times UTC ISO-8601). */
export interface PartnerDeliverySummary {
  partner: PartnerHotline;
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
}

export interface DeliveriesFilter {
  partner?: PartnerHotline;
  state?: DeliveryState;
  limit: number;
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

  async partners(only?: PartnerHotline): Promise<PartnerWithEndpoint[]> {
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
                      FROM partner_transfers GROUP BY partner_code) t ON t.partner_code = p.code
        WHERE $1::varchar IS NULL OR p.code = $1
        ORDER BY p.code`,
      [only ?? null],
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
    const where: FindOptionsWhere<PartnerTransferEntity> = {
      ...(filter.partner ? { partnerCode: filter.partner } : {}),
      ...(filter.state ? { state: filter.state } : {}),
    };
    const rows = await this.dataSource.manager.find(PartnerTransferEntity, {
      select: ITEM_COLUMNS,
      where,
      order: { requestedAt: 'DESC', transferId: 'ASC' },
      take: filter.limit,
    });
    const partners = await this.partners(filter.partner);
    return { partners: partners.map((partner) => partner.delivery), items: rows.map(itemOf) };
  }
}

// Everything but the payload: it is not shown, so it is not read.
const ITEM_COLUMNS = {
  transferId: true,
  ticketId: true,
  ticketNumber: true,
  partnerCode: true,
  reason: true,
  urgent: true,
  state: true,
  attempts: true,
  lastError: true,
  lastAttemptAt: true,
  nextAttemptAt: true,
  deliveredAt: true,
  partnerReference: true,
  requestedAt: true,
} as const;

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
  };
}

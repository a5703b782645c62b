import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { PartnerOutcome, PartnerRejectionReason } from '@legal-hotline/contracts';
import type { AuthenticatedPartner } from '../partners/domain/partner-key.js';
import { PartnerTransferError } from './domain/partner-transfer.error.js';
import type { DeliveryState, TransferReason } from './domain/transfer-delivery.js';
import type { ReceiptState } from './domain/transfer-receipt.js';
import { PartnerTransferProgressEntity } from './partner-transfer-progress.entity.js';
import { PartnerTransferEntity } from './partner-transfer.entity.js';

/**
 * A partner's view of a transfer it received (times UTC ISO-8601). Never the caller's contact:
 * that went to the partner's endpoint with the delivery and is not repeated.
 */
export interface PartnerTransferView {
  transferId: string;
  /** The shared ticket id, kept across every hop. */
  ticketId: string;
  ticketNumber: string;
  /** The partner's own id for the transfer, from its acceptance or its answer to the delivery. */
  partnerReference: string | null;
  reason: TransferReason;
  urgent: boolean;
  requestedAt: string;
  delivery: { state: DeliveryState; deliveredAt: string | null };
  receipt: ReceiptState;
  /** Null for transfers from before acceptance deadlines. */
  acceptanceDueAt: string | null;
  /** When the deadline was recorded as passed without an answer. */
  overdueAt: string | null;
  acceptedAt: string | null;
  acceptedBy: string | null;
  acceptanceNote: string | null;
  /** Accepted after the deadline; null while not accepted. */
  acceptedLate: boolean | null;
  rejection: { reason: PartnerRejectionReason; note: string | null; rejectedAt: string } | null;
  result: { outcome: PartnerOutcome; actionTaken: string; replyToCaller: string; completedAt: string; reportedAt: string } | null;
  /** Oldest first. */
  progress: { note: string; reportedAt: string }[];
}

export interface PartnerTransferFilter {
  receipt?: ReceiptState;
  limit: number;
}

/** Reads transfers as their partner sees them, always scoped to that partner. */
@Injectable()
export class PartnerTransferQueries {
  constructor(private readonly dataSource: DataSource) {}

  async get(partner: AuthenticatedPartner, transferId: string, manager: EntityManager = this.dataSource.manager): Promise<PartnerTransferView> {
    const row = await selectWithoutPayload(manager)
      .where('t.transferId = :transferId AND t.partnerCode = :partner', { transferId, partner: partner.code })
      .getOne();
    if (!row) throw transferNotFound(partner, transferId);
    const [view] = await this.withProgress(manager, [row]);
    return view!;
  }

  /** The partner's transfers, oldest request first: a work queue, so that none waits unseen behind newer ones. */
  async list(partner: AuthenticatedPartner, filter: PartnerTransferFilter): Promise<{ items: PartnerTransferView[] }> {
    const manager = this.dataSource.manager;
    const query = selectWithoutPayload(manager)
      .where('t.partnerCode = :partner', { partner: partner.code })
      .orderBy('t.requestedAt', 'ASC')
      .addOrderBy('t.transferId', 'ASC')
      .limit(filter.limit);
    if (filter.receipt) query.andWhere('t.receipt = :receipt', { receipt: filter.receipt });
    const rows = await query.getMany();
    return { items: await this.withProgress(manager, rows) };
  }

  private async withProgress(manager: EntityManager, rows: PartnerTransferEntity[]): Promise<PartnerTransferView[]> {
    if (rows.length === 0) return [];
    const notes = await manager.find(PartnerTransferProgressEntity, {
      where: { transferId: In(rows.map((row) => row.transferId)) },
      order: { reportedAt: 'ASC', id: 'ASC' },
    });
    const progressOf = new Map<string, PartnerTransferView['progress']>();
    for (const note of notes) {
      const list = progressOf.get(note.transferId) ?? [];
      list.push({ note: note.note, reportedAt: note.reportedAt.toISOString() });
      progressOf.set(note.transferId, list);
    }
    return rows.map((row) => viewOf(row, progressOf.get(row.transferId) ?? []));
  }
}

/** Every column but the payload: it holds the caller's contact until delivered and is not shown, so it is not read. */
export function selectWithoutPayload(manager: EntityManager): SelectQueryBuilder<PartnerTransferEntity> {
  return manager.createQueryBuilder(PartnerTransferEntity, 't').select(WITHOUT_PAYLOAD.map((column) => `t.${column}`));
}

const WITHOUT_PAYLOAD = [
  'transferId',
  'ticketId',
  'ticketNumber',
  'partnerCode',
  'reason',
  'urgent',
  'state',
  'deliveredAt',
  'partnerReference',
  'requestedAt',
  'correlationId',
  'requestedEventId',
  'receipt',
  'acceptanceDueAt',
  'acceptanceOverdueAt',
  'acceptedAt',
  'acceptedBy',
  'acceptanceNote',
  'acceptedLate',
  'rejectedAt',
  'rejectionReason',
  'rejectionNote',
  'rejectionNextStep',
  'resultOutcome',
  'resultActionTaken',
  'resultReplyToCaller',
  'completedAt',
  'resultReportedAt',
] as const satisfies readonly (keyof PartnerTransferEntity)[];

/** Another partner's transfer answers exactly like a missing one, so its existence does not leak. */
export function transferNotFound(partner: AuthenticatedPartner, transferId: string): PartnerTransferError {
  return new PartnerTransferError('PARTNER_TRANSFER.NOT_FOUND', 'not-found', `no transfer ${transferId} to ${partner.code}`, 'transferId');
}

// Field by field: the payload (the caller's contact) is never part of the view.
function viewOf(row: PartnerTransferEntity, progress: PartnerTransferView['progress']): PartnerTransferView {
  return {
    transferId: row.transferId,
    ticketId: row.ticketId,
    ticketNumber: row.ticketNumber,
    partnerReference: row.partnerReference,
    reason: row.reason,
    urgent: row.urgent,
    requestedAt: row.requestedAt.toISOString(),
    delivery: { state: row.state, deliveredAt: row.deliveredAt?.toISOString() ?? null },
    receipt: row.receipt,
    acceptanceDueAt: row.acceptanceDueAt?.toISOString() ?? null,
    overdueAt: row.acceptanceOverdueAt?.toISOString() ?? null,
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    acceptedBy: row.acceptedBy,
    acceptanceNote: row.acceptanceNote,
    acceptedLate: row.acceptedLate,
    rejection:
      row.rejectedAt !== null && row.rejectionReason !== null
        ? { reason: row.rejectionReason, note: row.rejectionNote, rejectedAt: row.rejectedAt.toISOString() }
        : null,
    result:
      row.resultReportedAt !== null && row.resultOutcome !== null && row.resultActionTaken !== null && row.resultReplyToCaller !== null && row.completedAt !== null
        ? {
            outcome: row.resultOutcome,
            actionTaken: row.resultActionTaken,
            replyToCaller: row.resultReplyToCaller,
            completedAt: row.completedAt.toISOString(),
            reportedAt: row.resultReportedAt.toISOString(),
          }
        : null,
    progress,
  };
}

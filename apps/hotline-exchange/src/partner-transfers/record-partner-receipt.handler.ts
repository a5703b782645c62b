import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import type { PartnerOutcome, PartnerRejectionReason } from '@legal-hotline/contracts';
import { appendToOutbox } from '@legal-hotline/messaging';
import type { AuthenticatedPartner } from '../partners/domain/partner-key.js';
import { PartnerTransferError } from './domain/partner-transfer.error.js';
import { decideReceipt, type ReceiptCommand, type TransferReceipt } from './domain/transfer-receipt.js';
import { PartnerTransferProgressEntity } from './partner-transfer-progress.entity.js';
import { receiptColumns, receiptOf, PartnerTransferEntity } from './partner-transfer.entity.js';
import { PartnerTransferQueries, selectWithoutPayload, transferNotFound, type PartnerTransferView } from './partner-transfer.queries.js';

/**
 * How long a partner's command waits for its transfer's row. The delivery worker holds the row
 * while it waits for the partner's answer to the delivery (up to DELIVERY_TIMEOUT_MS): a partner
 * that answers the delivery and then accepts waits a moment for that commit; one that accepts
 * before answering the delivery would wait for its own answer, so it is told to try again
 * instead of holding the request (and a database connection) until the delivery times out.
 */
const ROW_LOCK_WAIT_MS = 2_000;

/** PostgreSQL's lock_not_available, raised when lock_timeout expires. */
const LOCK_NOT_AVAILABLE = '55P03';

/**
 * A partner's business receipt of a transfer: accept, reject, progress, result. Each is one
 * transaction: lock the transfer row (only the partner's own), decide, save, progress note,
 * outbox. A repeat changes nothing. Answers with the transfer as the partner sees it afterwards.
 */
@Injectable()
export class RecordPartnerReceiptHandler {
  private readonly logger = new Logger('PartnerTransferReceipt');

  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: PartnerTransferQueries,
  ) {}

  accept(partner: AuthenticatedPartner, transferId: string, given: { partnerReference?: string; acceptedBy?: string; note?: string }): Promise<PartnerTransferView> {
    return this.run(partner, transferId, {
      kind: 'accept',
      partnerReference: given.partnerReference ?? null,
      acceptedBy: given.acceptedBy ?? null,
      note: noteOf(given.note),
    });
  }

  reject(partner: AuthenticatedPartner, transferId: string, given: { reason: PartnerRejectionReason; note?: string }): Promise<PartnerTransferView> {
    return this.run(partner, transferId, { kind: 'reject', reason: given.reason, note: noteOf(given.note) });
  }

  reportProgress(partner: AuthenticatedPartner, transferId: string, given: { note: string }): Promise<PartnerTransferView> {
    return this.run(partner, transferId, { kind: 'report-progress', note: given.note });
  }

  reportResult(
    partner: AuthenticatedPartner,
    transferId: string,
    given: { outcome: PartnerOutcome; actionTaken: string; replyToCaller: string; completedAt: string },
  ): Promise<PartnerTransferView> {
    return this.run(partner, transferId, {
      kind: 'report-result',
      outcome: given.outcome,
      actionTaken: given.actionTaken,
      replyToCaller: given.replyToCaller,
      completedAt: new Date(given.completedAt),
    });
  }

  private async run(partner: AuthenticatedPartner, transferId: string, command: ReceiptCommand): Promise<PartnerTransferView> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        await manager.query(`SET LOCAL lock_timeout = ${ROW_LOCK_WAIT_MS}`);
        const receipt = await lockReceipt(manager, partner, transferId);
        if (!receipt) throw transferNotFound(partner, transferId);
        const decision = decideReceipt(receipt, command, { now: new Date(), newId: randomUUID });
        if (!decision.repeated) {
          await manager.update(PartnerTransferEntity, { transferId }, receiptColumns(decision.receipt));
          if (decision.progress) {
            await manager.insert(PartnerTransferProgressEntity, { transferId, note: decision.progress.note, reportedAt: decision.progress.reportedAt });
          }
          await appendToOutbox(manager, decision.events);
        }
        this.log(command, decision.receipt, decision.repeated);
        return this.queries.get(partner, transferId, manager);
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === LOCK_NOT_AVAILABLE) {
        throw new PartnerTransferError(
          'PARTNER_TRANSFER.BUSY',
          'unavailable',
          `transfer ${transferId} is being delivered to you right now; answer the delivery, then send this again`,
        );
      }
      throw error;
    }
  }

  // Identifiers and states only: the notes and the result are the partner's words, kept out of logs.
  private log(command: ReceiptCommand, receipt: TransferReceipt, repeated: boolean): void {
    this.logger.log({
      msg: repeated ? 'partner receipt repeated' : 'partner receipt recorded',
      command: command.kind,
      transferId: receipt.transferId,
      ticketId: receipt.ticketId,
      partner: receipt.partner,
      receipt: receipt.state,
      correlationId: receipt.correlationId,
    });
  }
}

/** An optional note left empty is no note: partner systems often send "" for a field they do not fill. */
function noteOf(note: string | undefined): string | null {
  return note === undefined || note.trim() === '' ? null : note;
}

/** The partner's own transfer, locked for this transaction, with its newest progress note; null when it has no such transfer. */
async function lockReceipt(manager: EntityManager, partner: AuthenticatedPartner, transferId: string): Promise<TransferReceipt | null> {
  const row = await selectWithoutPayload(manager)
    .where('t.transferId = :transferId AND t.partnerCode = :partner', { transferId, partner: partner.code })
    .setLock('pessimistic_write')
    .getOne();
  if (!row) return null;
  const [latest] = await manager.find(PartnerTransferProgressEntity, { where: { transferId }, order: { reportedAt: 'DESC', id: 'DESC' }, take: 1 });
  return receiptOf(row, latest?.note ?? null);
}

import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { appendToOutbox } from '@legal-hotline/messaging';
import { recordAcceptanceOverdue } from './domain/transfer-receipt.js';
import { receiptColumns, receiptOf, PartnerTransferEntity } from './partner-transfer.entity.js';
import { selectWithoutPayload } from './partner-transfer.queries.js';

/**
 * Records the next transfer whose partner let its acceptance deadline pass, in one transaction:
 * claim it (`FOR UPDATE SKIP LOCKED`, so another instance never records the same one, and a
 * transfer being delivered or answered right now waits for the next round), mark it `overdue`
 * and emit `partner-transfer.acceptance-overdue.v1`. A crash before commit records it again
 * later; after commit it is no longer awaiting acceptance, so it is recorded once.
 */
@Injectable()
export class RecordAcceptanceOverdueHandler {
  private readonly logger = new Logger('PartnerTransferReceipt');

  constructor(private readonly dataSource: DataSource) {}

  /** Returns false when no transfer was overdue. */
  recordNext(now: Date = new Date()): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const row = await selectWithoutPayload(manager)
        .where(`t.receipt = 'awaiting-acceptance' AND t.acceptanceDueAt <= :now`, { now })
        .orderBy('t.acceptanceDueAt', 'ASC')
        .limit(1)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getOne();
      if (!row) return false;
      // Progress notes play no part here: only a transfer nobody accepted becomes overdue.
      const recorded = recordAcceptanceOverdue(receiptOf(row, null), { now, newId: randomUUID });
      if (!recorded) return false;
      await manager.update(PartnerTransferEntity, { transferId: row.transferId }, receiptColumns(recorded.receipt));
      await appendToOutbox(manager, recorded.events);
      this.logger.warn({
        msg: 'partner acceptance overdue',
        transferId: row.transferId,
        ticketId: row.ticketId,
        partner: row.partnerCode,
        dueAt: row.acceptanceDueAt?.toISOString(),
        correlationId: row.correlationId,
      });
      return true;
    });
  }
}

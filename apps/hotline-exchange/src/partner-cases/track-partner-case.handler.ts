import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { evolvePartnerCaseView, ticketIdOf, type PartnerCaseFact, type PartnerCaseView } from './domain/partner-case-view.js';
import { currentHandlerOf, PartnerCaseEntity } from './partner-case.entity.js';
import { recordCaseUpdate } from './record-case-update.js';

/**
 * Keeps a partner's view of its case in step with the platform's facts, and records each change
 * as a notification to the partner (pushed, and listed in its feed). Runs inside the idempotent
 * consumer's transaction; facts about tickets that no partner forwarded are ignored.
 */
@Injectable()
export class TrackPartnerCaseHandler {
  async execute(fact: PartnerCaseFact, manager: EntityManager, now: Date = new Date()): Promise<void> {
    const row = await manager.findOne(PartnerCaseEntity, { where: { ticketId: ticketIdOf(fact) }, lock: { mode: 'pessimistic_write' } });
    if (!row) return;
    const change = evolvePartnerCaseView(viewOf(row), fact);
    if (!change) return;
    const { view, update } = change;
    await manager.update(
      PartnerCaseEntity,
      { ticketId: row.ticketId },
      {
        ticketNumber: view.ticketNumber,
        status: view.status,
        handlerName: view.currentHandler?.name ?? null,
        handlerAgencyType: view.currentHandler?.agencyType ?? null,
        currentAssignmentId: view.currentAssignmentId,
        routingDecidedAt: view.routingDecidedAt,
        statusBeforeMerge: view.statusBeforeMerge,
        updatedAt: now,
      },
    );
    await recordCaseUpdate(
      manager,
      { ticketId: row.ticketId, partner: row.partnerCode, view, update, correlationId: fact.correlationId, causeEventId: fact.id },
      now,
    );
  }
}

function viewOf(row: PartnerCaseEntity): PartnerCaseView {
  return {
    ticketNumber: row.ticketNumber,
    status: row.status,
    currentHandler: currentHandlerOf(row),
    currentAssignmentId: row.currentAssignmentId,
    routingDecidedAt: row.routingDecidedAt,
    statusBeforeMerge: row.statusBeforeMerge,
  };
}

import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { appendToOutbox } from '@legal-hotline/messaging';
import type { AuthenticatedPartner } from '../partners/domain/partner-key.js';
import { PartnerCaseError } from './domain/partner-case.error.js';
import {
  receivePartnerCase,
  regionCodesOf,
  repeatOfReference,
  replayOf,
  type ForwardedCase,
  type ForwardedReference,
  type ReceiptAnswer,
} from './domain/receive-partner-case.js';
import { requestFingerprint } from './domain/request-fingerprint.js';
import { PartnerCaseEntity } from './partner-case.entity.js';
import { PartnerReferenceEntity } from './partner-reference.entity.js';
import { PartnerRequestEntity } from './partner-request.entity.js';
import { recordCaseUpdate } from './record-case-update.js';
import { REGION_CHECK, type RegionCheck } from './region-check.js';

export interface ForwardPartnerCase {
  partner: AuthenticatedPartner;
  idempotencyKey: string;
  forwarded: ForwardedCase;
  correlationId: string;
}

export interface ForwardPartnerCaseResult {
  statusCode: 201;
  body: ReceiptAnswer;
  /** True when the answer is the first receipt of an earlier request (same key, or same reference). */
  replayed: boolean;
}

const CREATED = 201;

/** Another request claimed the reference while this one was being stored; this one is rolled back and answered as a repeat. */
class ReferenceTaken extends Error {
  override readonly name = 'ReferenceTaken';
}

/**
 * Stores a forwarded case under the shared ticket id and emits `partner-case.received.v1`, once
 * per partner and idempotency key and once per partner and reference: a repeat gets the first
 * receipt and changes nothing; another case under a known key or reference is refused.
 */
@Injectable()
export class ForwardPartnerCaseHandler {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(REGION_CHECK) private readonly regions: RegionCheck,
  ) {}

  async execute(command: ForwardPartnerCase, now: Date = new Date()): Promise<ForwardPartnerCaseResult> {
    const fingerprint = requestFingerprint(command.forwarded);
    // Known keys and references are answered from what was stored, before any check that
    // depends on data that may have changed since (the region catalogue), so a retry always
    // gets the first answer.
    const earlier = await this.dataSource.manager.findOneBy(PartnerRequestEntity, { partnerCode: command.partner.code, idempotencyKey: command.idempotencyKey });
    if (earlier) return replay(earlier, fingerprint);
    const known = await this.knownReference(command);
    if (known) return { statusCode: CREATED, body: repeatOfReference(known, fingerprint), replayed: true };

    const receipt = receivePartnerCase({
      forwarded: command.forwarded,
      partner: command.partner,
      ticketId: randomUUID(),
      eventId: randomUUID(),
      correlationId: command.correlationId,
      now,
    });
    await this.checkRegions(command.forwarded);

    try {
      return await this.dataSource.transaction(async (manager) => {
        if (!(await claimKey(manager, command, fingerprint, receipt.answer, now))) {
          // Another request with this key committed first; answer as it did.
          const winner = await manager.findOneByOrFail(PartnerRequestEntity, { partnerCode: command.partner.code, idempotencyKey: command.idempotencyKey });
          return replay(winner, fingerprint);
        }
        if (!(await claimReference(manager, command, fingerprint, receipt.answer.ticketId, now))) throw new ReferenceTaken();
        const { answer, view, firstUpdate } = receipt;
        await manager.insert(PartnerCaseEntity, {
          ticketId: answer.ticketId,
          partnerCode: command.partner.code,
          partnerReference: answer.partnerReference,
          receivedAt: now,
          callerConsentConfirmedAt: now,
          ticketNumber: view.ticketNumber,
          status: view.status,
          handlerName: null,
          handlerAgencyType: null,
          currentAssignmentId: view.currentAssignmentId,
          routingDecidedAt: view.routingDecidedAt,
          updatedAt: now,
        });
        await recordCaseUpdate(
          manager,
          { ticketId: answer.ticketId, partner: command.partner.code, view, update: firstUpdate, correlationId: command.correlationId, causeEventId: receipt.event.id },
          now,
        );
        await appendToOutbox(manager, [receipt.event]);
        return { statusCode: CREATED, body: answer, replayed: false };
      });
    } catch (error) {
      if (!(error instanceof ReferenceTaken)) throw error;
      // Rolled back, key claim included: a retry with this key meets the reference again.
      const winner = await this.knownReference(command);
      if (!winner) throw new Error(`reference ${command.forwarded.partnerReference} of ${command.partner.code} was claimed but is not stored`, { cause: error });
      return { statusCode: CREATED, body: repeatOfReference(winner, fingerprint), replayed: true };
    }
  }

  private async knownReference(command: ForwardPartnerCase): Promise<ForwardedReference | null> {
    const row = await this.dataSource.manager.findOneBy(PartnerReferenceEntity, { partnerCode: command.partner.code, partnerReference: command.forwarded.partnerReference });
    return row && { ticketId: row.ticketId, partnerReference: row.partnerReference, fingerprint: row.requestFingerprint, receivedAt: row.receivedAt };
  }

  private async checkRegions(forwarded: ForwardedCase): Promise<void> {
    for (const { field, code } of regionCodesOf(forwarded)) {
      if (!(await this.regions.isKnown(code))) {
        throw new PartnerCaseError('REGION.UNKNOWN', 'unprocessable', `${code} is not a known administrative division code`, field);
      }
    }
  }
}

/**
 * Claims the key by inserting its row first. A concurrent first request with the same key waits
 * on the primary key until this transaction ends, then finds the row and inserts nothing.
 */
async function claimKey(manager: EntityManager, command: ForwardPartnerCase, fingerprint: string, answer: ReceiptAnswer, now: Date): Promise<boolean> {
  const claimed: unknown[] = await manager.query(
    `INSERT INTO partner_requests (partner_code, idempotency_key, request_fingerprint, response_status, response_body, ticket_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (partner_code, idempotency_key) DO NOTHING
     RETURNING idempotency_key`,
    [command.partner.code, command.idempotencyKey, fingerprint, CREATED, JSON.stringify(answer), answer.ticketId, now],
  );
  return claimed.length === 1;
}

/** Claims the reference the same way: of two first forwards of one reference under different keys, one opens the case. */
async function claimReference(manager: EntityManager, command: ForwardPartnerCase, fingerprint: string, ticketId: string, now: Date): Promise<boolean> {
  const claimed: unknown[] = await manager.query(
    `INSERT INTO partner_references (partner_code, partner_reference, ticket_id, request_fingerprint, received_at)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (partner_code, partner_reference) DO NOTHING
     RETURNING partner_reference`,
    [command.partner.code, command.forwarded.partnerReference, ticketId, fingerprint, now],
  );
  return claimed.length === 1;
}

function replay(stored: PartnerRequestEntity, fingerprint: string): ForwardPartnerCaseResult {
  const body = replayOf({ fingerprint: stored.requestFingerprint, answer: stored.responseBody }, fingerprint);
  return { statusCode: CREATED, body, replayed: true };
}

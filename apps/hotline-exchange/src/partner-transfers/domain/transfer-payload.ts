import type { Actor, LegalCategory, PartnerTransferRequestedV1 } from '@legal-hotline/contracts';

/** What every transfer delivery says it is; a partner's single webhook endpoint routes on `type`. */
export const TRANSFER_PAYLOAD_TYPE = 'transfer.requested';

/**
 * What a partner hotline receives, as JSON (Open311-like: the shared ticket id, a message id per
 * message, times as ISO-8601 with offset). Names follow the exchange's inbound API, so a partner
 * reads the same fields both ways.
 */
export interface TransferPayload {
  /** Always `transfer.requested`, the first field of the body. */
  type: typeof TRANSFER_PAYLOAD_TYPE;
  /** The transfer id: one per transfer, the same on every retry; also the Idempotency-Key header. */
  messageId: string;
  /** The shared ticket id, kept across every hop. */
  ticketId: string;
  ticketNumber: string;
  /** `danger`: urgent and dangerous matter, passed at once (Mediation Law Art. 25); `not-ours`: not a legal service matter. */
  reason: PartnerTransferRequestedV1['reason'];
  urgent: boolean;
  legalCategory: LegalCategory;
  regionCode: string;
  summary: string;
  note: string | null;
  /**
   * The partner must reach the caller, so this is the one place the full name and phone leave
   * the platform; sent only to the registered endpoint, never logged, dropped once delivered.
   */
  caller: { name: string; phone: string; language: string } | null;
  requestedBy: Actor;
  /** ISO-8601 with the China Standard Time offset, e.g. 2026-11-24T11:00:00.000+08:00. */
  requestedAt: string;
}

export function transferPayloadOf(requested: PartnerTransferRequestedV1): TransferPayload {
  return {
    type: TRANSFER_PAYLOAD_TYPE,
    messageId: requested.transferId,
    ticketId: requested.ticketId,
    ticketNumber: requested.ticketNumber,
    reason: requested.reason,
    urgent: requested.urgent,
    legalCategory: requested.legalCategory,
    regionCode: requested.regionCode,
    summary: requested.summary,
    note: requested.note,
    caller: { name: requested.caller.name, phone: requested.caller.phone, language: requested.caller.language },
    requestedBy: { organisation: requested.requestedBy.organisation, agent: requested.requestedBy.agent },
    requestedAt: inChinaStandardTime(new Date(requested.requestedAt)),
  };
}

/**
 * The exact body POSTed (and signed): the fields in the documented order with `type` first.
 * The payload is kept as jsonb, which reorders keys and, for transfers stored before `type`
 * existed, lacks it; so the body is written from the fields, not from the stored object.
 */
export function transferBody(payload: Omit<TransferPayload, 'type'>): string {
  const body: TransferPayload = {
    type: TRANSFER_PAYLOAD_TYPE,
    messageId: payload.messageId,
    ticketId: payload.ticketId,
    ticketNumber: payload.ticketNumber,
    reason: payload.reason,
    urgent: payload.urgent,
    legalCategory: payload.legalCategory,
    regionCode: payload.regionCode,
    summary: payload.summary,
    note: payload.note,
    caller: payload.caller && { name: payload.caller.name, phone: payload.caller.phone, language: payload.caller.language },
    requestedBy: { organisation: payload.requestedBy.organisation, agent: payload.requestedBy.agent },
    requestedAt: payload.requestedAt,
  };
  return JSON.stringify(body);
}

/** The payload kept after delivery: the caller's contact has reached the partner and is not needed here again (PIPL: keep the minimum). */
export function withoutCallerContact(payload: TransferPayload): TransferPayload {
  return { ...payload, caller: null };
}

const CHINA_STANDARD_TIME_OFFSET_MS = 8 * 60 * 60 * 1000;

/** An instant written with the +08:00 offset partner hotlines work in; China keeps no daylight saving time, so the offset is fixed. */
export function inChinaStandardTime(instant: Date): string {
  return new Date(instant.getTime() + CHINA_STANDARD_TIME_OFFSET_MS).toISOString().replace(/Z$/, '+08:00');
}

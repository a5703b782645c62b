/**
 * What the platform POSTs to a partner's endpoint, told apart by `type` (see the partner kit's
 * OpenAPI document, `webhooks`). A partner ignores a type it does not know, answering 2xx: the
 * platform may add types.
 */

/** The 12348 platform passes a matter to the partner (转办). */
export interface TransferRequested {
  type: 'transfer.requested';
  /** The transfer id: the same on every retry; use it in every command about the transfer. */
  messageId: string;
  ticketId: string;
  ticketNumber: string;
  /** `danger`: urgent and dangerous (紧情要情); `not-ours`: not a legal service matter. */
  reason: 'danger' | 'not-ours';
  urgent: boolean;
  legalCategory: string;
  regionCode: string;
  summary: string;
  note: string | null;
  caller: { name: string; phone: string; language: string } | null;
  requestedBy: { organisation: string; agent: string };
  /** ISO-8601 with +08:00. */
  requestedAt: string;
}

/** One status change of a case the partner forwarded; the same objects fill the cursor feed. */
export interface CaseStatusChanged {
  type: 'case.status-changed';
  messageId: string;
  ticketId: string;
  ticketNumber: string | null;
  partnerReference: string;
  /** 1, 2, 3… per case, without gaps. */
  sequence: number;
  status: string;
  coarseStatus: 'open' | 'closed';
  currentHandler: { name: string; agencyType: string } | null;
  note: string;
  at: string;
  /** The change's position in the partner's feed. */
  cursor: string;
}

export type PlatformWebhook = TransferRequested | CaseStatusChanged;

/** The webhook as a known message, or null for another type (or a body that lacks what its type needs). */
export function webhookOf(payload: unknown): PlatformWebhook | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const message = payload as Record<string, unknown>;
  switch (message.type) {
    case 'transfer.requested':
      return hasStrings(message, ['messageId', 'ticketId', 'ticketNumber', 'reason', 'summary']) ? (message as unknown as TransferRequested) : null;
    case 'case.status-changed':
      return hasStrings(message, ['messageId', 'ticketId', 'status', 'coarseStatus', 'cursor']) && typeof message.sequence === 'number'
        ? (message as unknown as CaseStatusChanged)
        : null;
    default:
      return null;
  }
}

function hasStrings(message: Record<string, unknown>, names: readonly string[]): boolean {
  return names.every((name) => typeof message[name] === 'string');
}

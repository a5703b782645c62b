import {
  createEvent,
  type LegalCategory,
  type MatterLocation,
  type PartnerHotline,
  type PlatformEvent,
  type RequestType,
  type TicketFlags,
} from '@legal-hotline/contracts';
import { PartnerCaseError } from './partner-case.error.js';
import { receivedView, type PartnerCaseUpdate, type PartnerCaseView } from './partner-case-view.js';

/** A case as a partner hotline forwards it. */
export interface ForwardedCase {
  partnerReference: string;
  caller: {
    name: string;
    phone: string;
    idNumber?: string | null;
    language: string;
    accessibilityNeeds?: string[];
  };
  requestType: RequestType;
  legalCategory: LegalCategory;
  regionCode: string;
  matterLocation: MatterLocation;
  summary: string;
  flags: TicketFlags;
  /** The partner confirms the caller agreed to the transfer (PIPL Art. 23); anything but `true` is refused. */
  callerConsentToTransfer?: boolean;
  /**
   * The 12348 platform the partner names to answer the caller and close the case (an
   * organisation id such as "12348-gd"); absent: the provincial platform of the case's region.
   */
  responsiblePlatform?: string;
}

/** A 12348 platform's organisation id: "12348-" and the province's two-letter code. */
export const RESPONSIBLE_PLATFORM_PATTERN = /^12348-[a-z]{2}$/;

/** The answer to the first request with an idempotency key, and to every repeat of it. */
export interface ReceiptAnswer {
  ticketId: string;
  partnerReference: string;
  status: 'received';
  coarseStatus: 'open';
  /** UTC ISO-8601. */
  receivedAt: string;
}

export interface ReceivePartnerCase {
  forwarded: ForwardedCase;
  partner: { code: PartnerHotline; name: string };
  /** The shared ticket id, kept across every hop. */
  ticketId: string;
  eventId: string;
  correlationId: string;
  now: Date;
}

export interface PartnerCaseReceipt {
  answer: ReceiptAnswer;
  view: PartnerCaseView;
  firstUpdate: PartnerCaseUpdate;
  /** `partner-case.received.v1`: carries the caller's data to intake, the only consumer of its topic. */
  event: PlatformEvent;
}

/** Accepts a forwarded case: the partner's confirmation of the caller's consent is the precondition. */
export function receivePartnerCase(command: ReceivePartnerCase): PartnerCaseReceipt {
  const { forwarded, partner, ticketId, now } = command;
  if (forwarded.callerConsentToTransfer !== true) {
    throw new PartnerCaseError(
      'CONSENT.REQUIRED',
      'unprocessable',
      "the caller's consent to the transfer must be confirmed (PIPL Art. 23): set callerConsentToTransfer to true",
      'callerConsentToTransfer',
    );
  }
  const receivedAt = now.toISOString();
  const event = createEvent({
    id: command.eventId,
    type: 'partner-case.received.v1',
    source: 'hotline-exchange',
    subject: ticketId,
    occurredAt: now,
    correlationId: command.correlationId,
    causationId: null,
    data: {
      ticketId,
      partner: partner.code,
      partnerName: partner.name,
      partnerReference: forwarded.partnerReference,
      caller: {
        name: forwarded.caller.name,
        phone: forwarded.caller.phone,
        idNumber: forwarded.caller.idNumber ?? null,
        language: forwarded.caller.language,
        accessibilityNeeds: forwarded.caller.accessibilityNeeds ?? [],
      },
      requestType: forwarded.requestType,
      legalCategory: forwarded.legalCategory,
      regionCode: forwarded.regionCode,
      matterLocation: forwarded.matterLocation,
      summary: forwarded.summary,
      flags: forwarded.flags,
      ...(forwarded.responsiblePlatform === undefined ? {} : { responsibleOrganisationId: forwarded.responsiblePlatform }),
      receivedAt,
    },
  });
  return {
    answer: receiptAnswerOf(ticketId, forwarded.partnerReference, now),
    view: receivedView(),
    firstUpdate: { at: now, status: 'received', note: `Received from ${partner.code} as ${forwarded.partnerReference}` },
    event,
  };
}

/** Every region code in a forwarded case, with the request field it came from. */
export function regionCodesOf(forwarded: ForwardedCase): { field: string; code: string }[] {
  const { arosenInRegionCode, handlingOrgan } = forwarded.matterLocation;
  return [
    { field: 'regionCode', code: forwarded.regionCode },
    ...(arosenInRegionCode ? [{ field: 'matterLocation.arosenInRegionCode', code: arosenInRegionCode }] : []),
    ...(handlingOrgan ? [{ field: 'matterLocation.handlingOrgan.regionCode', code: handlingOrgan.regionCode }] : []),
  ];
}

/** Idempotency keys are the partner's own ids for a request (its "update id"): 1 to 100 visible ASCII characters. */
export function checkIdempotencyKey(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value === '') {
    throw new PartnerCaseError('IDEMPOTENCY.KEY_MISSING', 'invalid', 'the Idempotency-Key header is required', 'Idempotency-Key');
  }
  if (!/^[\x21-\x7e]{1,100}$/.test(value)) {
    throw new PartnerCaseError('IDEMPOTENCY.KEY_INVALID', 'invalid', 'the Idempotency-Key header must be 1 to 100 visible ASCII characters', 'Idempotency-Key');
  }
  return value;
}

/** A repeat with a known key replays the first answer only if it is the same request. */
export function replayOf<A>(stored: { fingerprint: string; answer: A }, fingerprint: string): A {
  if (stored.fingerprint !== fingerprint) {
    throw new PartnerCaseError(
      'IDEMPOTENCY.KEY_REUSED',
      'unprocessable',
      'this Idempotency-Key was already used for a different request; use a new key for a new request',
      'Idempotency-Key',
    );
  }
  return stored.answer;
}

/** What is remembered of the first case a partner forwarded under a reference. */
export interface ForwardedReference {
  ticketId: string;
  partnerReference: string;
  fingerprint: string;
  receivedAt: Date;
}

/**
 * A partner's reference names one case: forwarding it again, under any Idempotency-Key, answers
 * the first receipt when the content is the same (a retry the partner did not recognise as one)
 * and is refused when it differs (two cases cannot share a reference, and a correction is not
 * made by forwarding again).
 */
export function repeatOfReference(first: ForwardedReference, fingerprint: string): ReceiptAnswer {
  if (first.fingerprint !== fingerprint) {
    throw new PartnerCaseError(
      'PARTNER_CASE.REFERENCE_REUSED',
      'conflict',
      `you already forwarded a different case as ${first.partnerReference} (ticket ${first.ticketId}); each case needs its own partnerReference`,
      'partnerReference',
    );
  }
  return receiptAnswerOf(first.ticketId, first.partnerReference, first.receivedAt);
}

export function receiptAnswerOf(ticketId: string, partnerReference: string, receivedAt: Date): ReceiptAnswer {
  return { ticketId, partnerReference, status: 'received', coarseStatus: 'open', receivedAt: receivedAt.toISOString() };
}

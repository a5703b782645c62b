import { createHmac, timingSafeEqual } from 'node:crypto';
import { coarseStatusOf, type CoarseStatus, type TicketStatus } from '@legal-hotline/contracts';
import type { CallerLookupKey, DeskResolution } from './ticket.js';

// The caller follows their ticket with a public reference and a one-time code, both told once
// by the agent at opening. The reference is random (not the sequential ticket number), the code
// is kept only as a keyed hash, and a wrong pair looks exactly like an unknown reference.

/** What the caller is told comes next, in Chinese (what callers read) and English. */
export interface NextStep {
  zh: string;
  en: string;
}

/** One plain sentence per status, for the caller; no body, person or detail is named. */
export const NEXT_STEPS: { readonly [S in TicketStatus]: NextStep } = {
  received: { zh: '您的诉求已受理，正在为您分派承办单位。', en: 'Your request was received; we are choosing the body that will handle it.' },
  'at-desk': { zh: '您的问题已受理，值班律师将尽快答复，请凭查询码查看答复。', en: 'Your question was received; the duty lawyer will answer it soon. Use your reference and code to read the answer.' },
  routed: { zh: '正在为您的诉求重新分派承办单位。', en: 'We are passing your request to another body.' },
  'awaiting-acceptance': { zh: '您的诉求已派往承办单位，等待其确认受理。', en: 'Your request was sent to a handling body, which has yet to accept it.' },
  accepted: { zh: '承办单位已受理您的诉求，将与您联系。', en: 'A handling body has accepted your request and will contact you.' },
  'in-progress': { zh: '承办单位正在办理您的诉求。', en: 'A handling body is working on your request.' },
  answered: { zh: '我们已向您答复，承办单位仍在继续办理。', en: 'We have answered you; the handling body is still working on your request.' },
  'follow-up-due': { zh: '我们将回访您，了解诉求是否得到解决。', en: 'We will call you back to ask whether the matter was resolved.' },
  closed: { zh: '您的诉求已办结。如有新的问题，请再次拨打12348。', en: 'Your request is closed. Call 12348 again for anything new.' },
  reopened: { zh: '您的诉求已重新打开，我们正在继续跟进。', en: 'Your request was reopened; we are following it up again.' },
  'returned-to-owner': { zh: '我们正在为您的诉求寻找合适的办理途径。', en: 'We are finding the right way to handle your request.' },
  'transferred-out': { zh: '您的诉求已转交相关热线办理，对方将与您联系。', en: 'Your request was passed to the competent hotline, which will contact you.' },
  merged: { zh: '您的诉求已与您的另一张工单合并办理。', en: 'Your request is handled together with another ticket of yours.' },
};

/** The desk's answer as the asker reads it: the text and the articles cited, nobody's name. */
export interface DeskAnswerForCaller {
  answer: string;
  citedArticles: readonly string[];
  answeredAt: Date;
}

/**
 * What the caller lookup answers: status and next step, nothing about the caller, the matter or
 * the bodies; and the desk's answer once the question was answered and closed there (an online
 * asker reads the answer here).
 */
export interface CallerLookupAnswer {
  status: TicketStatus;
  coarseStatus: CoarseStatus;
  nextStep: NextStep;
  answer: DeskAnswerForCaller | null;
}

/**
 * The answer for a ticket in `status`. The desk's answer is shown while the ticket stays closed
 * with it: reopened or sent on as a work order, the ticket is being handled again.
 */
export function lookupAnswerOf(status: TicketStatus, deskResolution: DeskResolution | null = null): CallerLookupAnswer {
  const answer =
    status === 'closed' && deskResolution
      ? { answer: deskResolution.answer, citedArticles: [...deskResolution.citedArticles], answeredAt: deskResolution.resolvedAt }
      : null;
  return { status, coarseStatus: coarseStatusOf(status), nextStep: NEXT_STEPS[status], answer };
}

/** Crockford's base32: no I, L, O or U, so a reference read out on the phone is not misheard. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const REFERENCE_LENGTH = 10;
export const LOOKUP_CODE_LENGTH = 6;
/** Bytes of randomness a reference needs: 10 characters of 5 bits. */
export const REFERENCE_RANDOM_BYTES = 7;

/** Where randomness comes from; the handler passes `node:crypto`, tests pass fixed values. */
export interface LookupRandomness {
  bytes(count: number): Uint8Array;
  /** A uniformly random integer in [0, max). */
  int(max: number): number;
}

/** A reference (10 characters, 50 random bits) from at least 7 random bytes. */
export function referenceFrom(random: Uint8Array): string {
  if (random.length < REFERENCE_RANDOM_BYTES) throw new RangeError(`a reference needs ${REFERENCE_RANDOM_BYTES} random bytes`);
  let bits = 0n;
  for (const byte of random.subarray(0, REFERENCE_RANDOM_BYTES)) bits = (bits << 8n) | BigInt(byte);
  let reference = '';
  for (let i = 0; i < REFERENCE_LENGTH; i++) reference += CROCKFORD[Number((bits >> BigInt(5 * i)) & 31n)];
  return reference;
}

/**
 * A reference as a caller may type or read it: case-insensitive, with spaces or hyphens, and
 * the letters Crockford maps to digits (I and L to 1, O to 0).
 */
export function normalisedReference(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
}

/** A normalised reference: 10 Crockford base32 characters. */
export const REFERENCE_PATTERN = new RegExp(`^[${CROCKFORD}]{${REFERENCE_LENGTH}}$`);

export function isWellFormedReference(reference: string): boolean {
  return REFERENCE_PATTERN.test(reference);
}

/** The keyed hash kept for a code: HMAC-SHA256 over the reference and the code, so a hash fits one ticket only. */
export function lookupCodeHash(reference: string, code: string, hashKey: string): string {
  return createHmac('sha256', hashKey).update(`lookup-code:${reference}:${code}`).digest('hex');
}

/** A new reference and one-time code; the ticket keeps the reference and the code's hash, the caller is told both. */
export function issueCallerLookup(random: LookupRandomness, hashKey: string): { key: CallerLookupKey; code: string } {
  return withCode(referenceFrom(random.bytes(REFERENCE_RANDOM_BYTES)), random, hashKey);
}

function withCode(reference: string, random: LookupRandomness, hashKey: string): { key: CallerLookupKey; code: string } {
  const code = String(random.int(10 ** LOOKUP_CODE_LENGTH)).padStart(LOOKUP_CODE_LENGTH, '0');
  return { key: { reference, codeHash: lookupCodeHash(reference, code, hashKey) }, code };
}

/** A fresh code for a ticket that keeps its reference (the first code is not kept, so it cannot be shown again). */
export function reissueLookupCode(reference: string, random: LookupRandomness, hashKey: string): { key: CallerLookupKey; code: string } {
  return withCode(reference, random, hashKey);
}

// Compared when the reference is unknown, so an unknown reference takes the same work as a wrong code.
const STAND_IN_HASH = '0'.repeat(64);

/**
 * Whether `code` is the one issued for `key`, in constant time. `key` null (no ticket has the
 * reference) is compared against a stand-in and fails, taking the same time.
 */
export function codeMatches(key: CallerLookupKey | null, reference: string, code: string, hashKey: string): boolean {
  const expected = Buffer.from(key?.codeHash ?? STAND_IN_HASH, 'hex');
  const given = Buffer.from(lookupCodeHash(reference, code, hashKey), 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given) && key !== null;
}

/** Failed lookups of one reference allowed within {@link LOOKUP_FAILURE_WINDOW_MS}; more lock the reference. */
export const LOOKUP_FAILURE_LIMIT = 5;
export const LOOKUP_FAILURE_WINDOW_MS = 15 * 60_000;

export type LookupThrottle = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Whether a reference may be tried now, given the times of its failed attempts: after
 * {@link LOOKUP_FAILURE_LIMIT} failures within the window it is locked, even for the right
 * code, until enough failures have left the window. Guessing a 6-digit code then takes years.
 */
export function lookupThrottle(failures: readonly Date[], now: Date): LookupThrottle {
  const windowStart = now.getTime() - LOOKUP_FAILURE_WINDOW_MS;
  const recent = failures.map((f) => f.getTime()).filter((t) => t > windowStart).sort((a, b) => a - b);
  if (recent.length < LOOKUP_FAILURE_LIMIT) return { allowed: true };
  // The reference unlocks when the failure that makes the count reach the limit leaves the window.
  const releasing = recent[recent.length - LOOKUP_FAILURE_LIMIT]!;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((releasing + LOOKUP_FAILURE_WINDOW_MS - now.getTime()) / 1000)) };
}

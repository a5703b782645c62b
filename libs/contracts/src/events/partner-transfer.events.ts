import { z } from 'zod';
import { Actor, Instant, LegalCategory, PartnerHotline, RegionCode } from '../vocabulary.js';

/**
 * The owner passes a ticket to a partner hotline: at once for an urgent and dangerous matter
 * (110, Mediation Law Art. 25), or because the matter is not the legal service's. Carries the
 * caller's contact because the partner must reach the caller; only the exchange consumes it.
 */
export const PartnerTransferRequestedV1 = z.object({
  transferId: z.uuid(),
  ticketId: z.uuid(),
  ticketNumber: z.string().min(1),
  partner: PartnerHotline,
  reason: z.enum(['danger', 'not-ours']),
  urgent: z.boolean(),
  legalCategory: LegalCategory,
  regionCode: RegionCode,
  summary: z.string().min(1).max(4000),
  note: z.string().max(2000).nullable(),
  caller: z.object({ name: z.string().min(1), phone: z.string().min(5), language: z.string().min(2) }),
  requestedBy: Actor,
  requestedAt: Instant,
});
export type PartnerTransferRequestedV1 = z.infer<typeof PartnerTransferRequestedV1>;

/** The partner's endpoint acknowledged the transfer. */
export const PartnerTransferDeliveredV1 = z.object({
  transferId: z.uuid(),
  ticketId: z.uuid(),
  partner: PartnerHotline,
  /** The partner's reference, when its answer carried one. */
  partnerReference: z.string().max(100).nullable(),
  attempts: z.number().int().min(1),
  deliveredAt: Instant,
});
export type PartnerTransferDeliveredV1 = z.infer<typeof PartnerTransferDeliveredV1>;

/** A delivery attempt failed; the exchange retries with back-off. */
export const PartnerTransferDeliveryFailedV1 = z.object({
  transferId: z.uuid(),
  ticketId: z.uuid(),
  partner: PartnerHotline,
  attempts: z.number().int().min(1),
  error: z.string().min(1).max(1000),
  nextAttemptAt: Instant,
  failedAt: Instant,
});
export type PartnerTransferDeliveryFailedV1 = z.infer<typeof PartnerTransferDeliveryFailedV1>;

/**
 * Why a partner hotline refuses a transfer (business receipt): the matter is not theirs, not in
 * their area, the transfer lacks what they need, they already have the case, or the caller
 * cannot be reached at the number given.
 */
export const PARTNER_REJECTION_REASONS = ['not-our-matter', 'outside-our-area', 'insufficient-information', 'duplicate', 'caller-unreachable'] as const;
export const PartnerRejectionReason = z.enum(PARTNER_REJECTION_REASONS);
export type PartnerRejectionReason = z.infer<typeof PartnerRejectionReason>;

/**
 * What the owner should do next when a transfer comes back: pass it to another partner hotline,
 * send it through routing to a local body, complete it and send it again, phone the partner's
 * duty desk (three-way call, 三方通话), or answer the caller.
 */
export const NEXT_STEPS = ['transfer-to-another-partner', 'route-to-a-body', 'complete-and-resend', 'call-the-partner', 'answer-the-caller'] as const;
export const NextStep = z.enum(NEXT_STEPS);
export type NextStep = z.infer<typeof NextStep>;

/** How a partner hotline finished with a transfer it accepted. */
export const PARTNER_OUTCOMES = ['handled', 'referred-elsewhere', 'no-action-needed', 'caller-unreachable'] as const;
export const PartnerOutcome = z.enum(PARTNER_OUTCOMES);
export type PartnerOutcome = z.infer<typeof PartnerOutcome>;

/** The partner took the case on (business acceptance). `late` when its acceptance deadline had passed. */
export const PartnerTransferAcceptedV1 = z.object({
  transferId: z.uuid(),
  ticketId: z.uuid(),
  partner: PartnerHotline,
  partnerReference: z.string().max(100).nullable(),
  /** The partner's desk or agent that accepted, as the partner names it. */
  acceptedBy: z.string().max(100).nullable(),
  note: z.string().max(2000).nullable(),
  late: z.boolean(),
  acceptedAt: Instant,
});
export type PartnerTransferAcceptedV1 = z.infer<typeof PartnerTransferAcceptedV1>;

/** The partner refused the case with a coded reason; the ticket goes back to its owner. */
export const PartnerTransferRejectedV1 = z.object({
  transferId: z.uuid(),
  ticketId: z.uuid(),
  partner: PartnerHotline,
  reason: PartnerRejectionReason,
  note: z.string().max(2000).nullable(),
  suggestedNextStep: NextStep,
  rejectedAt: Instant,
});
export type PartnerTransferRejectedV1 = z.infer<typeof PartnerTransferRejectedV1>;

/** The partner said neither yes nor no within its acceptance deadline; the ticket goes back to its owner. */
export const PartnerTransferAcceptanceOverdueV1 = z.object({
  transferId: z.uuid(),
  ticketId: z.uuid(),
  partner: PartnerHotline,
  urgent: z.boolean(),
  dueAt: Instant,
  suggestedNextStep: NextStep,
  overdueAt: Instant,
});
export type PartnerTransferAcceptanceOverdueV1 = z.infer<typeof PartnerTransferAcceptanceOverdueV1>;

/** A progress note from the partner on a transfer it accepted. */
export const PartnerTransferProgressReportedV1 = z.object({
  transferId: z.uuid(),
  ticketId: z.uuid(),
  partner: PartnerHotline,
  note: z.string().min(1).max(2000),
  reportedAt: Instant,
});
export type PartnerTransferProgressReportedV1 = z.infer<typeof PartnerTransferProgressReportedV1>;

/** The partner finished: what it did and what it told the caller. The owner can now answer and close. */
export const PartnerTransferResultReportedV1 = z.object({
  transferId: z.uuid(),
  ticketId: z.uuid(),
  partner: PartnerHotline,
  outcome: PartnerOutcome,
  actionTaken: z.string().min(1).max(2000),
  replyToCaller: z.string().min(1).max(2000),
  /** When the partner finished, by its own clock. */
  completedAt: Instant,
  reportedAt: Instant,
});
export type PartnerTransferResultReportedV1 = z.infer<typeof PartnerTransferResultReportedV1>;

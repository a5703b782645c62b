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

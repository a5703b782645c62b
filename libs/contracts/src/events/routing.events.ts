import { z } from 'zod';
import { Instant, RegionCode } from '../vocabulary.js';

/** Routing found no body to send the ticket to; the ticket goes back to its first-contact owner. */
export const RoutingFailedV1 = z.object({
  ticketId: z.uuid(),
  regionCode: RegionCode,
  reason: z.string().min(1),
  decidedAt: Instant,
});
export type RoutingFailedV1 = z.infer<typeof RoutingFailedV1>;

/**
 * Routing gave up and handed the ticket back to its first-contact owner: every candidate
 * rejected it, the hop limit was reached, or none was left. Carries the reasons and, where one
 * exists, a destination the owner may try (for example a partner hotline or a higher level).
 */
export const RoutingReturnedToOwnerV1 = z.object({
  ticketId: z.uuid(),
  why: z.enum(['hop-limit-reached', 'no-candidate-left']),
  hops: z.number().int().min(0),
  rejections: z.array(
    z.object({
      agencyId: z.string().min(1),
      agencyName: z.string().min(1),
      reason: z.string().min(1),
      note: z.string().max(2000).nullable(),
    }),
  ),
  suggestedDestination: z.object({ agencyId: z.string().min(1), name: z.string().min(1), why: z.string().min(1) }).nullable(),
  returnedAt: Instant,
});
export type RoutingReturnedToOwnerV1 = z.infer<typeof RoutingReturnedToOwnerV1>;

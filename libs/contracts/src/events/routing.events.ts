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

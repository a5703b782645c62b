import { z } from 'zod';
import { AlertKind, Instant } from '../vocabulary.js';

/** Something a supervisor must look at (督办). Raised again while the condition repeats. */
export const SupervisionAlertRaisedV1 = z.object({
  alertId: z.uuid(),
  ticketId: z.uuid(),
  kind: AlertKind,
  severity: z.enum(['warning', 'critical']),
  message: z.string().min(1).max(2000),
  agencyId: z.string().min(1).nullable(),
  raisedAt: Instant,
});
export type SupervisionAlertRaisedV1 = z.infer<typeof SupervisionAlertRaisedV1>;

import { z } from 'zod';
import {
  CallerProfile,
  Channel,
  FirstContact,
  Instant,
  LegalCategory,
  MatterLocation,
  RegionCode,
  RequestType,
  TicketFlags,
} from '../vocabulary.js';

/** A ticket was opened (受理). Emitted by intake; the first event of every flow. */
export const TicketOpenedV1 = z.object({
  ticketId: z.uuid(),
  /** Human-readable number the caller is told, e.g. "12348-20261123-000042". */
  ticketNumber: z.string().min(1),
  channel: Channel,
  firstContact: FirstContact,
  caller: CallerProfile,
  requestType: RequestType,
  legalCategory: LegalCategory,
  /** The caller's or the matter's region (6, 9 or 12 digits). */
  regionCode: RegionCode,
  matterLocation: MatterLocation,
  summary: z.string().min(1).max(4000),
  flags: TicketFlags,
  openedAt: Instant,
});
export type TicketOpenedV1 = z.infer<typeof TicketOpenedV1>;

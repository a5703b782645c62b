import { z } from 'zod';
import {
  Actor,
  CallerProfile,
  Channel,
  FirstContact,
  HandlingMode,
  Instant,
  LegalCategory,
  MatterLocation,
  RegionCode,
  RequestType,
  SpecialLineCode,
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
  /**
   * `desk`: kept at the hotline desk (answered at first contact, or waiting in the online queue);
   * routing leaves it alone until a `ticket.dispatch-requested.v1`. Absent = `dispatch`
   * (producers from before the desk).
   */
  handling: HandlingMode.optional(),
  /** The special line (专线) the request came in on, if any. */
  specialLine: SpecialLineCode.optional(),
});
export type TicketOpenedV1 = z.infer<typeof TicketOpenedV1>;

/**
 * A ticket kept at the desk is sent on after all (turned into a work order): to routing, as a
 * legal-aid application, a mediation pre-application, or a consultation a local body must follow
 * up. Carries what routing needs, as the ticket now stands; the ticket keeps its number, owner
 * and history.
 */
export const TicketDispatchRequestedV1 = TicketOpenedV1.omit({ handling: true }).extend({
  /** The request type before the agent's choice; the event's `requestType` is the one to route. */
  previousRequestType: RequestType,
  /** Why the desk does not answer it itself, in the agent's words. */
  reason: z.string().min(1).max(2000),
  requestedBy: Actor,
  requestedAt: Instant,
});
export type TicketDispatchRequestedV1 = z.infer<typeof TicketDispatchRequestedV1>;

import { z } from 'zod';
import { Instant, LegalCategory, MatterLocation, PartnerHotline, RegionCode, RequestType, TicketFlags } from '../vocabulary.js';

/**
 * A partner hotline forwarded a case and the exchange accepted it. The exchange assigns the
 * shared ticket id at receipt; intake opens the ticket under that id with the partner as
 * first contact. Carries the caller's personal data: only intake consumes this topic.
 */
export const PartnerCaseReceivedV1 = z.object({
  ticketId: z.uuid(),
  partner: PartnerHotline,
  partnerName: z.string().min(1),
  /** The partner's own reference for the case. */
  partnerReference: z.string().min(1).max(100),
  caller: z.object({
    name: z.string().min(1).max(100),
    phone: z.string().min(5).max(20),
    idNumber: z.string().max(18).nullable(),
    language: z.string().min(2).max(20),
    accessibilityNeeds: z.array(z.string().min(1).max(50)).max(10),
  }),
  requestType: RequestType,
  legalCategory: LegalCategory,
  regionCode: RegionCode,
  matterLocation: MatterLocation,
  summary: z.string().min(1).max(4000),
  flags: TicketFlags,
  /**
   * The 12348 platform the partner chose to answer the caller and close the case (an
   * organisation id such as "12348-gd"); absent: the provincial platform of the case's region.
   */
  responsibleOrganisationId: z.string().min(1).max(100).optional(),
  receivedAt: Instant,
});
export type PartnerCaseReceivedV1 = z.infer<typeof PartnerCaseReceivedV1>;

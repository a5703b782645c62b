import { z } from 'zod';

/**
 * Administrative division code: 6 digits for province, city or county (GB/T 2260),
 * 9 for a township or sub-district (GB/T 10114), 12 for a village or residents' committee.
 */
export const RegionCode = z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/, 'must be 6, 9 or 12 digits');
export type RegionCode = z.infer<typeof RegionCode>;

/** Where a request first reached the platform. */
export const CHANNELS = ['hotline', 'web', 'app', 'wechat', 'station', 'partner'] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

/** The platform that received a request first (首问): the 12348 platforms or a partner hotline. */
export const FIRST_CONTACT_PLATFORMS = ['12348-hotline', '12348-network', '12348-station', '12345', '110', '12355', '12368'] as const;
export const FirstContactPlatform = z.enum(FIRST_CONTACT_PLATFORMS);
export type FirstContactPlatform = z.infer<typeof FirstContactPlatform>;

/** Partner hotlines that forward cases through the exchange. */
export const PARTNER_HOTLINES = ['12345', '110', '12355', '12368'] as const;
export const PartnerHotline = z.enum(PARTNER_HOTLINES);
export type PartnerHotline = z.infer<typeof PartnerHotline>;

/**
 * consultation 咨询; legal-aid-application 法律援助申请; mediation-pre-application 人民调解预申请;
 * complaint-or-suggestion 投诉建议.
 */
export const REQUEST_TYPES = ['consultation', 'legal-aid-application', 'mediation-pre-application', 'complaint-or-suggestion'] as const;
export const RequestType = z.enum(REQUEST_TYPES);
export type RequestType = z.infer<typeof RequestType>;

/** Legal categories, following the matters listed in Legal Aid Law Art. 31-32 plus common dispute kinds. */
export const LEGAL_CATEGORIES = [
  'labour-remuneration',
  'labour-relations',
  'work-injury',
  'traffic-accident',
  'medical-dispute',
  'maintenance',
  'social-insurance',
  'state-compensation',
  'marriage-family',
  'domestic-violence',
  'neighbourhood',
  'property',
  'contract',
  'consumer',
  'criminal-defence',
  'other',
] as const;
export const LegalCategory = z.enum(LEGAL_CATEGORIES);
export type LegalCategory = z.infer<typeof LegalCategory>;

/** Organs whose seat decides the competent legal-aid centre (Legal Aid Law Art. 38). */
export const ORGAN_TYPES = ['court', 'procuratorate', 'police', 'arbitration-commission', 'administrative-organ'] as const;
export const OrganType = z.enum(ORGAN_TYPES);
export type OrganType = z.infer<typeof OrganType>;

export const AGENCY_TYPES = ['legal-aid-centre', 'mediation-committee'] as const;
export const AgencyType = z.enum(AGENCY_TYPES);
export type AgencyType = z.infer<typeof AgencyType>;

/** Coded reasons a receiving body gives when it rejects an assignment. */
export const REJECTION_REASONS = [
  'not-our-jurisdiction',
  'not-our-category',
  'duplicate',
  'conflict-of-interest',
  'insufficient-information',
] as const;
export const RejectionReason = z.enum(REJECTION_REASONS);
export type RejectionReason = z.infer<typeof RejectionReason>;

/** Extended ticket status; partners also get the coarse open/closed status. */
export const TICKET_STATUSES = [
  'received',
  /**
   * Held at the hotline desk (坐席): a consultation, guidance request or complaint waiting for the
   * desk's answer (an online question in the queue), not sent to any body.
   */
  'at-desk',
  'routed',
  'awaiting-acceptance',
  'accepted',
  'in-progress',
  'answered',
  'follow-up-due',
  'closed',
  'reopened',
  'returned-to-owner',
  'transferred-out',
  'merged',
] as const;
export const TicketStatus = z.enum(TICKET_STATUSES);
export type TicketStatus = z.infer<typeof TicketStatus>;

export type CoarseStatus = 'open' | 'closed';
export function coarseStatusOf(status: TicketStatus): CoarseStatus {
  return status === 'closed' || status === 'merged' ? 'closed' : 'open';
}

/**
 * How a ticket is handled: `dispatch` sends it to routing (a local body or a partner); `desk`
 * keeps it at the hotline desk, where it is answered at first contact (即时办结) or waits in the
 * online question queue. Routing receives only what is dispatched.
 */
export const HANDLING_MODES = ['dispatch', 'desk'] as const;
export const HandlingMode = z.enum(HANDLING_MODES);
export type HandlingMode = z.infer<typeof HandlingMode>;

/** A special line (专线) opened for a period, e.g. "migrant-wages-2027", by its code. */
export const SpecialLineCode = z.string().regex(/^[a-z0-9][a-z0-9-]{1,39}$/, 'must be 2-40 lower-case letters, digits or hyphens');
export type SpecialLineCode = z.infer<typeof SpecialLineCode>;

/** ISO-8601 instant with an explicit offset (producers write UTC, `Z`). */
export const Instant = z.iso.datetime({ offset: true });

/** Channel flags that change priority or route (special channels 绿色通道, urgent matters 紧情要情). */
export const TicketFlags = z.object({
  urgent: z.boolean(),
  /** Migrant-worker wage claim: green channel, no means verification (Legal Aid Law Art. 42(3)). */
  migrantWorkerWageClaim: z.boolean(),
  /** Veteran (Veterans Protection Law Art. 70). */
  veteran: z.boolean(),
  /**
   * Urgent and dangerous matter (紧情要情): the caller threatens self-help that could turn
   * criminal. Passed to 110 at once. Optional for compatibility with v1 producers; absent = false.
   */
  dangerous: z.boolean().optional(),
});
export type TicketFlags = z.infer<typeof TicketFlags>;

/**
 * Where the matter arose, or which organ handles it. Legal Aid Law Art. 38 makes these, never
 * the caller's household registration, decide the competent legal-aid centre.
 */
export const MatterLocation = z.object({
  /** Region where the matter arose (事由发生地). */
  arosenInRegionCode: RegionCode.optional(),
  handlingOrgan: z
    .object({ type: OrganType, name: z.string().min(1).max(200), regionCode: RegionCode })
    .optional(),
});
export type MatterLocation = z.infer<typeof MatterLocation>;

/** First-contact owner (首问负责制): set once at first receipt and kept across every hop. */
export const FirstContact = z.object({
  platform: FirstContactPlatform,
  /** Organisation that received the request, e.g. "广东省12348公共法律服务热线". */
  organisation: z.string().min(1).max(200),
  /**
   * Display name of the agent who received it, as the identity provider names them; null for a
   * partner forward.
   */
  agent: z.string().min(1).max(100).nullable(),
  receivedAt: Instant,
  /**
   * Id of the organisation in the identity provider ("12348-gd"), or `partner-hotline:<number>`
   * for a partner forward ("partner-hotline:110"). Owner rules compare this id, never the name.
   * Absent in events from before identities were verified.
   */
  organisationId: z.string().min(1).max(200).optional(),
  /** Subject of the receiving agent's access token; absent for a partner forward. */
  agentId: z.string().min(1).max(200).optional(),
});
export type FirstContact = z.infer<typeof FirstContact>;

/** Caller details the receiving bodies need to serve the caller, masked for everyone else. */
export const CallerProfile = z.object({
  /** e.g. "张*"; the full name stays with the first-contact owner. */
  maskedName: z.string(),
  /** e.g. "138********": the first three digits only, so the mask confirms no guessed number. */
  maskedPhone: z.string(),
  /** BCP 47 tag or dialect code, e.g. "zh-CN", "yue" (Cantonese), "hak" (Hakka). */
  language: z.string().min(2).max(20),
  accessibilityNeeds: z.array(z.string().min(1).max(50)).max(10),
});
export type CallerProfile = z.infer<typeof CallerProfile>;

/**
 * The organisation and person acting on a ticket, as the identity provider vouched for them
 * (the access token), never as a request body claimed.
 */
export const Actor = z.object({
  /** Display name of the organisation or body, e.g. "广东省12348公共法律服务热线". */
  organisation: z.string().min(1).max(200),
  /** Display name of the person, e.g. "林晓"; null for a system action. */
  agent: z.string().min(1).max(100).nullable(),
  /** Id of the organisation or body in the identity provider, e.g. "12348-gd", "legal-aid-centre:440605". */
  organisationId: z.string().min(1).max(200).optional(),
  /** Subject of the person's access token. */
  agentId: z.string().min(1).max(200).optional(),
});
export type Actor = z.infer<typeof Actor>;

/** Result of the follow-up call (回访). */
export const FOLLOW_UP_RESULTS = ['resolved', 'partly-resolved', 'unresolved'] as const;
export const FollowUpResult = z.enum(FOLLOW_UP_RESULTS);
export type FollowUpResult = z.infer<typeof FollowUpResult>;

export const SATISFACTION_LEVELS = ['satisfied', 'basically-satisfied', 'dissatisfied'] as const;
export const Satisfaction = z.enum(SATISFACTION_LEVELS);
export type Satisfaction = z.infer<typeof Satisfaction>;

/** What a supervisor is alerted about (督办). */
export const ALERT_KINDS = [
  'acceptance-overdue',
  'danger-reported',
  'partner-delivery-failing',
  'caller-dissatisfied',
  'returned-to-owner',
  /** A partner hotline refused a transfer, or left it unanswered past its acceptance deadline. */
  'partner-transfer-returned',
  /** An online question was not answered within its time on the business calendar. */
  'online-question-overdue',
] as const;
export const AlertKind = z.enum(ALERT_KINDS);
export type AlertKind = z.infer<typeof AlertKind>;

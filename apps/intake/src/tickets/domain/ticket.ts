import type {
  Actor,
  AgencyType,
  AssignmentCompletedV1,
  AssignmentRequestedV1,
  Channel,
  EventSource,
  FirstContactPlatform,
  FollowUpResult,
  HandlingMode,
  LegalCategory,
  MatterLocation,
  NextStep,
  PartnerHotline,
  PartnerOutcome,
  PartnerRejectionReason,
  PartnerTransferRequestedV1,
  PlatformEvent,
  RequestType,
  Satisfaction,
  TicketFlags,
  TicketStatus,
} from '@legal-hotline/contracts';

/** The caller as intake keeps them: in full, because intake answers the caller (PIPL: nobody else gets this). */
export interface Caller {
  name: string;
  /** Digits only: a mobile number or a landline with its area code. */
  phone: string;
  /** 18-character resident ID number, when the caller gave one. */
  idNumber: string | null;
  /** BCP 47 tag or dialect code, e.g. "zh-CN", "yue". */
  language: string;
  accessibilityNeeds: readonly string[];
}

/**
 * First contact (首问): where the request first arrived. Set when the ticket opens and never
 * changed afterwards; who acts for the ticket is its {@link ResponsiblePlatform}.
 */
export interface FirstContactOwner {
  platform: FirstContactPlatform;
  /**
   * Id of the organisation as the identity provider names it ("12348-gd"), or
   * `partner-hotline:<number>` for a partner forward.
   */
  organisationId: string;
  /** Display name, e.g. "广东省12348公共法律服务热线". */
  organisation: string;
  /** Display name of the agent who received the request; null for a partner forward. */
  agent: string | null;
  /** Subject of that agent's access token; null for a partner forward and for tickets opened before tokens. */
  agentId: string | null;
  receivedAt: Date;
}

/**
 * Why a platform is responsible for a ticket: it received the request itself (`first-contact`),
 * the forwarding partner chose it (`partner-choice`), or it is the provincial 12348 platform of
 * the ticket's region (`region-platform`).
 */
export type ResponsibilityBasis = 'first-contact' | 'region-platform' | 'partner-choice';

/**
 * The 12348 platform that answers the caller (答复), runs the follow-up call (回访), closes,
 * reopens, transfers, refers and merges: the first-contact organisation for a request received
 * on a 12348 platform; for a case a partner hotline forwarded, a 12348 platform (the partner
 * stays the first contact, where the request first arrived). Set at opening.
 */
export interface ResponsiblePlatform {
  /** Organisation id as the identity provider names it ("12348-gd"): every owner rule compares this id. */
  organisationId: string;
  /** Display name, e.g. "广东省12348公共法律服务热线". */
  organisation: string;
  basis: ResponsibilityBasis;
}

/** The body that holds the work now, through the assignment that handed it over. */
export interface CurrentAssignment {
  assignmentId: string;
  agencyId: string;
  agencyType: AgencyType;
  name: string;
  /** When routing asked this body to take the ticket. */
  since: Date;
}

/** urgent: urgent or dangerous matters; green-channel: migrant-worker wage claims and veterans; normal otherwise. */
export type TicketPriority = NonNullable<AssignmentRequestedV1['priority']>;

/** Legal Aid Law Art. 42(3): a migrant worker claiming wages is not asked to prove financial hardship. */
export interface MeansTestExemption {
  basis: 'Legal Aid Law Art. 42(3)';
  reason: string;
}

/** Veterans Protection Law Art. 70: veterans are served with priority (绿色通道). */
export interface SpecialChannel {
  basis: 'Veterans Protection Law Art. 70';
  reason: string;
}

/**
 * Keyed hashes (HMAC-SHA256) of the caller's normalised phone number and ID number, to find
 * the same caller's other tickets without comparing (or indexing) the raw values.
 */
export interface CallerFingerprint {
  phoneHash: string;
  idNumberHash: string | null;
}

/**
 * The caller's self-lookup key: a public reference and the keyed hash of the one-time code the
 * caller was told. The code itself is never kept.
 */
export interface CallerLookupKey {
  /** 10 characters of Crockford base32, random: guessing one tells nothing about others. */
  reference: string;
  /** HMAC-SHA256 (hex) of the code, bound to the reference. */
  codeHash: string;
}

/** How one hand-off to a body ended: `still-there` while the body has not decided. */
export type HopOutcome = 'still-there' | 'accepted' | 'rejected' | 'withdrawn' | 'replaced';

/**
 * One hand-off (派单) of the ticket to a body, from the request to the body's decision. A hop
 * is `replaced` when routing asked another body before intake heard how this one ended (the
 * news travels on another partition); a late decision then fills in the real outcome.
 */
export interface Hop {
  assignmentId: string;
  agencyId: string;
  agencyType: AgencyType;
  name: string;
  /** When routing asked the body to take the ticket. */
  arrivedAt: Date;
  outcome: HopOutcome;
  /** When the hand-off ended (acceptance, rejection, withdrawal, replacement); `null` while still there. */
  leftAt: Date | null;
  /** The coded rejection or withdrawal reason. */
  reason: string | null;
  startedAt: Date | null;
  completedAt: Date | null;
}

/** What the first-contact owner told the caller (答复). */
export interface CallerAnswer {
  answeredBy: Actor;
  answer: string;
  answeredAt: Date;
}

/** The follow-up call (回访) and what the caller said. */
export interface FollowUp {
  result: FollowUpResult;
  satisfaction: Satisfaction;
  note: string | null;
  recordedBy: Actor;
  recordedAt: Date;
}

/** The handling body's result, as it reported on completion. */
export interface HandlingResult {
  assignmentId: string;
  agencyId: string;
  agencyName: string;
  outcome: AssignmentCompletedV1['outcome'];
  result: string;
  completedBy: string;
  completedAt: Date;
}

/** A body that may see the ticket without owning it (referral). */
export interface Watcher {
  /** The organisation's id ("12348-gz", `partner-hotline:110`): who may see the ticket. */
  organisationId: string;
  /** Its display name, or a partner hotline's number ("110"). */
  organisation: string;
  reason: string;
  addedBy: Actor;
  addedAt: Date;
}

/**
 * Where a transfer stands with the partner (business receipt, after the technical one):
 * waiting for the partner to accept, accepted, rejected, not accepted by its deadline
 * (overdue), or completed with a result.
 */
export type TransferReceipt = 'awaiting-acceptance' | 'accepted' | 'rejected' | 'overdue' | 'completed';

/** The partner refused the transfer: its coded reason, its note, and what the owner should do next. */
export interface TransferRejection {
  reason: PartnerRejectionReason;
  note: string | null;
  suggestedNextStep: NextStep;
}

/** The partner did not accept by its deadline. */
export interface TransferOverdue {
  dueAt: Date;
  suggestedNextStep: NextStep;
}

/** How the partner finished with the transfer and what it told the caller. */
export interface TransferResult {
  outcome: PartnerOutcome;
  actionTaken: string;
  replyToCaller: string;
  /** By the partner's clock. */
  completedAt: Date;
}

/** A transfer to a partner hotline: its delivery as the exchange reports it, and the partner's receipts. */
export interface PartnerTransfer {
  transferId: string;
  partner: PartnerHotline;
  reason: PartnerTransferRequestedV1['reason'];
  urgent: boolean;
  requestedAt: Date;
  delivery: 'pending' | 'delivered' | 'failing';
  attempts: number;
  partnerReference: string | null;
  lastError: string | null;
  receipt: TransferReceipt;
  /** When the partner accepted, late or not; null until then. */
  acceptedAt: Date | null;
  rejection: TransferRejection | null;
  overdue: TransferOverdue | null;
  result: TransferResult | null;
}

/**
 * The answer the desk gave and closed the ticket with (即时办结): what the caller was told, the
 * reviewed knowledge entries and the articles it relied on, and whether the caller's own case was
 * explained (个案普法). Kept when the ticket is reopened or later turned into a work order: it is
 * what was said at first contact.
 */
export interface DeskResolution {
  answer: string;
  knowledgeEntryIds: readonly string[];
  citedArticles: readonly string[];
  caseEducationGiven: boolean;
  resolvedBy: Actor;
  resolvedAt: Date;
}

/** A ticket kept at the desk was turned into a work order (sent to routing), by whom and why. */
export interface DispatchRecord {
  previousRequestType: RequestType;
  requestType: RequestType;
  reason: string;
  requestedBy: Actor;
  requestedAt: Date;
}

/** The ticket was merged into another one as a duplicate; kept so the merge can be undone. */
export interface MergeRecord {
  intoTicketId: string;
  statusBefore: TicketStatus;
  mergedBy: Actor;
  mergedAt: Date;
}

/** A ticket (工单), owned by intake from its opening to its closing. */
export interface Ticket {
  id: string;
  /** "12348-YYYYMMDD-NNNNNN", told to the caller. */
  ticketNumber: string;
  status: TicketStatus;
  channel: Channel;
  requestType: RequestType;
  legalCategory: LegalCategory;
  regionCode: string;
  matterLocation: MatterLocation;
  summary: string;
  flags: TicketFlags;
  caller: Caller;
  firstContact: FirstContactOwner;
  responsible: ResponsiblePlatform;
  /** The partner hotline's own case reference, for tickets a partner forwarded. */
  partnerReference: string | null;
  /** `null` while the ticket sits with its first-contact owner. */
  currentAssignment: CurrentAssignment | null;
  /**
   * Assignments that were current once and are no longer (rejected or replaced). Late events
   * about them are stale and change nothing.
   */
  pastAssignmentIds: readonly string[];
  /** Every hand-off to a body, oldest first. */
  hops: readonly Hop[];
  openedAt: Date;
  /** Correlation id of the flow the ticket started. */
  correlationId: string;
  priority: TicketPriority;
  meansTestExemption: MeansTestExemption | null;
  specialChannel: SpecialChannel | null;
  /** `null` for tickets opened before intake kept fingerprints: they are never suggested as duplicates. */
  callerFingerprint: CallerFingerprint | null;
  /** What the caller follows the ticket with; null for partner forwards and tickets opened before. */
  callerLookup: CallerLookupKey | null;
  watchers: readonly Watcher[];
  transfers: readonly PartnerTransfer[];
  /** The latest answer to the caller since the ticket was (re)opened. */
  answer: CallerAnswer | null;
  /** The follow-up call since the latest answer. */
  followUp: FollowUp | null;
  handlingResult: HandlingResult | null;
  merge: MergeRecord | null;
  /** A supervisor follows the ticket (督办), since a caller was dissatisfied. */
  underSupervision: boolean;
  /**
   * `desk`: kept at the hotline desk (answered at first contact, or waiting in the online
   * question queue), unknown to routing; `dispatch`: sent to routing, at opening or later.
   */
  handling: HandlingMode;
  /** The desk's answer, once the ticket was resolved at first contact. */
  deskResolution: DeskResolution | null;
  /** Set when a desk ticket was turned into a work order. */
  dispatch: DispatchRecord | null;
  /** Code of the special line (专线) the request came in on. */
  specialLine: string | null;
  /** Drawn for the follow-up call (回访) when it was resolved at the desk. */
  followUpSampled: boolean;
}

/** One line of the ticket's history, from whichever service reported it. */
export interface TimelineEntry {
  /**
   * The event that caused the entry (for an opening: the `ticket.opened.v1` intake emitted); an
   * id of the entry's own for a change intake publishes no event about (a referral). One event
   * may add an entry to two tickets (a merge).
   */
  eventId: string;
  at: Date;
  source: EventSource;
  /** Person or body that acted, by display name; `null` for automated decisions. */
  actor: string | null;
  /**
   * Organisation or body id of the person who acted, from their access token: intake's own
   * users, and the staff of a body deciding on its hand-off; null for automated steps.
   */
  actorOrganisationId: string | null;
  /** Token subject of that person, when known; null otherwise. */
  actorId: string | null;
  /** The event type, or `ticket.opened` / `ticket.referred` for changes without an event of their own. */
  kind: string;
  statusAfter: TicketStatus;
  /** Why: a coded rejection reason, a routing explanation, a failure reason. */
  reason: string | null;
  note: string | null;
}

/** Outcome of applying another service's event to a ticket. */
export type TicketChange =
  | {
      outcome: 'changed';
      ticket: Ticket;
      entry: TimelineEntry;
      /** What the change raises beyond its own entry (a supervisor's alert), with the entries that show it. */
      raised?: { entries: TimelineEntry[]; events: PlatformEvent[] };
    }
  /** The event needs no change: a repeat, or news about an assignment that is no longer current. */
  | { outcome: 'ignored'; reason: 'duplicate' | 'stale' };

/** What an owner's command or an opening decides: the new state, its timeline entries and the events to publish. */
export interface TicketDecision {
  ticket: Ticket;
  entries: TimelineEntry[];
  events: PlatformEvent[];
}

/** Time, ids and correlation a decision needs, passed in so the rules stay deterministic. */
export interface DecisionContext {
  now: Date;
  newId: () => string;
  correlationId: string;
  causationId: string | null;
}

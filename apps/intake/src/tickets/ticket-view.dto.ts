import { PageOf } from '@legal-hotline/service-runtime';
import { ApiProperty } from '@nestjs/swagger';
import {
  AGENCY_TYPES,
  CHANNELS,
  coarseStatusOf,
  EVENT_SOURCES,
  FIRST_CONTACT_PLATFORMS,
  FOLLOW_UP_RESULTS,
  HANDLING_MODES,
  LEGAL_CATEGORIES,
  NEXT_STEPS,
  ORGAN_TYPES,
  PARTNER_HOTLINES,
  PARTNER_OUTCOMES,
  PARTNER_REJECTION_REASONS,
  REQUEST_TYPES,
  SATISFACTION_LEVELS,
  TICKET_STATUSES,
  type Actor,
  type AgencyType,
  type Channel,
  type CoarseStatus,
  type EventSource,
  type FirstContactPlatform,
  type FollowUpResult,
  type HandlingMode,
  type LegalCategory,
  type MatterLocation,
  type NextStep,
  type OrganType,
  type PartnerHotline,
  type PartnerOutcome,
  type PartnerRejectionReason,
  type RequestType,
  type Satisfaction,
  type TicketFlags,
  type TicketStatus,
} from '@legal-hotline/contracts';
import type { CallerLookupAnswer } from './domain/caller-lookup.js';
import { maskIdNumber, maskName, maskPhone } from './domain/caller-masks.js';
import type { PossibleDuplicate } from './domain/duplicates.js';
import { hopTimesOf, readableDuration, waitingOn, type HopTimes, type WaitingOn } from './domain/owners-view.js';
import type {
  HopOutcome,
  PartnerTransfer,
  ResponsibilityBasis,
  Ticket,
  TicketPriority,
  TimelineEntry,
  TransferReceipt,
} from './domain/ticket.js';

const PRIORITIES = ['urgent', 'green-channel', 'normal'] as const satisfies readonly TicketPriority[];
const HOP_OUTCOMES = [
  'still-there',
  'accepted',
  'rejected',
  'withdrawn',
  'replaced',
] as const satisfies readonly HopOutcome[];
const WAITING_ON = ['routing', 'handling-body', 'partner', 'owner', 'nobody'] as const satisfies readonly WaitingOn[];
const RESPONSIBILITY_BASES = ['first-contact', 'region-platform', 'partner-choice'] as const satisfies readonly ResponsibilityBasis[];
const TRANSFER_RECEIPTS = ['awaiting-acceptance', 'accepted', 'rejected', 'overdue', 'completed'] as const satisfies readonly TransferReceipt[];

// Answers of the tickets API. Times are UTC ISO-8601 instants ("2026-11-23T02:15:00.000Z").

/**
 * Another open ticket of the same caller, category and county opened within 30 days: maybe the
 * same request. Only tickets the agent's organisation is responsible for or watches, by id and
 * number, so the hint confirms nothing to anyone who could not see them anyway.
 */
export class PossibleDuplicateView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: '12348-20261120-000017' })
  ticketNumber!: string;
}

export class OpenedTicketView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  /** 12348-YYYYMMDD-NNNNNN, the date in Asia/Shanghai; for staff, not a secret and not a lookup key. */
  @ApiProperty({ example: '12348-20261123-000042' })
  ticketNumber!: string;

  @ApiProperty({ enum: TICKET_STATUSES, example: 'received' })
  status!: TicketStatus;

  /**
   * Tell the caller this reference and the lookup code: with both they follow the ticket at
   * `POST /api/v1/ticket-lookup`. 10 characters of Crockford base32 (no I, L, O, U).
   */
  @ApiProperty({ example: '7K3M9Q2XHP', pattern: '^[0-9A-HJKMNP-TV-Z]{10}$' })
  reference!: string;

  /**
   * The caller's one-time lookup code, 6 digits, shown in this answer only: intake keeps just
   * its keyed hash. A retry with the same Idempotency-Key answers a new code (the first one
   * stops working), since the first cannot be shown again.
   */
  @ApiProperty({ example: '482913', pattern: '^\\d{6}$' })
  lookupCode!: string;

  /** Newest first; the agent may merge the new ticket into one of them (`POST /api/v1/tickets/:id/merge`). */
  @ApiProperty({ type: [PossibleDuplicateView] })
  possibleDuplicates!: PossibleDuplicateView[];
}

/** Who acted, as the access token named them (records before tokens have names only). */
export class ActorView {
  @ApiProperty({ example: '广东省12348公共法律服务热线' })
  organisation!: string;

  @ApiProperty({ required: false, example: '12348-gd' })
  organisationId?: string;

  @ApiProperty({ type: String, nullable: true, example: '林晓' })
  agent!: string | null;

  /** The person's token subject. */
  @ApiProperty({ required: false })
  agentId?: string;
}

export class FirstContactView {
  @ApiProperty({ enum: FIRST_CONTACT_PLATFORMS })
  platform!: FirstContactPlatform;

  /** "12348-gd", or `partner-hotline:110` for a case 110 forwarded: where the request first arrived. */
  @ApiProperty({ example: '12348-gd' })
  organisationId!: string;

  @ApiProperty({ example: '广东省12348公共法律服务热线' })
  organisation!: string;

  /** Display name of the receiving agent; `null` for a partner forward. */
  @ApiProperty({ type: String, nullable: true, example: '林晓' })
  agent!: string | null;

  /** Token subject of the receiving agent; `null` for a partner forward. */
  @ApiProperty({ type: String, nullable: true })
  agentId!: string | null;

  /** When the first contact received the request (UTC). */
  @ApiProperty({ format: 'date-time' })
  receivedAt!: string;
}

/**
 * The 12348 platform that answers the caller, runs the follow-up call, closes, reopens,
 * transfers, refers and merges: only its staff may. For a request received on a 12348 platform,
 * the first contact itself; for a case a partner hotline forwarded (the partner stays the first
 * contact), the platform the partner chose or the provincial platform of the ticket's region.
 */
export class ResponsibleView {
  /** Organisation id of the platform, as its staff's access tokens carry it; owner rules compare it. */
  @ApiProperty({ example: '12348-gd' })
  organisationId!: string;

  @ApiProperty({ example: '广东省12348公共法律服务热线' })
  organisation!: string;

  /**
   * first-contact: it received the request; partner-choice: the forwarding partner chose it;
   * region-platform: the provincial 12348 platform of the ticket's region.
   */
  @ApiProperty({ enum: RESPONSIBILITY_BASES, example: 'region-platform' })
  basis!: ResponsibilityBasis;
}

export class CurrentHandlerView {
  @ApiProperty({ example: 'legal-aid-centre:440605' })
  agencyId!: string;

  @ApiProperty({ enum: AGENCY_TYPES })
  agencyType!: AgencyType;

  @ApiProperty({ example: '南海区法律援助中心' })
  name!: string;

  /** When routing handed the ticket to this body (UTC). */
  @ApiProperty({ format: 'date-time' })
  since!: string;
}

/**
 * The caller as every ticket view shows them: masked, whoever asks (PIPL: minimum necessary).
 * Those who must reach the caller read them in full at `GET /api/v1/tickets/:id/caller`.
 */
export class MaskedCallerView {
  /** The surname, then one `*` per further character. */
  @ApiProperty({ example: '陈**' })
  name!: string;

  /** The first 3 digits, then `*`. */
  @ApiProperty({ example: '138********' })
  phone!: string;

  /** The first 2 characters (the province), then `*`; null when the caller gave none. */
  @ApiProperty({ type: String, nullable: true, example: '44****************' })
  idNumber!: string | null;

  @ApiProperty({ example: 'yue' })
  language!: string;
}

export class TimelineEntryView {
  /** When it happened, as the reporting service says (UTC). */
  @ApiProperty({ format: 'date-time' })
  at!: string;

  /** The service that reported it. */
  @ApiProperty({ enum: EVENT_SOURCES })
  source!: EventSource;

  /** Person or body that acted, by display name; `null` for automated decisions. */
  @ApiProperty({ type: String, nullable: true })
  actor!: string | null;

  /**
   * Organisation or body id of the person who acted, from their access token (intake's users,
   * and staff of a body deciding on a hand-off); null for automated steps.
   */
  @ApiProperty({ type: String, nullable: true, example: 'legal-aid-centre:440605' })
  actorOrganisationId!: string | null;

  /** Token subject of that person, when known; null otherwise. */
  @ApiProperty({ type: String, nullable: true })
  actorId!: string | null;

  /** The event type (`assignment.accepted.v1`), or `ticket.opened` for the opening. */
  @ApiProperty({ example: 'assignment.accepted.v1' })
  kind!: string;

  @ApiProperty({ enum: TICKET_STATUSES })
  statusAfter!: TicketStatus;

  /** A coded rejection reason, a routing explanation or a failure reason. */
  @ApiProperty({ type: String, nullable: true })
  reason!: string | null;

  @ApiProperty({ type: String, nullable: true })
  note!: string | null;
}

class TicketFlagsView {
  @ApiProperty()
  urgent!: boolean;

  @ApiProperty()
  migrantWorkerWageClaim!: boolean;

  @ApiProperty()
  veteran!: boolean;

  @ApiProperty({ required: false })
  dangerous?: boolean;
}

/** Legal Aid Law Art. 42(3): no verification of financial hardship. */
class MeansTestExemptionView {
  @ApiProperty({ example: 'Legal Aid Law Art. 42(3)' })
  basis!: string;

  @ApiProperty()
  reason!: string;
}

/** Veterans Protection Law Art. 70: priority service. */
class SpecialChannelView {
  @ApiProperty({ example: 'Veterans Protection Law Art. 70' })
  basis!: string;

  @ApiProperty()
  reason!: string;
}

class AnswerView {
  @ApiProperty({ type: ActorView })
  answeredBy!: Actor;

  @ApiProperty()
  answer!: string;

  @ApiProperty({ format: 'date-time' })
  answeredAt!: string;
}

class FollowUpView {
  @ApiProperty({ enum: FOLLOW_UP_RESULTS })
  result!: FollowUpResult;

  @ApiProperty({ enum: SATISFACTION_LEVELS })
  satisfaction!: Satisfaction;

  @ApiProperty({ type: String, nullable: true })
  note!: string | null;

  @ApiProperty({ type: ActorView })
  recordedBy!: Actor;

  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;
}

/** What the handling body reported when it completed. */
class HandlingResultView {
  @ApiProperty()
  agencyId!: string;

  @ApiProperty()
  agencyName!: string;

  @ApiProperty({ enum: ['resolved', 'partly-resolved', 'unresolved'] })
  outcome!: string;

  @ApiProperty()
  result!: string;

  @ApiProperty()
  completedBy!: string;

  @ApiProperty({ format: 'date-time' })
  completedAt!: string;
}

class WatcherView {
  /** The organisation's id, e.g. "12348-gz" or `partner-hotline:110`. */
  @ApiProperty()
  organisationId!: string;

  /** Its display name, or a partner hotline's number ("110"). */
  @ApiProperty()
  organisation!: string;

  @ApiProperty()
  reason!: string;

  @ApiProperty({ type: ActorView })
  addedBy!: Actor;

  @ApiProperty({ format: 'date-time' })
  addedAt!: string;
}

/** The partner's coded refusal of a transfer. */
class TransferRejectionView {
  @ApiProperty({ enum: PARTNER_REJECTION_REASONS })
  reason!: PartnerRejectionReason;

  /** The partner's own words, if any. */
  @ApiProperty({ type: String, nullable: true, example: '属法律服务事项' })
  note!: string | null;

  /** What the owner should do next. */
  @ApiProperty({ enum: NEXT_STEPS, example: 'route-to-a-body' })
  suggestedNextStep!: NextStep;
}

/** The partner let its acceptance deadline pass. */
class TransferOverdueView {
  /** The acceptance deadline that passed (UTC). */
  @ApiProperty({ format: 'date-time' })
  dueAt!: string;

  @ApiProperty({ enum: NEXT_STEPS, example: 'call-the-partner' })
  suggestedNextStep!: NextStep;
}

/** How the partner finished with the transfer. */
class TransferResultView {
  @ApiProperty({ enum: PARTNER_OUTCOMES })
  outcome!: PartnerOutcome;

  @ApiProperty({ example: '民警到场劝解，双方情绪平稳' })
  actionTaken!: string;

  /** What the partner told the caller; the owner answers the caller next. */
  @ApiProperty({ example: '已告知来电人可向劳动监察部门投诉，并可申请法律援助' })
  replyToCaller!: string;

  /** When the partner finished, by its own clock (UTC). */
  @ApiProperty({ format: 'date-time' })
  completedAt!: string;
}

class TransferView {
  @ApiProperty({ format: 'uuid' })
  transferId!: string;

  @ApiProperty({ enum: PARTNER_HOTLINES })
  partner!: PartnerHotline;

  @ApiProperty({ enum: ['danger', 'not-ours'] })
  reason!: PartnerTransfer['reason'];

  @ApiProperty()
  urgent!: boolean;

  @ApiProperty({ format: 'date-time' })
  requestedAt!: string;

  /** As the hotline exchange last reported. */
  @ApiProperty({ enum: ['pending', 'delivered', 'failing'] })
  delivery!: PartnerTransfer['delivery'];

  @ApiProperty({ minimum: 0 })
  attempts!: number;

  @ApiProperty({ type: String, nullable: true })
  partnerReference!: string | null;

  @ApiProperty({ type: String, nullable: true })
  lastError!: string | null;

  /**
   * The partner's business receipt (after the technical delivery): awaiting-acceptance until it
   * answers; accepted; rejected (with a reason) or overdue (no answer by its deadline), which
   * return the ticket to its owner; completed once it reported its result.
   */
  @ApiProperty({ enum: TRANSFER_RECEIPTS })
  receipt!: TransferReceipt;

  /** When the partner accepted, late or not; null until then (a result may arrive without it). */
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  acceptedAt!: string | null;

  @ApiProperty({ type: TransferRejectionView, nullable: true })
  rejection!: TransferRejectionView | null;

  /** Set when the acceptance deadline passed, and kept if the partner accepts late. */
  @ApiProperty({ type: TransferOverdueView, nullable: true })
  overdue!: TransferOverdueView | null;

  @ApiProperty({ type: TransferResultView, nullable: true })
  result!: TransferResultView | null;
}

/** One hand-off to a body and how long the body had it. */
export class HopView {
  @ApiProperty({ example: 'legal-aid-centre:440605' })
  agencyId!: string;

  @ApiProperty({ enum: AGENCY_TYPES })
  agencyType!: AgencyType;

  @ApiProperty({ example: '南海区法律援助中心' })
  name!: string;

  /** When routing asked the body to take the ticket (UTC). */
  @ApiProperty({ format: 'date-time' })
  arrivedAt!: string;

  /** When the hand-off ended: acceptance, rejection, withdrawal or a newer request; null while still there. */
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  leftAt!: string | null;

  @ApiProperty({ enum: HOP_OUTCOMES })
  outcome!: HopOutcome;

  /** The coded rejection or withdrawal reason. */
  @ApiProperty({ type: String, nullable: true })
  reason!: string | null;

  /** From arrival to leaving, or to now while still there, in milliseconds. */
  @ApiProperty({ minimum: 0, example: 7_500_000 })
  timeSpentMs!: number;

  @ApiProperty({ example: '2 h 5 min' })
  timeSpent!: string;
}

/** The answer the desk closed the ticket with (即时办结). */
class DeskResolutionView {
  @ApiProperty({ example: '用人单位拖欠工资的，可以向劳动保障监察机构投诉，也可以申请劳动仲裁；仲裁时效为一年。' })
  answer!: string;

  /** Published knowledge base entries (知识库) the answer relied on. */
  @ApiProperty({ type: [String], format: 'uuid' })
  knowledgeEntryIds!: string[];

  @ApiProperty({ type: [String], example: ['《劳动争议调解仲裁法》第二十七条'] })
  citedArticles!: string[];

  /** Legal education for the caller's own case (个案普法) was given. */
  @ApiProperty()
  caseEducationGiven!: boolean;

  @ApiProperty({ type: ActorView })
  resolvedBy!: Actor;

  @ApiProperty({ format: 'date-time' })
  resolvedAt!: string;
}

/** The desk ticket was turned into a work order and sent to routing. */
class DispatchView {
  @ApiProperty({ enum: REQUEST_TYPES, example: 'consultation' })
  previousRequestType!: RequestType;

  @ApiProperty({ enum: REQUEST_TYPES, example: 'legal-aid-application' })
  requestType!: RequestType;

  @ApiProperty({ example: '来电人咨询后决定申请法律援助' })
  reason!: string;

  @ApiProperty({ type: ActorView })
  requestedBy!: Actor;

  @ApiProperty({ format: 'date-time' })
  requestedAt!: string;
}

class MergeView {
  @ApiProperty({ format: 'uuid' })
  intoTicketId!: string;

  /** The status to return to if the merge is undone (unless the body moved on meanwhile). */
  @ApiProperty({ enum: TICKET_STATUSES })
  statusBefore!: TicketStatus;

  @ApiProperty({ type: ActorView })
  mergedBy!: Actor;

  @ApiProperty({ format: 'date-time' })
  mergedAt!: string;
}

export class TicketSummaryView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: '12348-20261123-000042' })
  ticketNumber!: string;

  /** Extended status. */
  @ApiProperty({ enum: TICKET_STATUSES })
  status!: TicketStatus;

  /** `open` or `closed`, as partners see it. */
  @ApiProperty({ enum: ['open', 'closed'] })
  coarseStatus!: CoarseStatus;

  @ApiProperty({ enum: CHANNELS })
  channel!: Channel;

  @ApiProperty({ enum: REQUEST_TYPES })
  requestType!: RequestType;

  @ApiProperty({ enum: LEGAL_CATEGORIES })
  legalCategory!: LegalCategory;

  @ApiProperty({ example: '440605011' })
  regionCode!: string;

  @ApiProperty({ type: TicketFlagsView })
  flags!: TicketFlags;

  /** urgent (urgent or dangerous), green-channel (migrant-worker wage claims, veterans) or normal. */
  @ApiProperty({ enum: PRIORITIES })
  priority!: TicketPriority;

  @ApiProperty({ type: FirstContactView })
  firstContact!: FirstContactView;

  @ApiProperty({ type: ResponsibleView })
  responsible!: ResponsibleView;

  @ApiProperty({ type: CurrentHandlerView, nullable: true })
  currentHandler!: CurrentHandlerView | null;

  /** When intake opened the ticket (UTC). */
  @ApiProperty({ format: 'date-time' })
  openedAt!: string;

  /**
   * desk: kept at the hotline desk (answered at first contact, or waiting there), never sent to
   * routing; dispatch: sent to routing, at opening or as a work order later.
   */
  @ApiProperty({ enum: HANDLING_MODES, example: 'desk' })
  handling!: HandlingMode;

  /** Code of the special line (专线) the request came in on; null for none. */
  @ApiProperty({ type: String, nullable: true, example: 'migrant-wages' })
  specialLine!: string | null;

  /** Drawn for the follow-up call (回访) when it was resolved at the desk. */
  @ApiProperty()
  followUpSampled!: boolean;
}

export class HandlingOrganView {
  @ApiProperty({ enum: ORGAN_TYPES })
  type!: OrganType;

  @ApiProperty({ example: '佛山市南海区人民法院' })
  name!: string;

  @ApiProperty({ example: '440605' })
  regionCode!: string;
}

/** Where the matter arose or which organ handles it (Legal Aid Law Art. 38); either may be absent. */
export class MatterLocationView {
  @ApiProperty({ required: false, example: '440605011' })
  arosenInRegionCode?: string;

  @ApiProperty({ required: false, type: HandlingOrganView })
  handlingOrgan?: HandlingOrganView;
}

export class TicketView extends TicketSummaryView {
  @ApiProperty({ type: MatterLocationView })
  matterLocation!: MatterLocation;

  @ApiProperty()
  summary!: string;

  @ApiProperty({ type: MaskedCallerView })
  caller!: MaskedCallerView;

  /** The reference the caller follows the ticket with (without the code it is of no use); null for partner forwards and older tickets. */
  @ApiProperty({ type: String, nullable: true, example: '7K3M9Q2XHP' })
  callerReference!: string | null;

  @ApiProperty({ type: MeansTestExemptionView, nullable: true })
  meansTestExemption!: MeansTestExemptionView | null;

  @ApiProperty({ type: SpecialChannelView, nullable: true })
  specialChannel!: SpecialChannelView | null;

  /**
   * Open tickets of the same caller, legal category and county-level area opened within 30 days
   * of this one, newest first; to agents only, and only those their organisation is responsible
   * for or watches.
   */
  @ApiProperty({ type: [PossibleDuplicateView] })
  possibleDuplicates!: PossibleDuplicateView[];

  /** Bodies that may see the ticket without owning it (referrals). */
  @ApiProperty({ type: [WatcherView] })
  watchers!: WatcherView[];

  /** Every hand-off to a body, oldest first. */
  @ApiProperty({ type: [HopView] })
  hops!: HopView[];

  @ApiProperty({ type: [TransferView] })
  transfers!: TransferView[];

  /** The latest answer to the caller since the ticket was (re)opened. */
  @ApiProperty({ type: AnswerView, nullable: true })
  answer!: AnswerView | null;

  /** The follow-up call since the latest answer. */
  @ApiProperty({ type: FollowUpView, nullable: true })
  followUp!: FollowUpView | null;

  @ApiProperty({ type: HandlingResultView, nullable: true })
  handlingResult!: HandlingResultView | null;

  /** Set while the ticket is merged into another one. */
  @ApiProperty({ type: MergeView, nullable: true })
  merge!: MergeView | null;

  /** A supervisor follows the ticket (督办) since a caller was dissatisfied. */
  @ApiProperty()
  underSupervision!: boolean;

  /** The answer the desk gave when it resolved the ticket at first contact (即时办结); kept after a reopening or a work order. */
  @ApiProperty({ type: DeskResolutionView, nullable: true })
  deskResolution!: DeskResolutionView | null;

  /** Set when the desk ticket was turned into a work order. */
  @ApiProperty({ type: DispatchView, nullable: true })
  dispatch!: DispatchView | null;

  /** Every event about the ticket from every service, oldest first. */
  @ApiProperty({ type: [TimelineEntryView] })
  timeline!: TimelineEntryView[];
}

/** A ticket in its owner's view (the responsible platform's): who it waits for, its hand-offs and its age. */
export class OwnerTicketView extends TicketSummaryView {
  @ApiProperty({ enum: WAITING_ON })
  waitingOn!: WaitingOn;

  /** Every hand-off, oldest first, with the time each body had the ticket. */
  @ApiProperty({ type: [HopView] })
  hops!: HopView[];

  /** Since the first contact received the request, in milliseconds. */
  @ApiProperty({ minimum: 0 })
  ageMs!: number;

  @ApiProperty({ example: '3 d 4 h' })
  age!: string;
}

export class OwnerTicketPageView extends PageOf(OwnerTicketView) {}

class NextStepView {
  @ApiProperty({ example: '承办单位已受理您的诉求，将与您联系。' })
  zh!: string;

  @ApiProperty({ example: 'A handling body has accepted your request and will contact you.' })
  en!: string;
}

/** The desk's answer as the asker reads it. */
class CallerDeskAnswerView {
  @ApiProperty({ example: '用人单位拖欠工资的，可以向劳动保障监察机构投诉，也可以申请劳动仲裁；仲裁时效为一年。' })
  answer!: string;

  @ApiProperty({ type: [String], example: ['《劳动争议调解仲裁法》第二十七条'] })
  citedArticles!: string[];

  @ApiProperty({ format: 'date-time' })
  answeredAt!: string;
}

/**
 * What a caller may learn about their ticket: status and next step, nothing personal, no body,
 * no date; and, for a question answered at the desk, the answer and the articles it cited.
 */
export class CallerLookupView {
  @ApiProperty({ enum: TICKET_STATUSES })
  status!: TicketStatus;

  @ApiProperty({ enum: ['open', 'closed'] })
  coarseStatus!: CoarseStatus;

  /** A plain sentence on what happens next, in Chinese and English. */
  @ApiProperty({ type: NextStepView })
  nextStep!: NextStepView;

  /** The desk's answer while the ticket is closed with it; null otherwise. */
  @ApiProperty({ type: CallerDeskAnswerView, nullable: true })
  answer!: CallerDeskAnswerView | null;
}

/**
 * A question asked online was received. Keep the reference and the code: with both, the asker
 * reads the status and, once given, the answer at `POST /api/v1/ticket-lookup`.
 */
export class QuestionReceiptView {
  /** 12348-YYYYMMDD-NNNNNN, to quote when calling 12348 about the question. */
  @ApiProperty({ example: '12348-20261123-000042' })
  ticketNumber!: string;

  @ApiProperty({ example: '7K3M9Q2XHP', pattern: '^[0-9A-HJKMNP-TV-Z]{10}$' })
  reference!: string;

  /** One-time lookup code, 6 digits, shown in this answer only. */
  @ApiProperty({ example: '482913', pattern: '^\\d{6}$' })
  code!: string;
}

export class TicketPageView extends PageOf(TicketSummaryView) {}

export function ticketSummaryViewOf(ticket: Ticket): TicketSummaryView {
  const handler = ticket.currentAssignment;
  return {
    id: ticket.id,
    ticketNumber: ticket.ticketNumber,
    status: ticket.status,
    coarseStatus: coarseStatusOf(ticket.status),
    channel: ticket.channel,
    requestType: ticket.requestType,
    legalCategory: ticket.legalCategory,
    regionCode: ticket.regionCode,
    flags: ticket.flags,
    priority: ticket.priority,
    firstContact: { ...ticket.firstContact, receivedAt: ticket.firstContact.receivedAt.toISOString() },
    responsible: { ...ticket.responsible },
    currentHandler: handler
      ? {
          agencyId: handler.agencyId,
          agencyType: handler.agencyType,
          name: handler.name,
          since: handler.since.toISOString(),
        }
      : null,
    openedAt: ticket.openedAt.toISOString(),
    handling: ticket.handling,
    specialLine: ticket.specialLine,
    followUpSampled: ticket.followUpSampled,
  };
}

export function ticketViewOf(
  ticket: Ticket,
  timeline: readonly TimelineEntry[],
  possibleDuplicates: readonly PossibleDuplicate[],
  now: Date,
): TicketView {
  const { answer, followUp, handlingResult, merge, deskResolution, dispatch } = ticket;
  return {
    ...ticketSummaryViewOf(ticket),
    matterLocation: ticket.matterLocation,
    summary: ticket.summary,
    caller: {
      name: maskName(ticket.caller.name),
      phone: maskPhone(ticket.caller.phone),
      idNumber: ticket.caller.idNumber === null ? null : maskIdNumber(ticket.caller.idNumber),
      language: ticket.caller.language,
    },
    callerReference: ticket.callerLookup?.reference ?? null,
    meansTestExemption: ticket.meansTestExemption,
    specialChannel: ticket.specialChannel,
    possibleDuplicates: possibleDuplicates.map(possibleDuplicateViewOf),
    watchers: ticket.watchers.map((w) => ({ ...w, addedAt: w.addedAt.toISOString() })),
    hops: hopTimesOf(ticket.hops, now).map(hopViewOf),
    transfers: ticket.transfers.map(transferViewOf),
    answer: answer && { ...answer, answeredAt: answer.answeredAt.toISOString() },
    followUp: followUp && { ...followUp, recordedAt: followUp.recordedAt.toISOString() },
    handlingResult: handlingResult && {
      agencyId: handlingResult.agencyId,
      agencyName: handlingResult.agencyName,
      outcome: handlingResult.outcome,
      result: handlingResult.result,
      completedBy: handlingResult.completedBy,
      completedAt: handlingResult.completedAt.toISOString(),
    },
    merge: merge && { ...merge, mergedAt: merge.mergedAt.toISOString() },
    underSupervision: ticket.underSupervision,
    deskResolution: deskResolution && {
      ...deskResolution,
      knowledgeEntryIds: [...deskResolution.knowledgeEntryIds],
      citedArticles: [...deskResolution.citedArticles],
      resolvedAt: deskResolution.resolvedAt.toISOString(),
    },
    dispatch: dispatch && { ...dispatch, requestedAt: dispatch.requestedAt.toISOString() },
    timeline: timeline.map(({ eventId: _eventId, at, ...entry }) => ({ at: at.toISOString(), ...entry })),
  };
}

export function ownerTicketViewOf(ticket: Ticket, now: Date): OwnerTicketView {
  const ageMs = Math.max(0, now.getTime() - ticket.firstContact.receivedAt.getTime());
  return {
    ...ticketSummaryViewOf(ticket),
    waitingOn: waitingOn(ticket),
    hops: hopTimesOf(ticket.hops, now).map(hopViewOf),
    ageMs,
    age: readableDuration(ageMs),
  };
}

export function possibleDuplicateViewOf(duplicate: PossibleDuplicate): PossibleDuplicateView {
  return { id: duplicate.id, ticketNumber: duplicate.ticketNumber };
}

export function callerLookupViewOf(lookup: CallerLookupAnswer): CallerLookupView {
  const { answer } = lookup;
  return {
    status: lookup.status,
    coarseStatus: lookup.coarseStatus,
    nextStep: { ...lookup.nextStep },
    answer: answer && { answer: answer.answer, citedArticles: [...answer.citedArticles], answeredAt: answer.answeredAt.toISOString() },
  };
}

function transferViewOf(transfer: PartnerTransfer): TransferView {
  const { overdue, result } = transfer;
  return {
    ...transfer,
    requestedAt: transfer.requestedAt.toISOString(),
    acceptedAt: transfer.acceptedAt?.toISOString() ?? null,
    rejection: transfer.rejection && { ...transfer.rejection },
    overdue: overdue && { ...overdue, dueAt: overdue.dueAt.toISOString() },
    result: result && { ...result, completedAt: result.completedAt.toISOString() },
  };
}

function hopViewOf(hop: HopTimes): HopView {
  return { ...hop, arrivedAt: hop.arrivedAt.toISOString(), leftAt: hop.leftAt?.toISOString() ?? null };
}

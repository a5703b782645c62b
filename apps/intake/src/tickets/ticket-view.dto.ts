import { ApiProperty } from '@nestjs/swagger';
import {
  AGENCY_TYPES,
  CHANNELS,
  coarseStatusOf,
  EVENT_SOURCES,
  FIRST_CONTACT_PLATFORMS,
  FOLLOW_UP_RESULTS,
  LEGAL_CATEGORIES,
  PARTNER_HOTLINES,
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
  type LegalCategory,
  type MatterLocation,
  type PartnerHotline,
  type RequestType,
  type Satisfaction,
  type TicketFlags,
  type TicketStatus,
} from '@legal-hotline/contracts';
import { maskName, maskPhone } from '@legal-hotline/observability';
import type { CallerLookupAnswer } from './domain/caller-lookup.js';
import type { PossibleDuplicate } from './domain/duplicates.js';
import { hopTimesOf, readableDuration, waitingOn, type HopTimes, type WaitingOn } from './domain/owners-view.js';
import type { HopOutcome, PartnerTransfer, Ticket, TicketPriority, TimelineEntry } from './domain/ticket.js';

const PRIORITIES = ['urgent', 'green-channel', 'normal'] as const satisfies readonly TicketPriority[];
const HOP_OUTCOMES = ['still-there', 'accepted', 'rejected', 'withdrawn', 'replaced'] as const satisfies readonly HopOutcome[];
const WAITING_ON = ['routing', 'handling-body', 'partner', 'owner', 'nobody'] as const satisfies readonly WaitingOn[];

// Answers of the tickets API. Times are UTC ISO-8601 instants ("2026-11-23T02:15:00.000Z").

/** Another open ticket of the same caller, category and county opened within 30 days: maybe the same request. */
export class PossibleDuplicateView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: '12348-20261120-000017' })
  ticketNumber!: string;

  @ApiProperty({ enum: TICKET_STATUSES })
  status!: TicketStatus;

  @ApiProperty({ format: 'date-time' })
  openedAt!: string;
}

export class OpenedTicketView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  /** Tell the caller this number: 12348-YYYYMMDD-NNNNNN, the date in Asia/Shanghai. */
  @ApiProperty({ example: '12348-20261123-000042' })
  ticketNumber!: string;

  @ApiProperty({ enum: TICKET_STATUSES, example: 'received' })
  status!: TicketStatus;

  /** Newest first; the agent may merge the new ticket into one of them (`POST /api/v1/tickets/:id/merge`). */
  @ApiProperty({ type: [PossibleDuplicateView] })
  possibleDuplicates!: PossibleDuplicateView[];
}

export class ActorView {
  @ApiProperty()
  organisation!: string;

  @ApiProperty({ type: String, nullable: true })
  agent!: string | null;
}

export class FirstContactView {
  @ApiProperty({ enum: FIRST_CONTACT_PLATFORMS })
  platform!: FirstContactPlatform;

  @ApiProperty()
  organisation!: string;

  /** `null` for a partner forward or a self-service channel. */
  @ApiProperty({ type: String, nullable: true })
  agent!: string | null;

  /** When the first-contact owner received the request (UTC). */
  @ApiProperty({ format: 'date-time' })
  receivedAt!: string;
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

/** The caller as API clients see them: masked (PIPL: minimum necessary). */
export class MaskedCallerView {
  @ApiProperty({ example: '陈**' })
  name!: string;

  @ApiProperty({ example: '138****5678' })
  phone!: string;

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

  /** Person or body that acted; `null` for automated decisions. */
  @ApiProperty({ type: String, nullable: true })
  actor!: string | null;

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
  /** The organisation, or a partner hotline's number ("110"). */
  @ApiProperty()
  organisation!: string;

  @ApiProperty()
  reason!: string;

  @ApiProperty({ type: ActorView })
  addedBy!: Actor;

  @ApiProperty({ format: 'date-time' })
  addedAt!: string;
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

  @ApiProperty({ type: CurrentHandlerView, nullable: true })
  currentHandler!: CurrentHandlerView | null;

  /** When intake opened the ticket (UTC). */
  @ApiProperty({ format: 'date-time' })
  openedAt!: string;
}

export class TicketView extends TicketSummaryView {
  @ApiProperty({ example: { arosenInRegionCode: '440605011' } })
  matterLocation!: MatterLocation;

  @ApiProperty()
  summary!: string;

  @ApiProperty({ type: MaskedCallerView })
  caller!: MaskedCallerView;

  @ApiProperty({ type: MeansTestExemptionView, nullable: true })
  meansTestExemption!: MeansTestExemptionView | null;

  @ApiProperty({ type: SpecialChannelView, nullable: true })
  specialChannel!: SpecialChannelView | null;

  /** Open tickets of the same caller, legal category and county-level area opened within 30 days of this one, newest first. */
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

  /** Every event about the ticket from every service, oldest first. */
  @ApiProperty({ type: [TimelineEntryView] })
  timeline!: TimelineEntryView[];
}

/** A ticket in its first-contact owner's view: who it waits for, its hand-offs and its age. */
export class OwnerTicketView extends TicketSummaryView {
  @ApiProperty({ enum: WAITING_ON })
  waitingOn!: WaitingOn;

  /** Every hand-off, oldest first, with the time each body had the ticket. */
  @ApiProperty({ type: [HopView] })
  hops!: HopView[];

  /** Since the first-contact owner received the request, in milliseconds. */
  @ApiProperty({ minimum: 0 })
  ageMs!: number;

  @ApiProperty({ example: '3 d 4 h' })
  age!: string;
}

export class OwnerTicketPageView {
  @ApiProperty({ type: [OwnerTicketView] })
  items!: OwnerTicketView[];

  @ApiProperty({ minimum: 1 })
  page!: number;

  @ApiProperty({ minimum: 1, maximum: 100 })
  pageSize!: number;

  @ApiProperty({ minimum: 0 })
  total!: number;
}

class NextStepView {
  @ApiProperty({ example: '承办单位已受理您的诉求，将与您联系。' })
  zh!: string;

  @ApiProperty({ example: 'A handling body has accepted your request and will contact you.' })
  en!: string;
}

/** What a caller may learn about their ticket: status and next step, nothing personal. */
export class CallerLookupView {
  @ApiProperty({ example: '12348-20261123-000042' })
  ticketNumber!: string;

  @ApiProperty({ enum: TICKET_STATUSES })
  status!: TicketStatus;

  @ApiProperty({ enum: ['open', 'closed'] })
  coarseStatus!: CoarseStatus;

  /** A plain sentence on what happens next, in Chinese and English. */
  @ApiProperty({ type: NextStepView })
  nextStep!: NextStepView;

  /** When the ticket last changed (UTC). */
  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class TicketPageView {
  @ApiProperty({ type: [TicketSummaryView] })
  items!: TicketSummaryView[];

  @ApiProperty({ minimum: 1 })
  page!: number;

  @ApiProperty({ minimum: 1, maximum: 100 })
  pageSize!: number;

  /** Tickets matching the filters, over all pages. */
  @ApiProperty({ minimum: 0 })
  total!: number;
}

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
    currentHandler: handler
      ? { agencyId: handler.agencyId, agencyType: handler.agencyType, name: handler.name, since: handler.since.toISOString() }
      : null,
    openedAt: ticket.openedAt.toISOString(),
  };
}

export function ticketViewOf(
  ticket: Ticket,
  timeline: readonly TimelineEntry[],
  possibleDuplicates: readonly PossibleDuplicate[],
  now: Date,
): TicketView {
  const { answer, followUp, handlingResult, merge } = ticket;
  return {
    ...ticketSummaryViewOf(ticket),
    matterLocation: ticket.matterLocation,
    summary: ticket.summary,
    caller: { name: maskName(ticket.caller.name), phone: maskPhone(ticket.caller.phone), language: ticket.caller.language },
    meansTestExemption: ticket.meansTestExemption,
    specialChannel: ticket.specialChannel,
    possibleDuplicates: possibleDuplicates.map(possibleDuplicateViewOf),
    watchers: ticket.watchers.map((w) => ({ ...w, addedAt: w.addedAt.toISOString() })),
    hops: hopTimesOf(ticket.hops, now).map(hopViewOf),
    transfers: ticket.transfers.map((t) => ({ ...t, requestedAt: t.requestedAt.toISOString() })),
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
  return { ...duplicate, openedAt: duplicate.openedAt.toISOString() };
}

export function callerLookupViewOf(answer: CallerLookupAnswer): CallerLookupView {
  return { ...answer, nextStep: { ...answer.nextStep }, updatedAt: answer.updatedAt.toISOString() };
}

function hopViewOf(hop: HopTimes): HopView {
  return { ...hop, arrivedAt: hop.arrivedAt.toISOString(), leftAt: hop.leftAt?.toISOString() ?? null };
}

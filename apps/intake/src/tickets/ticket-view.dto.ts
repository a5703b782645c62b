import { ApiProperty } from '@nestjs/swagger';
import {
  AGENCY_TYPES,
  CHANNELS,
  coarseStatusOf,
  EVENT_SOURCES,
  FIRST_CONTACT_PLATFORMS,
  LEGAL_CATEGORIES,
  REQUEST_TYPES,
  TICKET_STATUSES,
  type AgencyType,
  type Channel,
  type CoarseStatus,
  type EventSource,
  type FirstContactPlatform,
  type LegalCategory,
  type MatterLocation,
  type RequestType,
  type TicketFlags,
  type TicketStatus,
} from '@legal-hotline/contracts';
import { maskName, maskPhone } from '@legal-hotline/observability';
import type { Ticket, TimelineEntry } from './domain/ticket.js';

// Answers of the tickets API. Times are UTC ISO-8601 instants ("2026-11-23T02:15:00.000Z").

export class OpenedTicketView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  /** Tell the caller this number: 12348-YYYYMMDD-NNNNNN, the date in Asia/Shanghai. */
  @ApiProperty({ example: '12348-20261123-000042' })
  ticketNumber!: string;

  @ApiProperty({ enum: TICKET_STATUSES, example: 'received' })
  status!: TicketStatus;
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

  /** Every event about the ticket from every service, oldest first. */
  @ApiProperty({ type: [TimelineEntryView] })
  timeline!: TimelineEntryView[];
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
    firstContact: { ...ticket.firstContact, receivedAt: ticket.firstContact.receivedAt.toISOString() },
    currentHandler: handler
      ? { agencyId: handler.agencyId, agencyType: handler.agencyType, name: handler.name, since: handler.since.toISOString() }
      : null,
    openedAt: ticket.openedAt.toISOString(),
  };
}

export function ticketViewOf(ticket: Ticket, timeline: readonly TimelineEntry[]): TicketView {
  return {
    ...ticketSummaryViewOf(ticket),
    matterLocation: ticket.matterLocation,
    summary: ticket.summary,
    caller: { name: maskName(ticket.caller.name), phone: maskPhone(ticket.caller.phone), language: ticket.caller.language },
    timeline: timeline.map(({ eventId: _eventId, at, ...entry }) => ({ at: at.toISOString(), ...entry })),
  };
}

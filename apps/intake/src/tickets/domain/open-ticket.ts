import {
  createEvent,
  type Channel,
  type EventEnvelope,
  type FirstContactPlatform,
  type LegalCategory,
  type MatterLocation,
  type PartnerCaseReceivedV1,
  type RequestType,
  type TicketFlags,
  type TicketOpenedV1,
} from '@legal-hotline/contracts';
import { actorFieldsOf, firstContactActor } from './actors.js';
import { escalateDanger, type Escalation } from './danger.js';
import { handlingAtOpening, resolveAtDesk, type HandlingRequest, type OpeningHandling } from './desk.js';
import { openingDataOf } from './opening-data.js';
import type { ProvincialPlatforms } from './provincial-platforms.js';
import { partnerHotlineId } from './referrals.js';
import { responsibleForOwnRequest, responsibleForPartnerCase } from './responsibility.js';
import { specialHandlingOf } from './special-channels.js';
import type { Caller, CallerFingerprint, CallerLookupKey, FirstContactOwner, Ticket, TicketDecision, TicketPriority, TimelineEntry } from './ticket.js';
import { formatTicketNumber } from './ticket-number.js';

/** A channel of the 12348 platforms; `partner` cases arrive from the hotline exchange. */
export type OwnChannel = Exclude<Channel, 'partner'>;

/** The 12348 platform a channel belongs to: the hotline, the network platform (web, app, WeChat) or a station. */
export function platformOf(channel: OwnChannel): FirstContactPlatform {
  switch (channel) {
    case 'hotline':
      return '12348-hotline';
    case 'web':
    case 'app':
    case 'wechat':
      return '12348-network';
    case 'station':
      return '12348-station';
  }
}

/** A retired region code the caller gave and the code recorded in its place. */
export interface RegionCodeReplacement {
  field: string;
  given: string;
  recordedAs: string;
}

/**
 * A request received on one of the 12348 platforms. Region codes are checked and current; the
 * first contact is the organisation and agent of the access token, the platform follows from
 * the channel.
 */
export interface OpenTicketCommand {
  channel: OwnChannel;
  firstContact: Pick<FirstContactOwner, 'organisationId' | 'organisation' | 'agent' | 'agentId'>;
  caller: Caller;
  requestType: RequestType;
  legalCategory: LegalCategory;
  regionCode: string;
  matterLocation: MatterLocation;
  summary: string;
  /** Flags not given are false. */
  flags: Partial<TicketFlags>;
  /** Retired codes replaced by their successors before the ticket was opened. */
  regionCodeReplacements: readonly RegionCodeReplacement[];
  /** How the agent asks the request to be handled; null: the default for its request type. */
  handling: HandlingRequest | null;
  /** The open special line (专线) the request came in on, checked by the caller; null for none. */
  specialLine: SpecialLineAtOpening | null;
}

/** What a ticket takes from the special line it came in on. */
export interface SpecialLineAtOpening {
  code: string;
  name: string;
  /** The line's priority profile: its tickets get at least this priority. */
  priority: TicketPriority;
}

/** The desk's settings an opening needs. */
export interface DeskSettings {
  /** DESK_FOLLOW_UP_SAMPLE_SHARE: the share of desk resolutions drawn for the follow-up call (0 to 1). */
  followUpSampleShare: number;
}

/** Ids and numbers the caller of {@link openTicket} provides, so the function stays deterministic. */
export interface OpeningIds {
  ticketId: string;
  /** Id of the `ticket.opened.v1` event. */
  eventId: string;
  /** Next value of the ticket number sequence. */
  sequenceNumber: number;
  correlationId: string;
  /** The event that caused the opening; `null` for an HTTP request. */
  causationId: string | null;
  /** Ids for what a dangerous matter adds to the opening (transfer, alert, referral). */
  newId: () => string;
}

export interface OpenedTicket {
  ticket: Ticket;
  entry: TimelineEntry;
  event: EventEnvelope<'ticket.opened.v1', TicketOpenedV1>;
  /** The transfer to 110 and the supervisor's alert for a dangerous matter, with their entries; empty otherwise. */
  escalation: Pick<Escalation, 'entries' | 'events'>;
  /** The answer and the closing of a request resolved at first contact (即时办结); null otherwise. */
  resolution: Pick<TicketDecision, 'entries' | 'events'> | null;
}

/**
 * Opens a ticket (受理) for a request received at `now`, the server's time of receipt.
 * `fingerprint` is the caller's keyed hashes, for finding the same caller's other tickets;
 * `callerLookup` the reference and code hash the caller follows the ticket with. A
 * consultation, guidance request or complaint stays at the desk (see {@link handlingAtOpening});
 * one the agent answered on the call is resolved and closed in the same step.
 */
export function openTicket(
  command: OpenTicketCommand,
  ids: OpeningIds,
  now: Date,
  fingerprint: CallerFingerprint,
  callerLookup: CallerLookupKey,
  desk: DeskSettings,
): OpenedTicket {
  const platform = platformOf(command.channel);
  const flags: TicketFlags = {
    urgent: command.flags.urgent ?? false,
    migrantWorkerWageClaim: command.flags.migrantWorkerWageClaim ?? false,
    veteran: command.flags.veteran ?? false,
    dangerous: command.flags.dangerous ?? false,
  };
  const responsibility = responsibleForOwnRequest(command.firstContact);
  const handling = handlingAtOpening(command.requestType, flags, command.handling);
  const lifecycle = lifecycleAtOpening(flags, fingerprint, handling, command.specialLine);
  const ticket: Ticket = {
    id: ids.ticketId,
    ticketNumber: formatTicketNumber(now, ids.sequenceNumber),
    status: statusAtOpening(handling),
    channel: command.channel,
    requestType: command.requestType,
    legalCategory: command.legalCategory,
    regionCode: command.regionCode,
    matterLocation: command.matterLocation,
    summary: command.summary,
    flags,
    caller: command.caller,
    firstContact: { platform, ...command.firstContact, receivedAt: now },
    responsible: responsibility.responsible,
    partnerReference: null,
    ...lifecycle,
    callerLookup,
    openedAt: now,
    correlationId: ids.correlationId,
  };
  const replaced = command.regionCodeReplacements.map(
    (r) => `${r.field} ${r.given} is retired and was recorded as ${r.recordedAs}`,
  );
  const notes = [
    `received on ${platform} by ${command.firstContact.organisation}`,
    responsibility.note,
    ...replaced,
    ...(command.specialLine ? [`special line ${command.specialLine.name} (${command.specialLine.code})`] : []),
    ...(handling.note ? [handling.note] : []),
  ];
  const result = opened(ticket, ids, notes);
  if (!handling.resolution) return result;
  const resolution = resolveAtDesk(
    result.ticket,
    { actor: firstContactActor(ticket), answer: handling.resolution, followUpSampleShare: desk.followUpSampleShare },
    { now, newId: ids.newId, correlationId: ids.correlationId, causationId: ids.causationId },
  );
  return { ...result, ticket: resolution.ticket, resolution: { entries: resolution.entries, events: resolution.events } };
}

/** A ticket kept at the desk waits there; one sent to routing is received, for routing to place. */
function statusAtOpening(handling: OpeningHandling): Ticket['status'] {
  return handling.handling === 'desk' ? 'at-desk' : 'received';
}

/**
 * Opens the ticket for a case a partner hotline forwarded, under the shared ticket id the
 * exchange assigned. The partner is the first contact (`partner-hotline:<number>`): the first
 * receipt was theirs. A 12348 platform is responsible (see {@link responsibleForPartnerCase}):
 * the one the partner chose among `platforms`, or the region's. The caller was not told a
 * lookup reference, so none is issued.
 */
export function openPartnerTicket(
  event: EventEnvelope<'partner-case.received.v1', PartnerCaseReceivedV1>,
  ids: Pick<OpeningIds, 'eventId' | 'sequenceNumber' | 'newId'>,
  now: Date,
  fingerprint: CallerFingerprint,
  platforms: ProvincialPlatforms,
): OpenedTicket {
  const partnerCase = event.data;
  const responsibility = responsibleForPartnerCase(platforms, partnerCase);
  // A forwarded consultation waits at the desk of the answering platform, in its online queue.
  const handling = handlingAtOpening(partnerCase.requestType, partnerCase.flags, null);
  const ticket: Ticket = {
    id: partnerCase.ticketId,
    ticketNumber: formatTicketNumber(now, ids.sequenceNumber),
    status: statusAtOpening(handling),
    channel: 'partner',
    requestType: partnerCase.requestType,
    legalCategory: partnerCase.legalCategory,
    regionCode: partnerCase.regionCode,
    matterLocation: partnerCase.matterLocation,
    summary: partnerCase.summary,
    flags: { ...partnerCase.flags, dangerous: partnerCase.flags.dangerous ?? false },
    caller: {
      name: partnerCase.caller.name,
      phone: partnerCase.caller.phone,
      idNumber: partnerCase.caller.idNumber,
      language: partnerCase.caller.language,
      accessibilityNeeds: partnerCase.caller.accessibilityNeeds,
    },
    firstContact: {
      platform: partnerCase.partner,
      organisationId: partnerHotlineId(partnerCase.partner),
      organisation: partnerCase.partnerName,
      agent: null,
      agentId: null,
      receivedAt: new Date(partnerCase.receivedAt),
    },
    responsible: responsibility.responsible,
    partnerReference: partnerCase.partnerReference,
    ...lifecycleAtOpening(partnerCase.flags, fingerprint, handling, null),
    callerLookup: null,
    openedAt: now,
    correlationId: event.correlationId,
  };
  return opened(
    ticket,
    { ...ids, ticketId: ticket.id, correlationId: event.correlationId, causationId: event.id },
    [
      `forwarded by ${partnerCase.partner} (${partnerCase.partnerName}), partner reference ${partnerCase.partnerReference}`,
      responsibility.note,
      ...(handling.note ? [handling.note] : []),
    ],
  );
}

/**
 * Everything a new ticket starts without, and what its flags decide (priority and
 * special-channel records), its handling, and the special line it came in on, whose priority it
 * takes when that is higher.
 */
function lifecycleAtOpening(flags: TicketFlags, fingerprint: CallerFingerprint, handling: OpeningHandling, specialLine: SpecialLineAtOpening | null) {
  const special = specialHandlingOf(flags);
  return {
    currentAssignment: null,
    pastAssignmentIds: [],
    hops: [],
    ...special,
    priority: specialLine ? higherPriority(special.priority, specialLine.priority) : special.priority,
    callerFingerprint: fingerprint,
    watchers: [],
    transfers: [],
    answer: null,
    followUp: null,
    handlingResult: null,
    merge: null,
    underSupervision: false,
    handling: handling.handling,
    deskResolution: null,
    dispatch: null,
    specialLine: specialLine?.code ?? null,
    followUpSampled: false,
  } satisfies Partial<Ticket>;
}

const PRIORITY_RANK: { readonly [P in TicketPriority]: number } = { normal: 0, 'green-channel': 1, urgent: 2 };

function higherPriority(a: TicketPriority, b: TicketPriority): TicketPriority {
  return PRIORITY_RANK[b] > PRIORITY_RANK[a] ? b : a;
}

function opened(ticket: Ticket, ids: OpeningIds, notes: readonly string[]): OpenedTicket {
  const special = [
    ...(ticket.priority === 'normal' ? [] : [`priority ${ticket.priority}`]),
    ...(ticket.meansTestExemption ? [`no means verification (${ticket.meansTestExemption.basis})`] : []),
    ...(ticket.specialChannel ? [`special channel (${ticket.specialChannel.basis})`] : []),
  ];
  const entry: TimelineEntry = {
    eventId: ids.eventId,
    at: ticket.openedAt,
    source: 'intake',
    ...actorFieldsOf(firstContactActor(ticket)),
    kind: 'ticket.opened',
    statusAfter: ticket.status,
    reason: null,
    note: [...notes, ...special].join('; '),
  };
  const event = createEvent({
    id: ids.eventId,
    type: 'ticket.opened.v1',
    source: 'intake',
    subject: ticket.id,
    occurredAt: ticket.openedAt,
    correlationId: ids.correlationId,
    causationId: ids.causationId,
    data: { ...openingDataOf(ticket), handling: ticket.handling },
  });
  const { ticket: escalated, entries, events } = escalateDanger(ticket, {
    now: ticket.openedAt,
    newId: ids.newId,
    correlationId: ids.correlationId,
    causationId: ids.causationId,
  });
  return { ticket: escalated, entry, event, escalation: { entries, events }, resolution: null };
}

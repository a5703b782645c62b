import {
  createEvent,
  type CallerProfile,
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
import { maskName, maskPhone } from '@legal-hotline/observability';
import { escalateDanger, type Escalation } from './danger.js';
import { specialHandlingOf } from './special-channels.js';
import type { Caller, CallerFingerprint, Ticket, TimelineEntry } from './ticket.js';
import { TicketError } from './ticket-error.js';
import { formatTicketNumber } from './ticket-number.js';

/** Channels a person staffs: the agent who took the request must be named. */
const STAFFED_CHANNELS: ReadonlySet<Channel> = new Set(['hotline', 'station']);

/** A retired region code the caller gave and the code recorded in its place. */
export interface RegionCodeReplacement {
  field: string;
  given: string;
  recordedAs: string;
}

/** A request received on one of the 12348 platforms. Region codes are checked and current. */
export interface OpenTicketCommand {
  channel: Exclude<Channel, 'partner'>;
  firstContact: { platform: FirstContactPlatform; organisation: string; agent: string | null };
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
}

/** Rules an opening request must meet beyond its shape; checked before anything is written. */
export function checkOpening(command: OpenTicketCommand): void {
  if (STAFFED_CHANNELS.has(command.channel) && !command.firstContact.agent) {
    throw new TicketError(
      'TICKET.AGENT_REQUIRED',
      'invalid',
      `a request taken on the ${command.channel} channel names the agent who received it`,
      'firstContact.agent',
    );
  }
}

/**
 * Opens a ticket (受理) for a request received at `now`, the server's time of receipt.
 * `fingerprint` is the caller's keyed hashes, for finding the same caller's other tickets.
 */
export function openTicket(command: OpenTicketCommand, ids: OpeningIds, now: Date, fingerprint: CallerFingerprint): OpenedTicket {
  checkOpening(command);
  const flags: TicketFlags = {
    urgent: command.flags.urgent ?? false,
    migrantWorkerWageClaim: command.flags.migrantWorkerWageClaim ?? false,
    veteran: command.flags.veteran ?? false,
    dangerous: command.flags.dangerous ?? false,
  };
  const ticket: Ticket = {
    id: ids.ticketId,
    ticketNumber: formatTicketNumber(now, ids.sequenceNumber),
    status: 'received',
    channel: command.channel,
    requestType: command.requestType,
    legalCategory: command.legalCategory,
    regionCode: command.regionCode,
    matterLocation: command.matterLocation,
    summary: command.summary,
    flags,
    caller: command.caller,
    firstContact: { ...command.firstContact, receivedAt: now },
    partnerReference: null,
    ...lifecycleAtOpening(flags, fingerprint),
    openedAt: now,
    correlationId: ids.correlationId,
  };
  const replaced = command.regionCodeReplacements.map(
    (r) => `${r.field} ${r.given} is retired and was recorded as ${r.recordedAs}`,
  );
  return opened(ticket, ids, [`received on ${command.firstContact.platform} by ${command.firstContact.organisation}`, ...replaced]);
}

/**
 * Opens the ticket for a case a partner hotline forwarded, under the shared ticket id the
 * exchange assigned. The partner is the first-contact owner: the first receipt was theirs.
 */
export function openPartnerTicket(
  event: EventEnvelope<'partner-case.received.v1', PartnerCaseReceivedV1>,
  ids: Pick<OpeningIds, 'eventId' | 'sequenceNumber' | 'newId'>,
  now: Date,
  fingerprint: CallerFingerprint,
): OpenedTicket {
  const partnerCase = event.data;
  const ticket: Ticket = {
    id: partnerCase.ticketId,
    ticketNumber: formatTicketNumber(now, ids.sequenceNumber),
    status: 'received',
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
      organisation: partnerCase.partnerName,
      agent: null,
      receivedAt: new Date(partnerCase.receivedAt),
    },
    partnerReference: partnerCase.partnerReference,
    ...lifecycleAtOpening(partnerCase.flags, fingerprint),
    openedAt: now,
    correlationId: event.correlationId,
  };
  return opened(
    ticket,
    { ...ids, ticketId: ticket.id, correlationId: event.correlationId, causationId: event.id },
    [`forwarded by ${partnerCase.partner} (${partnerCase.partnerName}), partner reference ${partnerCase.partnerReference}`],
  );
}

/** What the receiving bodies may know of the caller: masked name and phone (PIPL: minimum necessary). */
export function callerProfileOf(caller: Caller): CallerProfile {
  return {
    maskedName: maskName(caller.name),
    maskedPhone: maskPhone(caller.phone),
    language: caller.language,
    accessibilityNeeds: [...caller.accessibilityNeeds],
  };
}

/** Everything a new ticket starts without, and what its flags decide: priority and special-channel records. */
function lifecycleAtOpening(flags: TicketFlags, fingerprint: CallerFingerprint) {
  return {
    currentAssignment: null,
    pastAssignmentIds: [],
    hops: [],
    ...specialHandlingOf(flags),
    callerFingerprint: fingerprint,
    watchers: [],
    transfers: [],
    answer: null,
    followUp: null,
    handlingResult: null,
    merge: null,
    underSupervision: false,
  } satisfies Partial<Ticket>;
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
    actor: ticket.firstContact.agent ?? ticket.firstContact.organisation,
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
    data: {
      ticketId: ticket.id,
      ticketNumber: ticket.ticketNumber,
      channel: ticket.channel,
      firstContact: { ...ticket.firstContact, receivedAt: ticket.firstContact.receivedAt.toISOString() },
      caller: callerProfileOf(ticket.caller),
      requestType: ticket.requestType,
      legalCategory: ticket.legalCategory,
      regionCode: ticket.regionCode,
      matterLocation: ticket.matterLocation,
      summary: ticket.summary,
      flags: ticket.flags,
      openedAt: ticket.openedAt.toISOString(),
    },
  });
  const { ticket: escalated, entries, events } = escalateDanger(ticket, {
    now: ticket.openedAt,
    newId: ids.newId,
    correlationId: ids.correlationId,
    causationId: ids.causationId,
  });
  return { ticket: escalated, entry, event, escalation: { entries, events } };
}

import { z } from 'zod';
import { EnvelopeSchema, type EventEnvelope, type EventSource } from './envelope.js';
import {
  AssignmentAcceptedV1,
  AssignmentClockPausedV1,
  AssignmentClockResumedV1,
  AssignmentCompletedV1,
  AssignmentOverdueV1,
  AssignmentReceivedV1,
  AssignmentRejectedV1,
  AssignmentRequestedV1,
  AssignmentStartedV1,
  AssignmentWithdrawnV1,
} from './events/assignment.events.js';
import { PartnerCaseReceivedV1 } from './events/partner-case.events.js';
import {
  PartnerTransferAcceptanceOverdueV1,
  PartnerTransferAcceptedV1,
  PartnerTransferDeliveredV1,
  PartnerTransferDeliveryFailedV1,
  PartnerTransferProgressReportedV1,
  PartnerTransferRejectedV1,
  PartnerTransferRequestedV1,
  PartnerTransferResultReportedV1,
} from './events/partner-transfer.events.js';
import { RoutingFailedV1, RoutingReturnedToOwnerV1 } from './events/routing.events.js';
import { SupervisionAlertRaisedV1 } from './events/supervision.events.js';
import {
  TicketAnsweredV1,
  TicketClosedV1,
  TicketFollowUpRecordedV1,
  TicketMergedV1,
  TicketMergeUndoneV1,
  TicketReopenedV1,
  TicketResolvedAtFirstContactV1,
} from './events/ticket-lifecycle.events.js';
import { TicketDispatchRequestedV1, TicketOpenedV1 } from './events/ticket.events.js';
import { TOPICS, type TopicName } from './topics.js';

/** Every event type: its topic and the schema of its `data`. The one place to look. */
export const EVENT_CATALOG = {
  'ticket.opened.v1': { topic: TOPICS.tickets, schema: TicketOpenedV1 },
  'ticket.resolved-at-first-contact.v1': { topic: TOPICS.tickets, schema: TicketResolvedAtFirstContactV1 },
  'ticket.dispatch-requested.v1': { topic: TOPICS.tickets, schema: TicketDispatchRequestedV1 },
  'ticket.answered.v1': { topic: TOPICS.tickets, schema: TicketAnsweredV1 },
  'ticket.follow-up-recorded.v1': { topic: TOPICS.tickets, schema: TicketFollowUpRecordedV1 },
  'ticket.closed.v1': { topic: TOPICS.tickets, schema: TicketClosedV1 },
  'ticket.reopened.v1': { topic: TOPICS.tickets, schema: TicketReopenedV1 },
  'ticket.merged.v1': { topic: TOPICS.tickets, schema: TicketMergedV1 },
  'ticket.merge-undone.v1': { topic: TOPICS.tickets, schema: TicketMergeUndoneV1 },
  'routing.failed.v1': { topic: TOPICS.routingDecisions, schema: RoutingFailedV1 },
  'routing.returned-to-owner.v1': { topic: TOPICS.routingDecisions, schema: RoutingReturnedToOwnerV1 },
  'assignment.requested.v1': { topic: TOPICS.assignments, schema: AssignmentRequestedV1 },
  'assignment.received.v1': { topic: TOPICS.assignments, schema: AssignmentReceivedV1 },
  'assignment.accepted.v1': { topic: TOPICS.assignments, schema: AssignmentAcceptedV1 },
  'assignment.rejected.v1': { topic: TOPICS.assignments, schema: AssignmentRejectedV1 },
  'assignment.started.v1': { topic: TOPICS.assignments, schema: AssignmentStartedV1 },
  'assignment.completed.v1': { topic: TOPICS.assignments, schema: AssignmentCompletedV1 },
  'assignment.overdue.v1': { topic: TOPICS.assignments, schema: AssignmentOverdueV1 },
  'assignment.withdrawn.v1': { topic: TOPICS.assignments, schema: AssignmentWithdrawnV1 },
  'assignment.clock-paused.v1': { topic: TOPICS.assignments, schema: AssignmentClockPausedV1 },
  'assignment.clock-resumed.v1': { topic: TOPICS.assignments, schema: AssignmentClockResumedV1 },
  'partner-transfer.requested.v1': { topic: TOPICS.partnerTransfers, schema: PartnerTransferRequestedV1 },
  'partner-transfer.delivered.v1': { topic: TOPICS.partnerTransfers, schema: PartnerTransferDeliveredV1 },
  'partner-transfer.delivery-failed.v1': { topic: TOPICS.partnerTransfers, schema: PartnerTransferDeliveryFailedV1 },
  'partner-transfer.accepted.v1': { topic: TOPICS.partnerTransfers, schema: PartnerTransferAcceptedV1 },
  'partner-transfer.rejected.v1': { topic: TOPICS.partnerTransfers, schema: PartnerTransferRejectedV1 },
  'partner-transfer.acceptance-overdue.v1': { topic: TOPICS.partnerTransfers, schema: PartnerTransferAcceptanceOverdueV1 },
  'partner-transfer.progress-reported.v1': { topic: TOPICS.partnerTransfers, schema: PartnerTransferProgressReportedV1 },
  'partner-transfer.result-reported.v1': { topic: TOPICS.partnerTransfers, schema: PartnerTransferResultReportedV1 },
  'supervision.alert-raised.v1': { topic: TOPICS.supervisionAlerts, schema: SupervisionAlertRaisedV1 },
  'partner-case.received.v1': { topic: TOPICS.partnerCases, schema: PartnerCaseReceivedV1 },
} as const satisfies Record<string, { topic: TopicName; schema: z.ZodType }>;

export type EventType = keyof typeof EVENT_CATALOG;
export type EventData<T extends EventType> = z.infer<(typeof EVENT_CATALOG)[T]['schema']>;

/** Union of every known event, discriminated on `type`. */
export type PlatformEvent = { [T in EventType]: EventEnvelope<T, EventData<T>> }[EventType];

export function topicOf(type: EventType): TopicName {
  return EVENT_CATALOG[type].topic;
}

export function isKnownEventType(type: string): type is EventType {
  return Object.hasOwn(EVENT_CATALOG, type);
}

export interface NewEvent<T extends EventType> {
  id: string;
  type: T;
  source: EventSource;
  subject: string;
  occurredAt: Date;
  correlationId: string;
  causationId: string | null;
  data: EventData<T>;
}

/**
 * Builds a validated envelope. Ids and time come in as arguments so callers stay deterministic;
 * an invalid payload throws, because a producer must never publish a contract violation.
 */
export function createEvent<T extends EventType>(event: NewEvent<T>): EventEnvelope<T, EventData<T>> {
  const data = EVENT_CATALOG[event.type].schema.parse(event.data) as EventData<T>;
  return {
    id: event.id,
    type: event.type,
    source: event.source,
    subject: event.subject,
    occurredAt: event.occurredAt.toISOString(),
    correlationId: event.correlationId,
    causationId: event.causationId,
    data,
  };
}

export type ParsedEvent =
  | { kind: 'event'; event: PlatformEvent }
  /** A well-formed envelope of a type this build does not know: consumers ignore it. */
  | { kind: 'unknown-type'; type: string; id: string }
  | { kind: 'invalid'; errors: string[] };

/** Parses a raw message value (JSON text, bytes or an already-parsed object) into a known event. */
export function parseEvent(raw: unknown): ParsedEvent {
  let value: unknown = raw;
  try {
    if (value instanceof Uint8Array) value = new TextDecoder().decode(value);
    if (typeof value === 'string') value = JSON.parse(value);
  } catch (error) {
    return { kind: 'invalid', errors: [`not JSON: ${(error as Error).message}`] };
  }
  const envelope = EnvelopeSchema.safeParse(value);
  if (!envelope.success) return { kind: 'invalid', errors: formatIssues(envelope.error) };
  const { type } = envelope.data;
  if (!isKnownEventType(type)) return { kind: 'unknown-type', type, id: envelope.data.id };
  const data = EVENT_CATALOG[type].schema.safeParse(envelope.data.data);
  if (!data.success) return { kind: 'invalid', errors: formatIssues(data.error).map((e) => `data.${e}`) };
  return { kind: 'event', event: { ...envelope.data, data: data.data } as PlatformEvent };
}

function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

/** What a consumer writes to the dead-letter topic when it gives up on a message. */
export interface DeadLetterRecord {
  consumerGroup: string;
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  /** The original message value, as text. */
  value: string | null;
  error: string;
  attempts: number;
  deadLetteredAt: string;
}

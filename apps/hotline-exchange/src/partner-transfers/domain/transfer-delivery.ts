import { createEvent, type PartnerHotline, type PlatformEvent } from '@legal-hotline/contracts';
import { alertDue, backoffDelayMs, type DeliveryPolicy } from './delivery-schedule.js';
import { PartnerTransferError } from './partner-transfer.error.js';
import { transferPayloadOf, type TransferPayload } from './transfer-payload.js';

export type PartnerTransferRequested = Extract<PlatformEvent, { type: 'partner-transfer.requested.v1' }>;

/** `pending`: not tried yet; `failing`: tried and failed, retried with back-off; `delivered`: a 2xx answer (final). */
export const DELIVERY_STATES = ['pending', 'failing', 'delivered'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

export const TRANSFER_REASONS = ['danger', 'not-ours'] as const;
export type TransferReason = (typeof TRANSFER_REASONS)[number];

/** The delivery of one transfer to its partner's endpoint. */
export interface TransferDelivery {
  transferId: string;
  ticketId: string;
  ticketNumber: string;
  partner: PartnerHotline;
  reason: TransferReason;
  state: DeliveryState;
  /** Attempts made so far, the successful one included. */
  attempts: number;
  /** When the next attempt is due; null once delivered. */
  nextAttemptAt: Date | null;
  lastAttemptAt: Date | null;
  lastError: string | null;
  /** When the last supervision alert about this transfer was raised. */
  lastAlertAt: Date | null;
  deliveredAt: Date | null;
  partnerReference: string | null;
  /** The flow of the requested event: events about the delivery continue it, caused by that event. */
  correlationId: string;
  requestedEventId: string;
}

/** What one attempt came to. */
export type AttemptOutcome =
  /** A 2xx answer. */
  | { kind: 'accepted'; status: number; partnerReference: string | null }
  /** Any other HTTP answer. */
  | { kind: 'refused'; status: number }
  /** No answer: connection refused or reset, name not resolved, timeout. */
  | { kind: 'unreachable'; error: string }
  /** The partner has no registered endpoint yet; retried, so registering one delivers the transfer. */
  | { kind: 'no-endpoint' }
  /** The partner has an endpoint but no active signing secret; retried, so issuing one delivers the transfer. */
  | { kind: 'no-signing-secret' };

export interface NewTransfer {
  delivery: TransferDelivery;
  payload: TransferPayload;
}

/** A requested transfer becomes a pending delivery, due at once. */
export function acceptTransfer(requested: PartnerTransferRequested, now: Date): NewTransfer {
  const { data } = requested;
  return {
    delivery: {
      transferId: data.transferId,
      ticketId: data.ticketId,
      ticketNumber: data.ticketNumber,
      partner: data.partner,
      reason: data.reason,
      state: 'pending',
      attempts: 0,
      nextAttemptAt: now,
      lastAttemptAt: null,
      lastError: null,
      lastAlertAt: null,
      deliveredAt: null,
      partnerReference: null,
      correlationId: requested.correlationId,
      requestedEventId: requested.id,
    },
    payload: transferPayloadOf(data),
  };
}

export interface RecordAttempt {
  outcome: AttemptOutcome;
  now: Date;
  policy: DeliveryPolicy;
  /** [0, 1), for the back-off jitter. */
  random: () => number;
  /** A fresh UUID per call, for event and alert ids. */
  newId: () => string;
}

export interface AttemptRecorded {
  delivery: TransferDelivery;
  events: PlatformEvent[];
}

/** Longest error text kept and sent in `partner-transfer.delivery-failed.v1` (the contract's limit). */
const ERROR_MAX_LENGTH = 1000;

/**
 * Records one attempt. A 2xx answer delivers the transfer (final); anything else schedules the
 * next attempt after the back-off and, on the first failure and then at most once per repeat
 * interval, raises a supervision alert: critical for a danger transfer, whose caller may be at risk.
 */
export function recordAttempt(delivery: TransferDelivery, command: RecordAttempt): AttemptRecorded {
  if (delivery.state === 'delivered') {
    throw new PartnerTransferError('TRANSFER.ALREADY_DELIVERED', 'conflict', `transfer ${delivery.transferId} was delivered at ${delivery.deliveredAt?.toISOString()}`);
  }
  const { outcome, now, policy } = command;
  const attempts = delivery.attempts + 1;
  const envelope = {
    source: 'hotline-exchange' as const,
    occurredAt: now,
    correlationId: delivery.correlationId,
    causationId: delivery.requestedEventId,
  };

  if (outcome.kind === 'accepted') {
    const delivered: TransferDelivery = {
      ...delivery,
      state: 'delivered',
      attempts,
      nextAttemptAt: null,
      lastAttemptAt: now,
      deliveredAt: now,
      partnerReference: outcome.partnerReference,
    };
    const event = createEvent({
      ...envelope,
      id: command.newId(),
      type: 'partner-transfer.delivered.v1',
      subject: delivery.transferId,
      data: {
        transferId: delivery.transferId,
        ticketId: delivery.ticketId,
        partner: delivery.partner,
        partnerReference: outcome.partnerReference,
        attempts,
        deliveredAt: now.toISOString(),
      },
    });
    return { delivery: delivered, events: [event] };
  }

  const error = failureOf(outcome, delivery.partner).slice(0, ERROR_MAX_LENGTH);
  const nextAttemptAt = new Date(now.getTime() + backoffDelayMs(attempts, policy, command.random));
  const raiseAlert = alertDue(delivery.lastAlertAt, now, policy.alertRepeatMs);
  const failing: TransferDelivery = {
    ...delivery,
    state: 'failing',
    attempts,
    nextAttemptAt,
    lastAttemptAt: now,
    lastError: error,
    lastAlertAt: raiseAlert ? now : delivery.lastAlertAt,
  };
  const events: PlatformEvent[] = [
    createEvent({
      ...envelope,
      id: command.newId(),
      type: 'partner-transfer.delivery-failed.v1',
      subject: delivery.transferId,
      data: {
        transferId: delivery.transferId,
        ticketId: delivery.ticketId,
        partner: delivery.partner,
        attempts,
        error,
        nextAttemptAt: nextAttemptAt.toISOString(),
        failedAt: now.toISOString(),
      },
    }),
  ];
  if (raiseAlert) {
    events.push(
      createEvent({
        ...envelope,
        id: command.newId(),
        type: 'supervision.alert-raised.v1',
        subject: delivery.ticketId,
        data: {
          alertId: command.newId(),
          ticketId: delivery.ticketId,
          kind: 'partner-delivery-failing',
          severity: delivery.reason === 'danger' ? 'critical' : 'warning',
          message:
            `Transfer of ticket ${delivery.ticketNumber} to ${delivery.partner} (${delivery.reason}) not delivered after ` +
            `${attempts} attempt${attempts === 1 ? '' : 's'}: ${error}. Next attempt at ${nextAttemptAt.toISOString()}.`,
          agencyId: null,
          raisedAt: now.toISOString(),
        },
      }),
    );
  }
  return { delivery: failing, events };
}

/** Why an attempt failed, for people: in the failed event, the alert and the delivery state. Never holds the payload or the partner's answer. */
export function failureOf(outcome: Exclude<AttemptOutcome, { kind: 'accepted' }>, partner: PartnerHotline): string {
  switch (outcome.kind) {
    case 'no-endpoint':
      return `partner ${partner} has no registered delivery endpoint`;
    case 'no-signing-secret':
      return `partner ${partner} has no active delivery signing secret: issue one (POST /api/v1/admin/partners/${partner}/endpoint/secrets)`;
    case 'unreachable':
      return outcome.error;
    case 'refused':
      return refusalOf(outcome.status);
  }
}

function refusalOf(status: number): string {
  if (status >= 300 && status < 400) return `partner answered HTTP ${status}; redirects are not followed, register the final URL`;
  // 408 and 429 are the partner asking us to come back later; other 4xx say the request itself is
  // refused. It is retried all the same (a partner may fix its side), but someone should look.
  if (status >= 400 && status < 500 && status !== 408 && status !== 429) {
    return `partner answered HTTP ${status}, a client error: check the registered URL and signing secret with the partner (retried all the same)`;
  }
  return `partner answered HTTP ${status}`;
}

/** Reads the outcome of an HTTP answer: 2xx delivers, with the partner's reference if its JSON carries one. */
export function outcomeOfAnswer(status: number, body: string): AttemptOutcome {
  if (status >= 200 && status < 300) return { kind: 'accepted', status, partnerReference: partnerReferenceOf(body) };
  return { kind: 'refused', status };
}

const PARTNER_REFERENCE_MAX_LENGTH = 100;

/**
 * The partner's id for the transfer, from `partnerReference` in a JSON object, or Open311's
 * `service_request_id` (in an object or the first element of an array). Anything else, or a
 * reference too long to keep whole, is no reference: a truncated one would mislead.
 */
export function partnerReferenceOf(body: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  const answer: unknown = Array.isArray(parsed) ? parsed[0] : parsed;
  if (typeof answer !== 'object' || answer === null) return null;
  const { partnerReference, service_request_id: serviceRequestId } = answer as Record<string, unknown>;
  const reference = typeof partnerReference === 'string' ? partnerReference : typeof serviceRequestId === 'string' ? serviceRequestId : null;
  return reference !== null && reference.length > 0 && reference.length <= PARTNER_REFERENCE_MAX_LENGTH ? reference : null;
}

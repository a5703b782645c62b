import { coarseStatusOf, createEvent, type CoarseStatus, type PartnerHotline, type PlatformEvent, type TicketStatus } from '@legal-hotline/contracts';
import { alertDue, backoffDelayMs, type DeliveryPolicy } from '../../partner-transfers/domain/delivery-schedule.js';
import { inChinaStandardTime } from '../../partner-transfers/domain/transfer-payload.js';
import type { CurrentHandler, PartnerCaseUpdate, PartnerCaseView } from './partner-case-view.js';

/**
 * Every entry of a partner case's history is also a notification to the partner: pushed to its
 * registered endpoint, in order per case, and listed in its pull feed.
 *
 * `pending`: not delivered, no failed attempt yet (a partner with no endpoint stays here until it
 * registers one); `failing`: an attempt failed, retried with back-off; `delivered`: a 2xx answer (final).
 */
export const NOTIFICATION_STATES = ['pending', 'failing', 'delivered'] as const;
export type NotificationState = (typeof NOTIFICATION_STATES)[number];

/** The webhook and feed entry type; partners route what reaches their endpoint by it. */
export const CASE_STATUS_CHANGED = 'case.status-changed';

/**
 * What the partner receives about one status change of its case, pushed as JSON and listed in
 * the pull feed in the same shape. Built only from the partner's view, which holds no personal
 * information: notes are written by the exchange, never copied from staff free text.
 */
export interface CaseStatusChanged {
  type: typeof CASE_STATUS_CHANGED;
  /** One per change, the same on every retry; also the webhook-id and Idempotency-Key headers. */
  messageId: string;
  /** The shared ticket id. */
  ticketId: string;
  /** As of this change; null until intake has opened the ticket. */
  ticketNumber: string | null;
  partnerReference: string;
  /** 1, 2, 3… per case, without gaps: a partner that sees n+2 after n knows it missed one. */
  sequence: number;
  status: TicketStatus;
  coarseStatus: CoarseStatus;
  /** The body holding the case as of this change; null while it is with the 12348 platform. */
  currentHandler: CurrentHandler | null;
  note: string;
  /** When the change happened, ISO-8601 with the +08:00 offset. */
  at: string;
  /** The change's position in the partner's pull feed: `after=<cursor>` lists what came after it. */
  cursor: string;
}

/** How pushing one notification is going. */
export interface NotificationDelivery {
  state: NotificationState;
  /** Attempts that reached for the partner's endpoint, the successful one included. */
  attempts: number;
  /** When the next attempt is due; null once delivered, and while an earlier change of the case is undelivered. */
  nextAttemptAt: Date | null;
  lastAttemptAt: Date | null;
  lastError: string | null;
  /** When the last supervision alert about this notification was raised. */
  lastAlertAt: Date | null;
  deliveredAt: Date | null;
}

/** One status change of a case as stored: the partner's view as of the change, and its delivery. */
export interface CaseNotification {
  messageId: string;
  ticketId: string;
  partner: PartnerHotline;
  sequence: number;
  /** Position in the partner's feed, as a decimal string (a bigint in the database). */
  feedPosition: string;
  at: Date;
  status: TicketStatus;
  note: string;
  ticketNumber: string | null;
  currentHandler: CurrentHandler | null;
  /** The flow of the fact that made the change; an alert about the notification continues it. */
  correlationId: string;
  /** The event that made the change; the cause of an alert about the notification. */
  causeEventId: string | null;
  delivery: NotificationDelivery;
}

export interface NewCaseNotification {
  ticketId: string;
  partner: PartnerHotline;
  /** The view after the change. */
  view: Pick<PartnerCaseView, 'ticketNumber' | 'currentHandler'>;
  update: PartnerCaseUpdate;
  /** The case's highest sequence so far; 0 for its first change. */
  lastSequence: number;
  /** Whether every earlier change of the case has been delivered (true for the first one). */
  earlierDelivered: boolean;
  /** The position taken from the partner's feed counter for this change. */
  feedPosition: string;
  messageId: string;
  correlationId: string;
  causeEventId: string | null;
  now: Date;
}

/**
 * Records a change as the case's next notification. It is due at once only when nothing earlier of
 * the case is still undelivered; otherwise it waits, and is made due when its predecessor is
 * delivered, so the worker looks only at the first undelivered change of each case.
 */
export function caseNotificationOf(change: NewCaseNotification): CaseNotification {
  return {
    messageId: change.messageId,
    ticketId: change.ticketId,
    partner: change.partner,
    sequence: change.lastSequence + 1,
    feedPosition: change.feedPosition,
    at: change.update.at,
    status: change.update.status,
    note: change.update.note,
    ticketNumber: change.view.ticketNumber,
    currentHandler: change.view.currentHandler,
    correlationId: change.correlationId,
    causeEventId: change.causeEventId,
    delivery: {
      state: 'pending',
      attempts: 0,
      nextAttemptAt: change.earlierDelivered ? change.now : null,
      lastAttemptAt: null,
      lastError: null,
      lastAlertAt: null,
      deliveredAt: null,
    },
  };
}

/** The JSON a partner receives about a change; also its entry in the pull feed. */
export function caseStatusChangedOf(notification: CaseNotification, partnerReference: string): CaseStatusChanged {
  return {
    type: CASE_STATUS_CHANGED,
    messageId: notification.messageId,
    ticketId: notification.ticketId,
    ticketNumber: notification.ticketNumber,
    partnerReference,
    sequence: notification.sequence,
    status: notification.status,
    coarseStatus: coarseStatusOf(notification.status),
    currentHandler: notification.currentHandler,
    note: notification.note,
    at: inChinaStandardTime(notification.at),
    cursor: notification.feedPosition,
  };
}

/** What the worker needs to know of a notification to decide whether it may be attempted. */
export interface NotificationSlot {
  ticketId: string;
  sequence: number;
  state: NotificationState;
  nextAttemptAt: Date | null;
  /** Whether the partner has registered an endpoint. */
  partnerHasEndpoint: boolean;
}

/**
 * The rule of the worker's claim query, in order: a notification may be attempted when it is
 * due, its partner has an endpoint, and every earlier notification of the same case is
 * delivered. A partner therefore never receives change n+1 of a case before change n, however
 * many workers or instances deliver.
 */
export function attemptable<T extends NotificationSlot>(notifications: readonly T[], now: Date): T[] {
  return notifications.filter(
    (candidate) =>
      candidate.state !== 'delivered' &&
      candidate.partnerHasEndpoint &&
      candidate.nextAttemptAt !== null &&
      candidate.nextAttemptAt.getTime() <= now.getTime() &&
      !notifications.some((earlier) => earlier.ticketId === candidate.ticketId && earlier.sequence < candidate.sequence && earlier.state !== 'delivered'),
  );
}

/** What one attempt came to. */
export type NotificationOutcome =
  /** A 2xx answer. */
  | { kind: 'accepted'; status: number }
  /** Any other HTTP answer. */
  | { kind: 'refused'; status: number }
  /** No answer: connection refused or reset, name not resolved, timeout. */
  | { kind: 'unreachable'; error: string }
  /** The endpoint went away between the claim and the attempt: waits, like a partner that never had one. */
  | { kind: 'no-endpoint' }
  /** The partner has an endpoint but no active signing secret: nothing can be signed, so it fails. */
  | { kind: 'no-signing-secret' };

export function notificationOutcomeOf(status: number): NotificationOutcome {
  return status >= 200 && status < 300 ? { kind: 'accepted', status } : { kind: 'refused', status };
}

export interface RecordNotificationAttempt {
  outcome: NotificationOutcome;
  now: Date;
  policy: DeliveryPolicy;
  /** [0, 1), for the back-off jitter. */
  random: () => number;
  /** The latest alert raised about any notification of the same case: alerts repeat per case, not per change. */
  caseLastAlertAt: Date | null;
  /** A fresh UUID per call, for event and alert ids. */
  newId: () => string;
}

export interface NotificationAttemptRecorded {
  notification: CaseNotification;
  /** The supervision alert to append to the outbox, if one is due. */
  events: PlatformEvent[];
  /**
   * What the attempt means for the partner's per-destination delivery state: a success, a
   * failure, or nothing when no attempt reached for an endpoint.
   */
  destination: 'succeeded' | 'failed' | null;
}

/** Longest error text kept (the delivery state's column). */
const ERROR_MAX_LENGTH = 1000;

/**
 * Records one attempt. A 2xx answer delivers the notification (final). Any other outcome
 * schedules the next attempt after the transfers' back-off and, on the case's first failure and
 * then at most once per repeat interval of the case, raises a `partner-delivery-failing` warning.
 * An endpoint that vanished is no failure of the partner: the notification waits at the longest
 * back-off, without an alert, as if the partner had never registered one.
 */
export function recordNotificationAttempt(notification: CaseNotification, command: RecordNotificationAttempt): NotificationAttemptRecorded {
  const { delivery } = notification;
  if (delivery.state === 'delivered') {
    throw new Error(`notification ${notification.messageId} was delivered at ${delivery.deliveredAt?.toISOString()}`);
  }
  const { outcome, now, policy } = command;

  if (outcome.kind === 'no-endpoint') {
    const waiting: NotificationDelivery = {
      ...delivery,
      nextAttemptAt: new Date(now.getTime() + policy.backoffMaxMs),
      lastError: notificationFailureOf(outcome, notification.partner),
    };
    return { notification: { ...notification, delivery: waiting }, events: [], destination: null };
  }

  const attempts = delivery.attempts + 1;
  if (outcome.kind === 'accepted') {
    const delivered: NotificationDelivery = { ...delivery, state: 'delivered', attempts, nextAttemptAt: null, lastAttemptAt: now, deliveredAt: now };
    return { notification: { ...notification, delivery: delivered }, events: [], destination: 'succeeded' };
  }

  const error = notificationFailureOf(outcome, notification.partner).slice(0, ERROR_MAX_LENGTH);
  const nextAttemptAt = new Date(now.getTime() + backoffDelayMs(attempts, policy, command.random));
  const raiseAlert = alertDue(command.caseLastAlertAt, now, policy.alertRepeatMs);
  const failing: NotificationDelivery = {
    ...delivery,
    state: 'failing',
    attempts,
    nextAttemptAt,
    lastAttemptAt: now,
    lastError: error,
    lastAlertAt: raiseAlert ? now : delivery.lastAlertAt,
  };
  const events: PlatformEvent[] = raiseAlert ? [deliveryFailingAlert(notification, { attempts, error, nextAttemptAt, now, newId: command.newId })] : [];
  return { notification: { ...notification, delivery: failing }, events, destination: 'failed' };
}

function deliveryFailingAlert(
  notification: CaseNotification,
  failure: { attempts: number; error: string; nextAttemptAt: Date; now: Date; newId: () => string },
): PlatformEvent {
  const { attempts, error, nextAttemptAt, now } = failure;
  const ticket = notification.ticketNumber ?? notification.ticketId;
  return createEvent({
    id: failure.newId(),
    type: 'supervision.alert-raised.v1',
    source: 'hotline-exchange',
    subject: notification.ticketId,
    occurredAt: now,
    correlationId: notification.correlationId,
    causationId: notification.causeEventId,
    data: {
      alertId: failure.newId(),
      ticketId: notification.ticketId,
      kind: 'partner-delivery-failing',
      // The partner can still read the change from its pull feed, so no caller waits on this alone.
      severity: 'warning',
      message:
        `Status update ${notification.sequence} (${notification.status}) of ticket ${ticket}, forwarded by ${notification.partner}, not delivered ` +
        `to the partner after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${error}. Next attempt at ${nextAttemptAt.toISOString()}; ` +
        'later updates of the case wait for it.',
      agencyId: null,
      raisedAt: now.toISOString(),
    },
  });
}

/** Why an attempt failed, for people: in the delivery state and the alert. Never holds the body or the partner's answer. */
export function notificationFailureOf(outcome: Exclude<NotificationOutcome, { kind: 'accepted' }>, partner: PartnerHotline): string {
  switch (outcome.kind) {
    case 'no-endpoint':
      return `partner ${partner} has no registered delivery endpoint`;
    case 'no-signing-secret':
      return `partner ${partner} has no active delivery signing secret: issue one (POST /api/v1/admin/partners/${partner}/endpoint/secrets)`;
    case 'unreachable':
      return outcome.error;
    case 'refused':
      if (outcome.status >= 300 && outcome.status < 400) return `partner answered HTTP ${outcome.status}; redirects are not followed, register the final URL`;
      return `partner answered HTTP ${outcome.status}`;
  }
}

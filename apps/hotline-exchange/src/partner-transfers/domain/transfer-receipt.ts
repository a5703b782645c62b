import {
  createEvent,
  type NextStep,
  type PartnerHotline,
  type PartnerOutcome,
  type PartnerRejectionReason,
  type PlatformEvent,
} from '@legal-hotline/contracts';
import { acceptancePriorityOf } from './acceptance-deadline.js';
import { PartnerTransferError } from './partner-transfer.error.js';
import type { TransferReason } from './transfer-delivery.js';

/**
 * The partner's business receipt of a transfer, apart from its technical receipt (the delivery's
 * 2xx): `awaiting-acceptance` until the partner answers; `overdue` when its acceptance deadline
 * passed without an answer (it may still accept, late, or reject); `accepted` (then `completed`
 * once it reports its result) or `rejected` with a coded reason (final).
 */
export const RECEIPT_STATES = ['awaiting-acceptance', 'accepted', 'rejected', 'overdue', 'completed'] as const;
export type ReceiptState = (typeof RECEIPT_STATES)[number];

export interface Acceptance {
  acceptedAt: Date;
  /** The partner's desk or agent, as the partner names it. */
  acceptedBy: string | null;
  note: string | null;
  /** Accepted after the acceptance deadline. */
  late: boolean;
}

export interface Rejection {
  reason: PartnerRejectionReason;
  note: string | null;
  /** What the owner should do with the ticket now. */
  suggestedNextStep: NextStep;
  rejectedAt: Date;
}

export interface PartnerResult {
  outcome: PartnerOutcome;
  actionTaken: string;
  replyToCaller: string;
  /** When the partner finished, by its own clock. */
  completedAt: Date;
  /** When the exchange recorded the result. */
  reportedAt: Date;
}

/** A transfer as its business receipt sees it. */
export interface TransferReceipt {
  transferId: string;
  ticketId: string;
  partner: PartnerHotline;
  reason: TransferReason;
  urgent: boolean;
  /** When the owner requested the transfer: the acceptance clock starts then. */
  requestedAt: Date;
  state: ReceiptState;
  /** Null for transfers stored before acceptance deadlines were kept: they never become overdue. */
  acceptanceDueAt: Date | null;
  /** When the exchange recorded the deadline as passed; kept after a late acceptance or a rejection. */
  overdueAt: Date | null;
  /** The partner's id for the transfer: from its acceptance, else from its answer to the delivery. */
  partnerReference: string | null;
  acceptance: Acceptance | null;
  rejection: Rejection | null;
  result: PartnerResult | null;
  /** The newest progress note, so that the same note sent again is recognised as a repeat. */
  lastProgressNote: string | null;
  /** The flow of the requested event: events about the receipt continue it, caused by that event. */
  correlationId: string;
  requestedEventId: string;
}

/** What a partner says about a transfer it received. */
export type ReceiptCommand =
  | { kind: 'accept'; partnerReference: string | null; acceptedBy: string | null; note: string | null }
  | { kind: 'reject'; reason: PartnerRejectionReason; note: string | null }
  | { kind: 'report-progress'; note: string }
  | { kind: 'report-result'; outcome: PartnerOutcome; actionTaken: string; replyToCaller: string; completedAt: Date };

export interface ReceiptContext {
  now: Date;
  /** A fresh UUID per call, for event ids. */
  newId: () => string;
}

export interface ReceiptDecision {
  receipt: TransferReceipt;
  events: PlatformEvent[];
  /** A progress note to keep, when the command reported one. */
  progress: { note: string; reportedAt: Date } | null;
  /** The command repeats one already recorded: nothing changes and nothing is emitted. */
  repeated: boolean;
}

/**
 * How far a partner's clock may be ahead of ours when it says when it finished: a result
 * "completed" further in the future, or before the transfer was even requested, is a mistake.
 */
export const COMPLETED_AT_TOLERANCE_MS = 5 * 60 * 1000;

/**
 * What the owner should do when the partner refuses: a `not-ours` transfer that the partner
 * calls a legal matter after all goes to a local body through routing; a danger transfer that is
 * not this partner's goes to another partner (the danger remains). Missing details are completed
 * and the transfer sent again; a duplicate is sorted out on the phone with the partner's duty
 * desk; a caller the partner cannot reach is answered by the owner, who holds the first contact.
 */
export function nextStepAfterRejection(rejection: PartnerRejectionReason, transferReason: TransferReason): NextStep {
  switch (rejection) {
    case 'not-our-matter':
      return transferReason === 'not-ours' ? 'route-to-a-body' : 'transfer-to-another-partner';
    case 'outside-our-area':
      return 'transfer-to-another-partner';
    case 'insufficient-information':
      return 'complete-and-resend';
    case 'duplicate':
      return 'call-the-partner';
    case 'caller-unreachable':
      return 'answer-the-caller';
  }
}

/** A partner that does not answer in time is phoned (three-way call, 三方通话): silence says nothing about the matter. */
export const NEXT_STEP_AFTER_OVERDUE: NextStep = 'call-the-partner';

/**
 * Decides a partner's command on its transfer. A command that repeats what is recorded (same
 * content) changes nothing and emits nothing, so a partner may safely send it again; one that
 * contradicts the receipt (reject after accept, a second result with other content, progress
 * before acceptance) is refused naming the receipt state. Accepting and rejecting stay open
 * after the deadline passed: a late answer is still an answer.
 */
export function decideReceipt(receipt: TransferReceipt, command: ReceiptCommand, context: ReceiptContext): ReceiptDecision {
  switch (command.kind) {
    case 'accept':
      return accept(receipt, command, context);
    case 'reject':
      return reject(receipt, command, context);
    case 'report-progress':
      return reportProgress(receipt, command, context);
    case 'report-result':
      return reportResult(receipt, command, context);
  }
}

/** Not answered by its deadline: recorded once, as `overdue`; null when it is not (or no longer) due. */
export function recordAcceptanceOverdue(receipt: TransferReceipt, context: ReceiptContext): { receipt: TransferReceipt; events: PlatformEvent[] } | null {
  const { now } = context;
  if (receipt.state !== 'awaiting-acceptance' || receipt.acceptanceDueAt === null || receipt.acceptanceDueAt > now) return null;
  const event = createEvent({
    ...envelopeOf(receipt, context),
    type: 'partner-transfer.acceptance-overdue.v1',
    data: {
      transferId: receipt.transferId,
      ticketId: receipt.ticketId,
      partner: receipt.partner,
      urgent: acceptancePriorityOf(receipt) === 'urgent',
      dueAt: receipt.acceptanceDueAt.toISOString(),
      suggestedNextStep: NEXT_STEP_AFTER_OVERDUE,
      overdueAt: now.toISOString(),
    },
  });
  return { receipt: { ...receipt, state: 'overdue', overdueAt: now }, events: [event] };
}

type Command<K extends ReceiptCommand['kind']> = Extract<ReceiptCommand, { kind: K }>;

function accept(receipt: TransferReceipt, command: Command<'accept'>, context: ReceiptContext): ReceiptDecision {
  const { state, acceptance } = receipt;
  if (acceptance !== null && (state === 'accepted' || state === 'completed')) {
    // Leaving out the reference repeats the acceptance as well as naming the one in force.
    const same =
      command.acceptedBy === acceptance.acceptedBy &&
      command.note === acceptance.note &&
      (command.partnerReference === null || command.partnerReference === receipt.partnerReference);
    if (same) return unchanged(receipt);
    throw invalidState(receipt, 'cannot accept again with other details');
  }
  if (state !== 'awaiting-acceptance' && state !== 'overdue') throw invalidState(receipt, 'cannot accept');

  const { now } = context;
  const late = state === 'overdue' || (receipt.acceptanceDueAt !== null && now > receipt.acceptanceDueAt);
  const partnerReference = command.partnerReference ?? receipt.partnerReference;
  const accepted: TransferReceipt = {
    ...receipt,
    state: 'accepted',
    partnerReference,
    acceptance: { acceptedAt: now, acceptedBy: command.acceptedBy, note: command.note, late },
  };
  const event = createEvent({
    ...envelopeOf(receipt, context),
    type: 'partner-transfer.accepted.v1',
    data: {
      transferId: receipt.transferId,
      ticketId: receipt.ticketId,
      partner: receipt.partner,
      partnerReference,
      acceptedBy: command.acceptedBy,
      note: command.note,
      late,
      acceptedAt: now.toISOString(),
    },
  });
  return { receipt: accepted, events: [event], progress: null, repeated: false };
}

function reject(receipt: TransferReceipt, command: Command<'reject'>, context: ReceiptContext): ReceiptDecision {
  const { state, rejection } = receipt;
  if (state === 'rejected' && rejection !== null) {
    if (command.reason === rejection.reason && command.note === rejection.note) return unchanged(receipt);
    throw invalidState(receipt, 'cannot reject again with another reason or note');
  }
  if (state !== 'awaiting-acceptance' && state !== 'overdue') throw invalidState(receipt, 'cannot reject');

  const { now } = context;
  const suggestedNextStep = nextStepAfterRejection(command.reason, receipt.reason);
  const rejected: TransferReceipt = {
    ...receipt,
    state: 'rejected',
    rejection: { reason: command.reason, note: command.note, suggestedNextStep, rejectedAt: now },
  };
  const event = createEvent({
    ...envelopeOf(receipt, context),
    type: 'partner-transfer.rejected.v1',
    data: {
      transferId: receipt.transferId,
      ticketId: receipt.ticketId,
      partner: receipt.partner,
      reason: command.reason,
      note: command.note,
      suggestedNextStep,
      rejectedAt: now.toISOString(),
    },
  });
  return { receipt: rejected, events: [event], progress: null, repeated: false };
}

function reportProgress(receipt: TransferReceipt, command: Command<'report-progress'>, context: ReceiptContext): ReceiptDecision {
  const { state } = receipt;
  if ((state === 'accepted' || state === 'completed') && command.note === receipt.lastProgressNote) return unchanged(receipt);
  if (state !== 'accepted') throw invalidState(receipt, state === 'completed' ? 'cannot report progress after the result' : 'cannot report progress before accepting');

  const { now } = context;
  const event = createEvent({
    ...envelopeOf(receipt, context),
    type: 'partner-transfer.progress-reported.v1',
    data: { transferId: receipt.transferId, ticketId: receipt.ticketId, partner: receipt.partner, note: command.note, reportedAt: now.toISOString() },
  });
  return { receipt: { ...receipt, lastProgressNote: command.note }, events: [event], progress: { note: command.note, reportedAt: now }, repeated: false };
}

function reportResult(receipt: TransferReceipt, command: Command<'report-result'>, context: ReceiptContext): ReceiptDecision {
  const { now } = context;
  checkCompletedAt(receipt, command.completedAt, now);
  const { state, result } = receipt;
  if (state === 'completed' && result !== null) {
    const same =
      command.outcome === result.outcome &&
      command.actionTaken === result.actionTaken &&
      command.replyToCaller === result.replyToCaller &&
      command.completedAt.getTime() === result.completedAt.getTime();
    if (same) return unchanged(receipt);
    throw invalidState(receipt, 'cannot report a second result with other content');
  }
  if (state !== 'accepted') throw invalidState(receipt, 'cannot report a result before accepting');

  const completed: TransferReceipt = {
    ...receipt,
    state: 'completed',
    result: { outcome: command.outcome, actionTaken: command.actionTaken, replyToCaller: command.replyToCaller, completedAt: command.completedAt, reportedAt: now },
  };
  const event = createEvent({
    ...envelopeOf(receipt, context),
    type: 'partner-transfer.result-reported.v1',
    data: {
      transferId: receipt.transferId,
      ticketId: receipt.ticketId,
      partner: receipt.partner,
      outcome: command.outcome,
      actionTaken: command.actionTaken,
      replyToCaller: command.replyToCaller,
      completedAt: command.completedAt.toISOString(),
      reportedAt: now.toISOString(),
    },
  });
  return { receipt: completed, events: [event], progress: null, repeated: false };
}

function checkCompletedAt(receipt: TransferReceipt, completedAt: Date, now: Date): void {
  if (completedAt.getTime() > now.getTime() + COMPLETED_AT_TOLERANCE_MS) {
    throw new PartnerTransferError('PARTNER_TRANSFER.COMPLETED_AT_INVALID', 'invalid', `completedAt ${completedAt.toISOString()} lies in the future`, 'completedAt');
  }
  if (completedAt.getTime() < receipt.requestedAt.getTime() - COMPLETED_AT_TOLERANCE_MS) {
    throw new PartnerTransferError(
      'PARTNER_TRANSFER.COMPLETED_AT_INVALID',
      'invalid',
      `completedAt ${completedAt.toISOString()} lies before the transfer was requested (${receipt.requestedAt.toISOString()})`,
      'completedAt',
    );
  }
}

function unchanged(receipt: TransferReceipt): ReceiptDecision {
  return { receipt, events: [], progress: null, repeated: true };
}

function invalidState(receipt: TransferReceipt, what: string): PartnerTransferError {
  return new PartnerTransferError('PARTNER_TRANSFER.INVALID_STATE', 'conflict', `${what}: transfer ${receipt.transferId} is ${receipt.state}`);
}

function envelopeOf(receipt: TransferReceipt, context: ReceiptContext) {
  return {
    id: context.newId(),
    source: 'hotline-exchange' as const,
    subject: receipt.transferId,
    occurredAt: context.now,
    correlationId: receipt.correlationId,
    causationId: receipt.requestedEventId,
  };
}

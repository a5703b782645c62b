import { createEvent, type PlatformEvent } from '@legal-hotline/contracts';
import type { Assignment, Inbox, Withdrawal } from './assignment.js';

export type AssignmentRequestedEvent = Extract<PlatformEvent, { type: 'assignment.requested.v1' }>;

export type ReceiptOutcome =
  /** Routing addressed another kind of body; its own service takes the request. */
  | { kind: 'not-addressed-here' }
  /** `events` is empty when the assignment lands withdrawn. */
  | { kind: 'received'; assignment: Assignment; events: PlatformEvent[] };

export interface Receipt {
  receivedAt: Date;
  /** Id of the `assignment.received.v1` event. */
  eventId: string;
}

/**
 * Technical receipt (DOMAIN.md §2): a request addressed to this inbox's kind of body becomes a
 * pending assignment and `assignment.received.v1` tells routing it arrived. Receipt is not
 * acceptance: the body still has to accept or reject it.
 *
 * `earlyWithdrawal`: routing's withdrawal of this assignment, handled before the request (events
 * on different partitions can arrive in either order). The request then lands withdrawn and no
 * receipt goes out: the body never held the assignment, and a receipt after the withdrawal would
 * tell the owner it does.
 */
export function receiveAssignment(request: AssignmentRequestedEvent, inbox: Inbox, receipt: Receipt, earlyWithdrawal: Withdrawal | null = null): ReceiptOutcome {
  const { data } = request;
  if (data.agency.agencyType !== inbox.agencyType) return { kind: 'not-addressed-here' };
  const assignment: Assignment = {
    assignmentId: data.assignmentId,
    ticketId: data.ticketId,
    ticketNumber: data.ticketNumber,
    agencyId: data.agency.agencyId,
    agencyType: data.agency.agencyType,
    agencyName: data.agency.name,
    agencyRegionCode: data.agency.regionCode,
    requestType: data.requestType,
    legalCategory: data.legalCategory,
    regionCode: data.regionCode,
    summary: data.summary,
    caller: data.caller,
    flags: data.flags,
    routingExplanation: data.explanation,
    acceptanceDeadline: new Date(data.acceptanceDeadline),
    requestedAt: new Date(data.requestedAt),
    receivedAt: receipt.receivedAt,
    correlationId: request.correlationId,
    status: earlyWithdrawal === null ? 'pending' : 'withdrawn',
    decidedBy: null,
    decidedById: null,
    decidedAt: null,
    rejectionReason: null,
    decisionNote: null,
    startedBy: null,
    startedById: null,
    startedAt: null,
    startNote: null,
    completedBy: null,
    completedById: null,
    completedAt: null,
    completionOutcome: null,
    completionResult: null,
    withdrawalReason: earlyWithdrawal?.reason ?? null,
    withdrawnAt: earlyWithdrawal?.withdrawnAt ?? null,
  };
  if (earlyWithdrawal !== null) return { kind: 'received', assignment, events: [] };
  const received = createEvent({
    id: receipt.eventId,
    type: 'assignment.received.v1',
    source: inbox.service,
    subject: assignment.assignmentId,
    occurredAt: receipt.receivedAt,
    correlationId: request.correlationId,
    causationId: request.id,
    data: {
      assignmentId: assignment.assignmentId,
      ticketId: assignment.ticketId,
      agencyId: assignment.agencyId,
      receivedAt: receipt.receivedAt.toISOString(),
    },
  });
  return { kind: 'received', assignment, events: [received] };
}

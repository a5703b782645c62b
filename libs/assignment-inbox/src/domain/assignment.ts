import {
  AssignmentCompletedV1,
  AssignmentWithdrawnV1,
  type AgencyType,
  type CallerProfile,
  type EventSource,
  type LegalCategory,
  type RejectionReason,
  type RequestType,
  type RoutingExplanation,
  type TicketFlags,
} from '@legal-hotline/contracts';

/**
 * Where an assignment stands in this inbox. The three levels of receipt (DOMAIN.md §2) are
 * technical receipt (`receivedAt`: the request is in the inbox, `pending`), business acceptance
 * (`accepted` / `rejected`) and completion (`completed`, with the result); `in-progress` says the
 * work has started, e.g. a legal-aid centre assigned a lawyer. `withdrawn`: routing took the
 * assignment back. What may follow what is the table in `assignment-transitions.ts`.
 */
export const ASSIGNMENT_STATUSES = ['pending', 'accepted', 'rejected', 'in-progress', 'completed', 'withdrawn'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/** How the body's work ended, as `assignment.completed.v1` carries it. */
export const COMPLETION_OUTCOMES: readonly CompletionOutcome[] = AssignmentCompletedV1.shape.outcome.options;
export type CompletionOutcome = AssignmentCompletedV1['outcome'];

/** Why routing took an assignment back, as `assignment.withdrawn.v1` carries it. */
export const WITHDRAWAL_REASONS: readonly WithdrawalReason[] = AssignmentWithdrawnV1.shape.reason.options;
export type WithdrawalReason = AssignmentWithdrawnV1['reason'];

/** Routing's withdrawal of an assignment (`assignment.withdrawn.v1`), as the inbox records it. */
export interface Withdrawal {
  reason: WithdrawalReason;
  /** When routing withdrew it, not when the inbox learnt of it. */
  withdrawnAt: Date;
}

/** Who keeps an inbox: the service and the kind of receiving body whose assignments it takes. */
export interface Inbox {
  service: EventSource;
  agencyType: AgencyType;
}

/** An assignment (派单) of one ticket to one receiving body, as that body's inbox holds it. */
export interface Assignment {
  assignmentId: string;
  ticketId: string;
  ticketNumber: string;
  agencyId: string;
  agencyType: AgencyType;
  agencyName: string;
  agencyRegionCode: string;
  requestType: RequestType;
  legalCategory: LegalCategory;
  /** Region code the matter concerns (6, 9 or 12 digits). */
  regionCode: string;
  summary: string;
  /** Masked by the first-contact owner before the hand-off; the inbox never sees more. */
  caller: CallerProfile;
  flags: TicketFlags;
  routingExplanation: RoutingExplanation;
  acceptanceDeadline: Date;
  requestedAt: Date;
  /** Technical receipt: when this inbox stored the request. */
  receivedAt: Date;
  /** Correlation id of the citizen request's flow; every event about this assignment carries it. */
  correlationId: string;
  status: AssignmentStatus;
  /** Business acceptance: set by an accept or a reject, kept whatever follows. */
  decidedBy: string | null;
  /** Token subject of `decidedBy`; null for decisions recorded before staff signed in. */
  decidedById: string | null;
  decidedAt: Date | null;
  rejectionReason: RejectionReason | null;
  decisionNote: string | null;
  /** Start of the work; null when the body completed without reporting a start. */
  startedBy: string | null;
  startedById: string | null;
  startedAt: Date | null;
  startNote: string | null;
  /** Completion, the third level of receipt. */
  completedBy: string | null;
  completedById: string | null;
  completedAt: Date | null;
  completionOutcome: CompletionOutcome | null;
  completionResult: string | null;
  /** Set when routing withdrew the assignment; the fields above keep what happened before. */
  withdrawalReason: WithdrawalReason | null;
  withdrawnAt: Date | null;
}

/**
 * The staff member who acts, as their verified access token names them: never a name a request
 * body claimed.
 */
export interface StaffMember {
  /** Display name, e.g. "李敏"; what the first-contact owner reads in the timeline. */
  name: string;
  /** The token's subject: stable per person, whatever the display name. */
  id: string;
}

/** What a staff command needs besides the assignment and the command. */
export interface CommandContext {
  /** The service that emits the event. */
  service: EventSource;
  /** When the command takes effect; stamped on the row and the event. */
  at: Date;
  /** Id of the emitted event. */
  eventId: string;
  /** What caused the command, e.g. the HTTP request id; null when unknown. */
  causationId: string | null;
}

import { z } from 'zod';
import {
  AgencyType,
  CallerProfile,
  Instant,
  LegalCategory,
  RegionCode,
  RejectionReason,
  RequestType,
  TicketFlags,
} from '../vocabulary.js';

export const AgencyRef = z.object({
  agencyId: z.string().min(1),
  agencyType: AgencyType,
  name: z.string().min(1),
  regionCode: RegionCode,
});
export type AgencyRef = z.infer<typeof AgencyRef>;

/** Why routing chose a destination: the rule, how far it fell back, and what it passed over. */
export const RoutingExplanation = z.object({
  /** e.g. "legal-aid.art38.matter-location", "mediation.township-committee". */
  rule: z.string().min(1),
  /** 0 when the most specific level matched; +1 per level walked upward. */
  fallbackLevel: z.number().int().min(0),
  /** Region code the decision was keyed on. */
  routedOnRegionCode: RegionCode,
  reason: z.string().min(1),
  candidatesConsidered: z.array(z.object({ agencyId: z.string(), outcome: z.string() })),
});
export type RoutingExplanation = z.infer<typeof RoutingExplanation>;

/** Routing asks a body to take a ticket (派单). The hand-off completes on accept or reject. */
export const AssignmentRequestedV1 = z.object({
  assignmentId: z.uuid(),
  ticketId: z.uuid(),
  ticketNumber: z.string().min(1),
  agency: AgencyRef,
  requestType: RequestType,
  legalCategory: LegalCategory,
  regionCode: RegionCode,
  summary: z.string().min(1).max(4000),
  caller: CallerProfile,
  flags: TicketFlags,
  explanation: RoutingExplanation,
  /**
   * urgent: urgent or dangerous matters; green-channel: migrant-worker wage claims (Legal Aid
   * Law Art. 42(3)) and veterans (Veterans Protection Law Art. 70); normal otherwise.
   * Optional for compatibility with earlier producers; absent = normal.
   */
  priority: z.enum(['urgent', 'green-channel', 'normal']).optional(),
  /** Acceptance is due by this instant (UTC). */
  acceptanceDeadline: Instant,
  requestedAt: Instant,
});
export type AssignmentRequestedV1 = z.infer<typeof AssignmentRequestedV1>;

/** Technical receipt: the assignment is in the receiving body's inbox. */
export const AssignmentReceivedV1 = z.object({
  assignmentId: z.uuid(),
  ticketId: z.uuid(),
  agencyId: z.string().min(1),
  receivedAt: Instant,
});
export type AssignmentReceivedV1 = z.infer<typeof AssignmentReceivedV1>;

/** Business acceptance: the body takes the ticket. */
export const AssignmentAcceptedV1 = z.object({
  assignmentId: z.uuid(),
  ticketId: z.uuid(),
  agencyId: z.string().min(1),
  /** Display name of the staff member who accepted, from their access token. */
  decidedBy: z.string().min(1).max(100),
  /** Subject of the access token of the staff member who accepted; absent in events written before tokens. */
  decidedById: z.string().min(1).max(200).optional(),
  note: z.string().max(2000).nullable(),
  acceptedAt: Instant,
});
export type AssignmentAcceptedV1 = z.infer<typeof AssignmentAcceptedV1>;

/** The body rejects the ticket with a coded reason. */
export const AssignmentRejectedV1 = z.object({
  assignmentId: z.uuid(),
  ticketId: z.uuid(),
  agencyId: z.string().min(1),
  /** Display name of the staff member who rejected, from their access token. */
  decidedBy: z.string().min(1).max(100),
  /** Subject of the access token of the staff member who rejected; absent in events written before tokens. */
  decidedById: z.string().min(1).max(200).optional(),
  reason: RejectionReason,
  note: z.string().max(2000).nullable(),
  rejectedAt: Instant,
});
export type AssignmentRejectedV1 = z.infer<typeof AssignmentRejectedV1>;

/** Acceptance was not given by the deadline; a supervisor is alerted and the policy applied. */
export const AssignmentOverdueV1 = z.object({
  assignmentId: z.uuid(),
  ticketId: z.uuid(),
  agencyId: z.string().min(1),
  acceptanceDeadline: Instant,
  /** What the escalation policy does next. */
  action: z.enum(['re-route', 'alert-only']),
  overdueAt: Instant,
});
export type AssignmentOverdueV1 = z.infer<typeof AssignmentOverdueV1>;

/** Routing took the assignment back (overdue and re-routed, or the ticket was closed or merged). */
export const AssignmentWithdrawnV1 = z.object({
  assignmentId: z.uuid(),
  ticketId: z.uuid(),
  agencyId: z.string().min(1),
  reason: z.enum(['acceptance-overdue', 'ticket-closed', 'ticket-merged']),
  withdrawnAt: Instant,
});
export type AssignmentWithdrawnV1 = z.infer<typeof AssignmentWithdrawnV1>;

/** The acceptance clock stopped, with the reason (e.g. waiting for the applicant's materials). */
export const AssignmentClockPausedV1 = z.object({
  assignmentId: z.uuid(),
  ticketId: z.uuid(),
  reason: z.string().min(1).max(500),
  pausedAt: Instant,
});
export type AssignmentClockPausedV1 = z.infer<typeof AssignmentClockPausedV1>;

/** The acceptance clock runs again; the deadline moved by the paused time. */
export const AssignmentClockResumedV1 = z.object({
  assignmentId: z.uuid(),
  ticketId: z.uuid(),
  acceptanceDeadline: Instant,
  resumedAt: Instant,
});
export type AssignmentClockResumedV1 = z.infer<typeof AssignmentClockResumedV1>;

/** The body started the work, e.g. a legal-aid centre assigned a lawyer (Legal Aid Law Art. 43). */
export const AssignmentStartedV1 = z.object({
  assignmentId: z.uuid(),
  ticketId: z.uuid(),
  agencyId: z.string().min(1),
  /** Display name of the staff member who reported the start, from their access token. */
  startedBy: z.string().min(1).max(100),
  /** Subject of the access token of the staff member who reported the start; absent in events written before tokens. */
  startedById: z.string().min(1).max(200).optional(),
  note: z.string().max(2000).nullable(),
  startedAt: Instant,
});
export type AssignmentStartedV1 = z.infer<typeof AssignmentStartedV1>;

/** Completion: the body reports its result; the owner answers the caller and calls back. */
export const AssignmentCompletedV1 = z.object({
  assignmentId: z.uuid(),
  ticketId: z.uuid(),
  agencyId: z.string().min(1),
  /** Display name of the staff member who reported the result, from their access token. */
  completedBy: z.string().min(1).max(100),
  /** Subject of the access token of the staff member who reported the result; absent in events written before tokens. */
  completedById: z.string().min(1).max(200).optional(),
  outcome: z.enum(['resolved', 'partly-resolved', 'unresolved']),
  /** What was done and achieved, e.g. "wages of 13,000 yuan recovered through mediation". */
  result: z.string().min(1).max(4000),
  completedAt: Instant,
});
export type AssignmentCompletedV1 = z.infer<typeof AssignmentCompletedV1>;

import type {
  AgencyType,
  CallerProfile,
  EventSource,
  LegalCategory,
  RejectionReason,
  RequestType,
  RoutingExplanation,
  TicketFlags,
} from '@legal-hotline/contracts';

/**
 * Business acceptance of a hand-off (DOMAIN.md §2). Technical receipt is `receivedAt` (the
 * request is in the inbox); completion (the result of the work) is not tracked by the inbox.
 */
export const ASSIGNMENT_STATUSES = ['pending', 'accepted', 'rejected'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

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
  decidedBy: string | null;
  decidedAt: Date | null;
  rejectionReason: RejectionReason | null;
  decisionNote: string | null;
}

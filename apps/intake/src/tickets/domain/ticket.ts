import type {
  AgencyType,
  Channel,
  EventSource,
  FirstContactPlatform,
  LegalCategory,
  MatterLocation,
  RequestType,
  TicketFlags,
  TicketStatus,
} from '@legal-hotline/contracts';

/** The caller as intake keeps them: in full, because intake answers the caller (PIPL: nobody else gets this). */
export interface Caller {
  name: string;
  /** Digits only: a mobile number or a landline with its area code. */
  phone: string;
  /** 18-character resident ID number, when the caller gave one. */
  idNumber: string | null;
  /** BCP 47 tag or dialect code, e.g. "zh-CN", "yue". */
  language: string;
  accessibilityNeeds: readonly string[];
}

/** First-contact owner (首问负责制): set when the ticket opens and never changed afterwards. */
export interface FirstContactOwner {
  platform: FirstContactPlatform;
  organisation: string;
  agent: string | null;
  receivedAt: Date;
}

/** The body that holds the work now, through the assignment that handed it over. */
export interface CurrentAssignment {
  assignmentId: string;
  agencyId: string;
  agencyType: AgencyType;
  name: string;
  /** When routing asked this body to take the ticket. */
  since: Date;
}

/** A ticket (工单), owned by intake from its opening to its closing. */
export interface Ticket {
  id: string;
  /** "12348-YYYYMMDD-NNNNNN", told to the caller. */
  ticketNumber: string;
  status: TicketStatus;
  channel: Channel;
  requestType: RequestType;
  legalCategory: LegalCategory;
  regionCode: string;
  matterLocation: MatterLocation;
  summary: string;
  flags: TicketFlags;
  caller: Caller;
  firstContact: FirstContactOwner;
  /** The partner hotline's own case reference, for tickets a partner forwarded. */
  partnerReference: string | null;
  /** `null` while the ticket sits with its first-contact owner. */
  currentAssignment: CurrentAssignment | null;
  /**
   * Assignments that were current once and are no longer (rejected or replaced). Late events
   * about them are stale and change nothing.
   */
  pastAssignmentIds: readonly string[];
  openedAt: Date;
  /** Correlation id of the flow the ticket started; events the owner emits later keep it. */
  correlationId: string;
}

/** One line of the ticket's history, from whichever service reported it. */
export interface TimelineEntry {
  /** The event that caused the entry (for an opening: the `ticket.opened.v1` intake emitted). */
  eventId: string;
  at: Date;
  source: EventSource;
  /** Person or body that acted; `null` for automated decisions. */
  actor: string | null;
  /** The event type, or `ticket.opened` for the opening. */
  kind: string;
  statusAfter: TicketStatus;
  /** Why: a coded rejection reason, a routing explanation, a failure reason. */
  reason: string | null;
  note: string | null;
}

/** Outcome of applying another service's event to a ticket. */
export type TicketChange =
  | { outcome: 'changed'; ticket: Ticket; entry: TimelineEntry }
  /** The event needs no change: a repeat, or news about an assignment that is no longer current. */
  | { outcome: 'ignored'; reason: 'duplicate' | 'stale' };

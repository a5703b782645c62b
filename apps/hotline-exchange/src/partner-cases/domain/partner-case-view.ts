import type { AgencyType, PlatformEvent, TicketStatus } from '@legal-hotline/contracts';

/**
 * What a partner may see of a case it forwarded: the ticket number, the extended status, which
 * body holds the case now, and a history of status notes. Built only from platform facts and
 * free of personal information: notes are written here, never copied from staff free text.
 */
export interface PartnerCaseView {
  /** Set once intake has opened the ticket (受理). */
  ticketNumber: string | null;
  status: TicketStatus;
  currentHandler: CurrentHandler | null;
  /** The assignment whose outcome decides the status; accept/reject of any other one is stale. */
  currentAssignmentId: string | null;
  /**
   * Time of the latest routing decision applied (an assignment requested or routing failed).
   * Both come from the routing service's clock, so comparing them orders decisions that reach
   * the exchange out of order on different topics.
   */
  routingDecidedAt: Date | null;
  /** The status to return to if a merge is undone. */
  statusBeforeMerge: TicketStatus | null;
}

export interface CurrentHandler {
  name: string;
  agencyType: AgencyType;
}

/** One entry of the partner-visible history. `at` is when the fact happened (UTC). */
export interface PartnerCaseUpdate {
  at: Date;
  status: TicketStatus;
  note: string;
}

/** The facts that change a partner's view; every other event leaves it alone. */
export type PartnerCaseFact = Extract<
  PlatformEvent,
  {
    type:
      | 'ticket.opened.v1'
      | 'assignment.requested.v1'
      | 'assignment.accepted.v1'
      | 'assignment.rejected.v1'
      | 'assignment.started.v1'
      | 'assignment.withdrawn.v1'
      | 'routing.failed.v1'
      | 'routing.returned-to-owner.v1'
      | 'ticket.answered.v1'
      | 'ticket.resolved-at-first-contact.v1'
      | 'ticket.closed.v1'
      | 'ticket.reopened.v1'
      | 'ticket.merged.v1'
      | 'ticket.merge-undone.v1';
  }
>;

/**
 * Picks the facts that matter to a partner's view. Every event type is listed, so a new one
 * cannot be ignored by accident: adding it to the contracts fails the exhaustiveness check here.
 */
export function partnerCaseFactOf(event: PlatformEvent): PartnerCaseFact | null {
  switch (event.type) {
    case 'ticket.opened.v1':
    case 'assignment.requested.v1':
    case 'assignment.accepted.v1':
    case 'assignment.rejected.v1':
    case 'assignment.started.v1':
    case 'assignment.withdrawn.v1':
    case 'routing.failed.v1':
    case 'routing.returned-to-owner.v1':
    case 'ticket.answered.v1':
    case 'ticket.resolved-at-first-contact.v1':
    case 'ticket.closed.v1':
    case 'ticket.reopened.v1':
    case 'ticket.merged.v1':
    case 'ticket.merge-undone.v1':
      return event;
    // A technical receipt leaves the partner waiting for the body's acceptance, and the
    // exchange's own fact is already in the view.
    case 'assignment.received.v1':
    case 'partner-case.received.v1':
      return null;
    // Internal to the platform: the body's result reaches the partner as the owner's answer,
    // the follow-up outcome as reopening or closing; clocks, transfers and alerts are the
    // platform's own supervision.
    // A dispatch request shows up as the routing decision that follows it.
    case 'ticket.dispatch-requested.v1':
    case 'assignment.completed.v1':
    case 'assignment.overdue.v1':
    case 'assignment.clock-paused.v1':
    case 'assignment.clock-resumed.v1':
    case 'ticket.follow-up-recorded.v1':
    case 'partner-transfer.requested.v1':
    case 'partner-transfer.delivered.v1':
    case 'partner-transfer.delivery-failed.v1':
    case 'partner-transfer.accepted.v1':
    case 'partner-transfer.rejected.v1':
    case 'partner-transfer.acceptance-overdue.v1':
    case 'partner-transfer.progress-reported.v1':
    case 'partner-transfer.result-reported.v1':
    case 'supervision.alert-raised.v1':
      return null;
  }
}

export interface PartnerCaseChange {
  view: PartnerCaseView;
  update: PartnerCaseUpdate;
}

export function receivedView(): PartnerCaseView {
  return { ticketNumber: null, status: 'received', currentHandler: null, currentAssignmentId: null, routingDecidedAt: null, statusBeforeMerge: null };
}

/** The ticket a fact is about; assignment facts are keyed by assignment id, so it is read from the data. */
export function ticketIdOf(fact: PartnerCaseFact): string {
  return fact.data.ticketId;
}

/**
 * Applies one fact to a partner's view. Returns null when the fact changes nothing: a repeat,
 * or a stale fact that arrived after a later decision (topics are ordered per key only, so an
 * old assignment's rejection can arrive after the next assignment was requested).
 */
export function evolvePartnerCaseView(view: PartnerCaseView, fact: PartnerCaseFact): PartnerCaseChange | null {
  switch (fact.type) {
    case 'ticket.opened.v1': {
      if (view.ticketNumber !== null) return null;
      // Opening never moves the status back: routing may already have acted on the ticket.
      return {
        view: { ...view, ticketNumber: fact.data.ticketNumber },
        update: { at: new Date(fact.data.openedAt), status: 'received', note: `Opened as ticket ${fact.data.ticketNumber}` },
      };
    }
    case 'assignment.requested.v1': {
      const decidedAt = new Date(fact.data.requestedAt);
      if (isOlderDecision(view, decidedAt) || view.currentAssignmentId === fact.data.assignmentId) return null;
      const { agency } = fact.data;
      return {
        view: {
          ...view,
          status: 'awaiting-acceptance',
          currentHandler: { name: agency.name, agencyType: agency.agencyType },
          currentAssignmentId: fact.data.assignmentId,
          routingDecidedAt: decidedAt,
        },
        update: { at: decidedAt, status: 'awaiting-acceptance', note: `Sent to ${agency.name} for acceptance` },
      };
    }
    case 'assignment.accepted.v1': {
      if (!awaitsOutcomeOf(view, fact.data.assignmentId)) return null;
      return {
        view: { ...view, status: 'accepted' },
        update: { at: new Date(fact.data.acceptedAt), status: 'accepted', note: `Accepted by ${view.currentHandler?.name ?? 'the receiving body'}` },
      };
    }
    case 'assignment.rejected.v1': {
      if (!awaitsOutcomeOf(view, fact.data.assignmentId)) return null;
      // Routing now tries the next body; the coded reason is no personal data.
      return {
        view: { ...view, status: 'routed', currentHandler: null },
        update: {
          at: new Date(fact.data.rejectedAt),
          status: 'routed',
          note: `Declined by ${view.currentHandler?.name ?? 'the receiving body'} (${fact.data.reason}); being sent to another body`,
        },
      };
    }
    case 'assignment.withdrawn.v1': {
      if (view.currentAssignmentId !== fact.data.assignmentId || view.currentHandler === null) return null;
      return {
        view: { ...view, status: 'routed', currentHandler: null },
        update: { at: new Date(fact.data.withdrawnAt), status: 'routed', note: `Taken back from ${view.currentHandler.name} (${fact.data.reason})` },
      };
    }
    case 'assignment.started.v1': {
      if (view.currentAssignmentId !== fact.data.assignmentId || view.status !== 'accepted') return null;
      return {
        view: { ...view, status: 'in-progress' },
        update: { at: new Date(fact.data.startedAt), status: 'in-progress', note: `${view.currentHandler?.name ?? 'The receiving body'} has started work` },
      };
    }
    case 'routing.returned-to-owner.v1': {
      if (view.status === 'returned-to-owner') return null;
      return {
        view: { ...view, status: 'returned-to-owner', currentHandler: null, currentAssignmentId: null },
        update: { at: new Date(fact.data.returnedAt), status: 'returned-to-owner', note: `No body took the case after ${fact.data.hops} hand-offs; back with the 12348 platform` },
      };
    }
    case 'ticket.answered.v1':
      return statusChange(view, 'answered', fact.data.answeredAt, 'The caller has been answered');
    case 'ticket.resolved-at-first-contact.v1':
      // The desk's answer; the ticket's closing follows it.
      return statusChange(view, 'answered', fact.data.resolvedAt, 'The caller has been answered at the 12348 desk');
    case 'ticket.closed.v1':
      // The organisation that closed it (the responsible 12348 platform), never the person.
      return statusChange(view, 'closed', fact.data.closedAt, `Closed by ${fact.data.closedBy.organisation}`);
    case 'ticket.reopened.v1':
      return statusChange(view, 'reopened', fact.data.reopenedAt, 'Reopened and followed by a supervisor');
    case 'ticket.merged.v1': {
      const change = statusChange(view, 'merged', fact.data.mergedAt, 'Merged into another ticket about the same matter');
      return change && { ...change, view: { ...change.view, statusBeforeMerge: view.status } };
    }
    case 'ticket.merge-undone.v1': {
      if (view.status !== 'merged') return null;
      const status = view.statusBeforeMerge ?? 'reopened';
      return {
        view: { ...view, status, statusBeforeMerge: null },
        update: { at: new Date(fact.data.undoneAt), status, note: 'The merge was undone; the case is followed on its own again' },
      };
    }
    case 'routing.failed.v1': {
      const decidedAt = new Date(fact.data.decidedAt);
      if (isOlderDecision(view, decidedAt) || (view.status === 'returned-to-owner' && view.currentAssignmentId === null)) return null;
      return {
        view: { ...view, status: 'returned-to-owner', currentHandler: null, currentAssignmentId: null, routingDecidedAt: decidedAt },
        update: { at: decidedAt, status: 'returned-to-owner', note: 'No receiving body found; back with the 12348 platform for manual dispatch' },
      };
    }
  }
}

/** Folds facts in the order they arrive; what the exchange does, one consumed event at a time. */
export function projectPartnerCaseView(facts: readonly PartnerCaseFact[], initial: PartnerCaseView = receivedView()): PartnerCaseView {
  return facts.reduce((view, fact) => evolvePartnerCaseView(view, fact)?.view ?? view, initial);
}

function statusChange(view: PartnerCaseView, status: TicketStatus, at: string, note: string): PartnerCaseChange | null {
  if (view.status === status) return null;
  return { view: { ...view, status }, update: { at: new Date(at), status, note } };
}

function isOlderDecision(view: PartnerCaseView, decidedAt: Date): boolean {
  return view.routingDecidedAt !== null && decidedAt.getTime() < view.routingDecidedAt.getTime();
}

function awaitsOutcomeOf(view: PartnerCaseView, assignmentId: string): boolean {
  return view.status === 'awaiting-acceptance' && view.currentAssignmentId === assignmentId;
}

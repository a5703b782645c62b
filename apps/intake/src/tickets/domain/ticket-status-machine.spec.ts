import { describe, expect, it } from '@jest/globals';
import { TICKET_STATUSES, type TicketStatus } from '@legal-hotline/contracts';
import { TicketError } from './ticket-error.js';
import { isClosedOrMerged, STATUS_BEFORE_MERGE, statusAfter, TICKET_TRANSITIONS, type TicketHappening } from './ticket-status-machine.js';

const HAPPENINGS = Object.keys(TICKET_TRANSITIONS) as TicketHappening[];

describe(statusAfter.name, () => {
  const sut = statusAfter;

  // The lifecycle the issue describes, one step per row: given status, when happening, then status.
  it.each<[TicketStatus, TicketHappening, TicketStatus]>([
    ['received', 'assignment-requested', 'awaiting-acceptance'],
    ['returned-to-owner', 'assignment-requested', 'awaiting-acceptance'],
    ['reopened', 'assignment-requested', 'awaiting-acceptance'],
    ['routed', 'assignment-requested', 'awaiting-acceptance'],
    ['awaiting-acceptance', 'assignment-requested', 'awaiting-acceptance'],
    ['awaiting-acceptance', 'assignment-received', 'awaiting-acceptance'],
    ['accepted', 'assignment-received', 'accepted'],
    ['awaiting-acceptance', 'assignment-accepted', 'accepted'],
    ['accepted', 'assignment-started', 'in-progress'],
    ['in-progress', 'assignment-completed', 'in-progress'],
    ['in-progress', 'assignment-completed-after-answer', 'follow-up-due'],
    ['answered', 'assignment-completed-after-answer', 'follow-up-due'],
    ['awaiting-acceptance', 'assignment-rejected', 'routed'],
    ['awaiting-acceptance', 'assignment-withdrawn-for-re-routing', 'routed'],
    ['accepted', 'assignment-withdrawn-for-good', 'returned-to-owner'],
    ['routed', 'routing-returned-to-owner', 'returned-to-owner'],
    ['received', 'routing-failed', 'returned-to-owner'],
    ['returned-to-owner', 'routing-failed', 'returned-to-owner'],
    ['accepted', 'caller-answered', 'answered'],
    ['returned-to-owner', 'caller-answered-nobody-at-work', 'follow-up-due'],
    ['follow-up-due', 'follow-up-recorded', 'follow-up-due'],
    ['follow-up-due', 'follow-up-dissatisfied', 'reopened'],
    ['follow-up-due', 'closed-by-owner', 'closed'],
    ['closed', 'reopened-by-owner', 'reopened'],
    ['returned-to-owner', 'transferred-out', 'transferred-out'],
    ['transferred-out', 'reopened-by-owner', 'reopened'],
    ['in-progress', 'merged', 'merged'],
    ['closed', 'referred', 'closed'],
    ['merged', 'news-after-the-fact', 'merged'],
    ['closed', 'partner-transfer-reported', 'closed'],
    ['transferred-out', 'partner-transfer-returned', 'returned-to-owner'],
    ['transferred-out', 'caller-answered-nobody-at-work', 'follow-up-due'],
    ['at-desk', 'resolved-at-desk', 'at-desk'],
    ['at-desk', 'closed-at-desk', 'closed'],
    ['reopened', 'closed-at-desk', 'closed'],
    ['closed', 'follow-up-on-desk-resolution', 'closed'],
    ['closed', 'follow-up-reopens-desk-resolution', 'reopened'],
    ['at-desk', 'dispatch-requested', 'received'],
    ['reopened', 'dispatch-requested', 'received'],
    ['at-desk', 'transferred-out', 'transferred-out'],
  ])('given %s, when %s, then %s', (status, happening, expected) => {
    expect(sut(status, happening)).toBe(expected);
  });

  it.each<[TicketStatus, TicketHappening]>([
    ['accepted', 'assignment-requested'],
    ['closed', 'assignment-requested'],
    ['received', 'assignment-accepted'],
    ['accepted', 'assignment-accepted'],
    ['returned-to-owner', 'assignment-rejected'],
    ['accepted', 'assignment-rejected'],
    ['awaiting-acceptance', 'routing-failed'],
    ['merged', 'routing-failed'],
    ['received', 'caller-answered-nobody-at-work'],
    ['accepted', 'partner-transfer-returned'],
    ['returned-to-owner', 'partner-transfer-returned'],
    ['routed', 'caller-answered'],
    ['answered', 'closed-by-owner'],
    ['accepted', 'closed-by-owner'],
    ['closed', 'closed-by-owner'],
    ['in-progress', 'reopened-by-owner'],
    ['awaiting-acceptance', 'transferred-out'],
    ['merged', 'merged'],
    ['closed', 'merged'],
    ['received', 'merge-undone'],
    ['received', 'closed-at-desk'],
    ['in-progress', 'closed-at-desk'],
    ['closed', 'closed-at-desk'],
    ['closed', 'dispatch-requested'],
    ['received', 'dispatch-requested'],
    ['at-desk', 'caller-answered'],
    ['at-desk', 'assignment-requested'],
    ['follow-up-due', 'follow-up-on-desk-resolution'],
  ])('given %s, refuses %s as a coded conflict', (status, happening) => {
    const attempt = () => sut(status, happening, 'received');
    expect(attempt).toThrow(TicketError);
    expect(attempt).toThrow(expect.objectContaining({ code: 'TICKET.INVALID_TRANSITION', kind: 'conflict' }));
  });

  // The whole table, status by status: allowed exactly where the row says, and then its target.
  describe.each(HAPPENINGS)('%s', (happening) => {
    const transition = TICKET_TRANSITIONS[happening];

    it.each([...TICKET_STATUSES])(`from %s: as the table says`, (status) => {
      const attempt = () => sut(status, happening, 'accepted');
      if (!transition.from.includes(status)) {
        expect(attempt).toThrow(expect.objectContaining({ code: 'TICKET.INVALID_TRANSITION' }));
        return;
      }
      const expected = transition.to === STATUS_BEFORE_MERGE ? 'accepted' : (transition.to ?? status);
      expect(attempt()).toBe(expected);
    });
  });

  it('names both statuses in a refusal', () => {
    expect(() => sut('answered', 'closed-by-owner')).toThrow('ticket cannot go from answered to closed: closed-by-owner is allowed only from follow-up-due');
  });

  it('restores the status before the merge when a merge is undone', () => {
    expect(sut('merged', 'merge-undone', 'in-progress')).toBe('in-progress');
  });

  it('allows every happening only from real statuses', () => {
    for (const transition of Object.values(TICKET_TRANSITIONS)) {
      for (const status of transition.from) expect(TICKET_STATUSES).toContain(status);
    }
  });

  it('moves a closed or merged ticket only by reopening it (by the owner, or after the follow-up call on a desk answer) or undoing its merge; everything else leaves it as it is', () => {
    const leaving = HAPPENINGS.filter((h) => {
      const { from, to } = TICKET_TRANSITIONS[h];
      return from.some(isClosedOrMerged) && to !== null;
    });
    expect(leaving.sort()).toEqual(['follow-up-reopens-desk-resolution', 'merge-undone', 'reopened-by-owner']);
    expect(leaving.map((h) => TICKET_TRANSITIONS[h].to)).toEqual(expect.arrayContaining(['reopened', STATUS_BEFORE_MERGE]));
  });

  it('lets nothing but the owner\'s closing, the desk\'s closing at first contact and a merge make a ticket coarse-closed', () => {
    const closing = HAPPENINGS.filter((h) => {
      const { to } = TICKET_TRANSITIONS[h];
      return to !== null && to !== STATUS_BEFORE_MERGE && isClosedOrMerged(to);
    });
    expect(closing.sort()).toEqual(['closed-at-desk', 'closed-by-owner', 'merged']);
  });

  it('never sends a ticket to routing from the desk but as a received ticket, and only from where the desk holds it', () => {
    expect(TICKET_TRANSITIONS['dispatch-requested']).toEqual({ from: ['at-desk', 'reopened', 'returned-to-owner'], to: 'received' });
  });
});

import { describe, expect, it } from '@jest/globals';
import { TICKET_STATUSES, type TicketStatus } from '@legal-hotline/contracts';
import { TicketError } from './ticket-error.js';
import { statusAfter, TICKET_TRANSITIONS, type TicketHappening } from './ticket-status-machine.js';

describe(statusAfter.name, () => {
  const sut = statusAfter;

  it.each<[TicketStatus, TicketHappening, TicketStatus]>([
    ['received', 'assignment-requested', 'awaiting-acceptance'],
    ['returned-to-owner', 'assignment-requested', 'awaiting-acceptance'],
    ['reopened', 'assignment-requested', 'awaiting-acceptance'],
    ['awaiting-acceptance', 'assignment-received', 'awaiting-acceptance'],
    ['accepted', 'assignment-received', 'accepted'],
    ['awaiting-acceptance', 'assignment-accepted', 'accepted'],
    ['awaiting-acceptance', 'assignment-rejected', 'returned-to-owner'],
    ['received', 'routing-failed', 'returned-to-owner'],
    ['returned-to-owner', 'routing-failed', 'returned-to-owner'],
  ])('given %s, when %s, then %s', (status, happening, expected) => {
    expect(sut(status, happening)).toBe(expected);
  });

  it.each<[TicketStatus, TicketHappening]>([
    ['awaiting-acceptance', 'assignment-requested'],
    ['accepted', 'assignment-requested'],
    ['closed', 'assignment-requested'],
    ['received', 'assignment-accepted'],
    ['accepted', 'assignment-accepted'],
    ['returned-to-owner', 'assignment-rejected'],
    ['awaiting-acceptance', 'routing-failed'],
    ['merged', 'routing-failed'],
  ])('given %s, refuses %s as a coded conflict', (status, happening) => {
    const attempt = () => sut(status, happening);
    expect(attempt).toThrow(TicketError);
    expect(attempt).toThrow(expect.objectContaining({ code: 'TICKET.INVALID_TRANSITION', kind: 'conflict' }));
  });

  it('allows every happening only from real statuses, and never out of a closed or merged ticket', () => {
    for (const transition of Object.values(TICKET_TRANSITIONS)) {
      for (const status of transition.from) expect(TICKET_STATUSES).toContain(status);
      expect(transition.from).not.toContain('closed');
      expect(transition.from).not.toContain('merged');
    }
  });
});

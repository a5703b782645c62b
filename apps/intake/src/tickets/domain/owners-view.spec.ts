import { describe, expect, it } from '@jest/globals';
import { aTicket, aTransfer, ACCEPTED_HOP, COMPLETED_HOP, withNanhaiAssignment } from '../../../test/fixtures/tickets.js';
import { hopTimesOf, readableDuration, waitingOn } from './owners-view.js';
import type { Hop, Ticket } from './ticket.js';

describe(readableDuration.name, () => {
  it.each([
    [0, '0 s'],
    [42_000, '42 s'],
    [5 * 60_000 + 3_000, '5 min 3 s'],
    [2 * 3_600_000 + 5 * 60_000 + 59_000, '2 h 5 min'],
    [3 * 86_400_000 + 4 * 3_600_000 + 1, '3 d 4 h'],
    [-5, '0 s'],
  ])('reads %i ms as "%s"', (ms, expected) => {
    expect(readableDuration(ms)).toBe(expected);
  });
});

describe(hopTimesOf.name, () => {
  const hop = (overrides: Partial<Hop>): Hop => ({
    assignmentId: 'a',
    agencyId: 'legal-aid-centre:440605',
    agencyType: 'legal-aid-centre',
    name: '南海区法律援助中心',
    arrivedAt: new Date('2026-11-23T02:00:00Z'),
    outcome: 'still-there',
    leftAt: null,
    reason: null,
    startedAt: null,
    completedAt: null,
    ...overrides,
  });
  const now = new Date('2026-11-23T05:30:00Z');

  it('counts a hop that ended from its arrival to its end', () => {
    const [times] = hopTimesOf([hop({ outcome: 'rejected', reason: 'not-our-jurisdiction', leftAt: new Date('2026-11-23T03:05:00Z') })], now);
    expect(times).toMatchObject({ outcome: 'rejected', reason: 'not-our-jurisdiction', timeSpentMs: 65 * 60_000, timeSpent: '1 h 5 min' });
  });

  it('counts a body still there until now', () => {
    expect(hopTimesOf([hop({})], now)[0]).toMatchObject({ outcome: 'still-there', leftAt: null, timeSpentMs: 3.5 * 3_600_000, timeSpent: '3 h 30 min' });
  });
});

describe(waitingOn.name, () => {
  it.each<[string, Ticket, string]>([
    ['received', aTicket(), 'routing'],
    ['routed', aTicket({ status: 'routed' }), 'routing'],
    ['awaiting acceptance', withNanhaiAssignment('awaiting-acceptance'), 'handling-body'],
    ['accepted', withNanhaiAssignment('accepted', ACCEPTED_HOP), 'handling-body'],
    ['completed, caller not answered', withNanhaiAssignment('in-progress', COMPLETED_HOP), 'owner'],
    ['follow-up due', withNanhaiAssignment('follow-up-due', COMPLETED_HOP), 'owner'],
    ['returned to the owner', aTicket({ status: 'returned-to-owner' }), 'owner'],
    ['reopened', aTicket({ status: 'reopened' }), 'owner'],
    ['transferred out, the partner yet to accept', aTicket({ status: 'transferred-out', transfers: [aTransfer()] }), 'partner'],
    ['transferred out, the partner working on it', aTicket({ status: 'transferred-out', transfers: [aTransfer({ receipt: 'accepted' })] }), 'partner'],
    [
      'transferred out, the partner reported its result',
      aTicket({
        status: 'transferred-out',
        transfers: [aTransfer({ receipt: 'completed', result: { outcome: 'handled', actionTaken: '已处理', replyToCaller: '已答复', completedAt: new Date('2026-11-24T05:00:00Z') } })],
      }),
      'owner',
    ],
    ['closed', aTicket({ status: 'closed' }), 'nobody'],
  ])('%s: waits for %s', (_case, ticket, expected) => {
    expect(waitingOn(ticket)).toBe(expected);
  });
});

import { describe, expect, it } from '@jest/globals';
import { TICKET_STATUSES } from '@legal-hotline/contracts';
import { CLOSED_TICKET_STATUSES, ticketSummaryOf, type OpenedTicketCounts } from './ticket-figures.js';

const counts: OpenedTicketCounts = {
  opened: 5,
  closed: 2,
  urgent: 1,
  dangerous: 1,
  greenChannel: 2,
  migrantWorkerWageClaims: 2,
  veterans: 0,
};

describe(ticketSummaryOf.name, () => {
  const sut = ticketSummaryOf;

  it('counts the open tickets, every status and every satisfaction level, zero where none', () => {
    const summary = sut(
      counts,
      [
        { status: 'closed', count: 1 },
        { status: 'merged', count: 1 },
        { status: 'received', count: 3 },
      ],
      [{ satisfaction: 'satisfied', count: 2 }],
    );
    expect(summary).toMatchObject({ ...counts, open: 3, followUps: 2, satisfiedRate: 1 });
    expect(summary.byStatus.map((row) => row.status)).toEqual([...TICKET_STATUSES]);
    expect(summary.byStatus.filter((row) => row.count > 0)).toEqual([
      { status: 'received', count: 3 },
      { status: 'closed', count: 1 },
      { status: 'merged', count: 1 },
    ]);
    expect(summary.satisfaction).toEqual([
      { satisfaction: 'satisfied', count: 2 },
      { satisfaction: 'basically-satisfied', count: 0 },
      { satisfaction: 'dissatisfied', count: 0 },
    ]);
  });

  it('rates satisfied and basically satisfied callers over every follow-up call, to four decimals', () => {
    const summary = sut(
      counts,
      [],
      [
        { satisfaction: 'satisfied', count: 1 },
        { satisfaction: 'basically-satisfied', count: 1 },
        { satisfaction: 'dissatisfied', count: 1 },
      ],
    );
    expect(summary).toMatchObject({ followUps: 3, satisfiedRate: 0.6667 });
  });

  it('has no rate without follow-up calls', () => {
    expect(sut(counts, [], []).satisfiedRate).toBeNull();
  });
});

describe('CLOSED_TICKET_STATUSES', () => {
  it('are closed and merged, as the coarse status says', () => {
    expect(CLOSED_TICKET_STATUSES).toEqual(['closed', 'merged']);
  });
});

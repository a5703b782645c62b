import { describe, expect, it } from '@jest/globals';
import { TICKET_STATUSES } from '@legal-hotline/contracts';
import { NO_LINE_TICKETS, rateOf, reportDaysOf, specialLineReportOf } from './special-line-report.js';

describe(specialLineReportOf.name, () => {
  const sut = specialLineReportOf;
  const tickets = { opened: 4, closed: 2, resolvedAtFirstContact: 2, dispatched: 2, convertedFromDesk: 1 };

  it('counts the open tickets, the first-contact resolution rate, every status, and the categories with tickets in order', () => {
    const report = sut({
      tickets,
      byStatus: [
        { status: 'closed', count: 2 },
        { status: 'received', count: 2 },
      ],
      byLegalCategory: [
        { legalCategory: 'work-injury', count: 1 },
        { legalCategory: 'labour-remuneration', count: 3 },
      ],
      bySatisfaction: [
        { satisfaction: 'dissatisfied', count: 1 },
        { satisfaction: 'basically-satisfied', count: 2 },
      ],
      onlineQuestions: { asked: 3, answered: 3, answeredInTime: 2, overdue: 0 },
      knowledgeSection: { entries: 5, published: 4 },
    });
    expect(report.tickets).toEqual({ ...tickets, open: 2, firstContactResolutionRate: 0.5 });
    expect(report.byStatus.map((row) => row.status)).toEqual([...TICKET_STATUSES]);
    expect(report.byStatus.filter((row) => row.count > 0)).toEqual([
      { status: 'received', count: 2 },
      { status: 'closed', count: 2 },
    ]);
    expect(report.byLegalCategory).toEqual([
      { legalCategory: 'labour-remuneration', count: 3 },
      { legalCategory: 'work-injury', count: 1 },
    ]);
    expect(report.followUps).toEqual({
      calls: 3,
      bySatisfaction: [
        { satisfaction: 'satisfied', count: 0 },
        { satisfaction: 'basically-satisfied', count: 2 },
        { satisfaction: 'dissatisfied', count: 1 },
      ],
      satisfiedRate: 0.6667,
    });
    expect(report.onlineQuestions).toEqual({
      asked: 3,
      answered: 3,
      answeredInTime: 2,
      overdue: 0,
      inTimeRate: 0.6667,
    });
    expect(report.knowledgeSection).toEqual({ entries: 5, published: 4 });
  });

  it('gives no rates without tickets, calls or answers, and no sections the platform does not keep', () => {
    const report = sut({
      tickets: NO_LINE_TICKETS,
      byStatus: [],
      byLegalCategory: [],
      bySatisfaction: [],
      onlineQuestions: null,
      knowledgeSection: null,
    });
    expect(report.tickets.firstContactResolutionRate).toBeNull();
    expect(report.followUps.satisfiedRate).toBeNull();
    expect(report.byLegalCategory).toEqual([]);
    expect(report.onlineQuestions).toBeNull();
    expect(report.knowledgeSection).toBeNull();
  });
});

describe(rateOf.name, () => {
  it('rounds to four decimals, and has no rate over nothing', () => {
    expect(rateOf(1, 3)).toBe(0.3333);
    expect(rateOf(0, 0)).toBeNull();
  });
});

describe(reportDaysOf.name, () => {
  const sut = reportDaysOf;
  const now = new Date('2027-01-15T04:00:00Z');
  // 1 December 2026, 00:00 in Shanghai, is still 30 November in UTC.
  const startsAt = new Date('2026-11-30T16:00:00Z');

  it('covers the line’s own days up to today (Asia/Shanghai) when nothing is asked', () => {
    expect(sut({ startsAt, endsAt: null, closedAt: null }, {}, now)).toEqual({ from: '2026-12-01', to: '2027-01-15' });
  });

  it('stops at the line’s end or closing, whichever came first', () => {
    const endsAt = new Date('2027-01-01T00:00:00+08:00');
    expect(sut({ startsAt, endsAt, closedAt: null }, {}, now)).toEqual({ from: '2026-12-01', to: '2027-01-01' });
    expect(sut({ startsAt, endsAt, closedAt: new Date('2026-12-20T10:00:00+08:00') }, {}, now)).toEqual({
      from: '2026-12-01',
      to: '2026-12-20',
    });
  });

  it('keeps what is asked, and leaves the start to the usual default for a line older than the longest period', () => {
    expect(sut({ startsAt, endsAt: null, closedAt: null }, { from: '2026-12-10', to: '2026-12-20' }, now)).toEqual({
      from: '2026-12-10',
      to: '2026-12-20',
    });
    expect(sut({ startsAt: new Date('2020-01-01T00:00:00Z'), endsAt: null, closedAt: null }, {}, now)).toEqual({
      to: '2027-01-15',
    });
  });

  it('reports a scheduled line on its first day', () => {
    const later = new Date('2027-02-01T00:00:00+08:00');
    expect(sut({ startsAt: later, endsAt: null, closedAt: null }, {}, now)).toEqual({
      from: '2027-02-01',
      to: '2027-02-01',
    });
  });
});

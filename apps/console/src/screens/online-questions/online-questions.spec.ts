import { describe, expect, it } from 'vitest';
import { queueNoticeOf, supervisionOrder, waitingTextOf, type OnlineQuestion } from './online-questions';

const question = (ticketNumber: string, changes: Partial<OnlineQuestion>): OnlineQuestion =>
  ({
    ticketId: ticketNumber,
    ticketNumber,
    priority: 'normal',
    overdue: false,
    dueAt: '2026-12-07T06:00:00Z',
    receivedAt: '2026-12-07T02:00:00Z',
    ...changes,
  }) as OnlineQuestion;

describe(supervisionOrder.name, () => {
  it('puts overdue questions first, then higher priority, then the earliest due', () => {
    const sorted = supervisionOrder([
      question('late-normal', { dueAt: '2026-12-07T09:00:00Z' }),
      question('early-normal', { dueAt: '2026-12-07T05:00:00Z' }),
      question('green', { priority: 'green-channel', dueAt: '2026-12-07T10:00:00Z' }),
      question('overdue', { overdue: true, dueAt: '2026-12-07T01:00:00Z' }),
    ]);
    expect(sorted.map((q) => q.ticketNumber)).toEqual(['overdue', 'green', 'early-normal', 'late-normal']);
  });
});

describe(waitingTextOf.name, () => {
  it('counts the wait from the question’s arrival, never below zero', () => {
    const receivedAt = '2026-12-07T02:00:00Z';
    expect(waitingTextOf(receivedAt, Date.parse(receivedAt) + 2 * 3_600_000 + 5 * 60_000)).toContain('2 小时');
    expect(waitingTextOf(receivedAt, Date.parse(receivedAt) - 60_000)).not.toContain('-');
  });
});

describe(queueNoticeOf.name, () => {
  it('tells an off-duty person why the queue is empty for them', () => {
    expect(queueNoticeOf({ onDuty: false, openClaims: 0, maxOpenClaims: 3 })?.text).toContain('不在网络或热线值班时段');
  });

  it('tells a person at the cap to answer or release first', () => {
    expect(queueNoticeOf({ onDuty: true, openClaims: 3, maxOpenClaims: 3 })).toMatchObject({ tone: 'warning' });
    expect(queueNoticeOf({ onDuty: true, openClaims: 1, maxOpenClaims: 3 })).toMatchObject({ tone: 'info' });
  });

  it('says nothing to a supervisor, who claims nothing', () => {
    expect(queueNoticeOf({ onDuty: null, openClaims: null, maxOpenClaims: 3 })).toBeNull();
  });
});

import { describe, expect, it } from '@jest/globals';
import { startAcceptanceClock, type AcceptanceClock } from '../../assignments/domain/acceptance-clock.js';
import { pauseAssignmentClock, resumeAssignmentClock } from './adjust-clock.js';

const STARTED = new Date('2026-11-23T02:15:01.000Z');
const DUE = new Date('2026-11-23T06:15:01.000Z');
const EVENT_ID = '11111111-1111-4111-8111-111111111110';
const CAUSE = { correlationId: 'c0a8e1f2-3b4c-4d5e-8f60-718293a4b5c6', causationId: null };
const clock = (overrides: Partial<AcceptanceClock> = {}): AcceptanceClock => ({
  ...startAcceptanceClock({
    id: '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f',
    ticketId: '7d5b8a9e-2c1f-4f7a-9a63-1d2e3f4a5b6c',
    agencyId: 'legal-aid-centre:440605',
    requestedAt: STARTED,
    acceptanceDeadline: DUE,
  }),
  ...overrides,
});
const minutes = (n: number) => new Date(STARTED.getTime() + n * 60_000);

describe(pauseAssignmentClock.name, () => {
  it('pauses with the reason and says so', () => {
    const sut = pauseAssignmentClock(clock(), { reason: '等待申请人补充材料', pausedBy: 'supervisor-wang' }, minutes(10), EVENT_ID, CAUSE);
    expect(sut.clock).toMatchObject({ pausedAt: minutes(10), pauseReason: '等待申请人补充材料', pausedBy: 'supervisor-wang', dueAt: DUE });
    expect(sut.events).toEqual([
      expect.objectContaining({
        id: EVENT_ID,
        type: 'assignment.clock-paused.v1',
        subject: '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f',
        data: expect.objectContaining({ reason: '等待申请人补充材料', pausedAt: minutes(10).toISOString() }),
      }),
    ]);
  });

  it.each<[string, Partial<AcceptanceClock>, string]>([
    ['a paused clock', { pausedAt: minutes(1), pauseReason: 'materials' }, 'CLOCK.ALREADY_PAUSED'],
    ['a fired clock', { firedAt: DUE, overdueAction: 'alert-only' }, 'CLOCK.ALREADY_FIRED'],
    ['a stopped clock', { stoppedAt: minutes(5), stopReason: 'accepted' }, 'CLOCK.STOPPED'],
  ])('refuses %s with a coded conflict', (_case, state, code) => {
    expect(() => pauseAssignmentClock(clock(state), { reason: 'x', pausedBy: 'y' }, minutes(10), EVENT_ID, CAUSE)).toThrow(
      expect.objectContaining({ code, kind: 'conflict' }),
    );
  });
});

describe(resumeAssignmentClock.name, () => {
  it('moves the deadline by the paused time and says so', () => {
    const paused = clock({ pausedAt: minutes(10), pauseReason: 'materials', pausedBy: 'supervisor-wang' });
    const sut = resumeAssignmentClock(paused, { resumedBy: 'supervisor-zhao' }, minutes(40), EVENT_ID, CAUSE);
    const moved = new Date(DUE.getTime() + 30 * 60_000);
    expect(sut.clock).toMatchObject({ pausedAt: null, pauseReason: null, pausedBy: null, resumedBy: 'supervisor-zhao', pausedMs: 30 * 60_000, dueAt: moved });
    expect(sut.events).toEqual([
      expect.objectContaining({
        type: 'assignment.clock-resumed.v1',
        data: expect.objectContaining({ acceptanceDeadline: moved.toISOString(), resumedAt: minutes(40).toISOString() }),
      }),
    ]);
  });

  it.each<[string, Partial<AcceptanceClock>, string]>([
    ['a running clock', {}, 'CLOCK.NOT_PAUSED'],
    ['a stopped clock', { pausedAt: minutes(1), stoppedAt: minutes(5), stopReason: 'withdrawn' }, 'CLOCK.STOPPED'],
  ])('refuses %s with a coded conflict', (_case, state, code) => {
    expect(() => resumeAssignmentClock(clock(state), { resumedBy: 'y' }, minutes(10), EVENT_ID, CAUSE)).toThrow(
      expect.objectContaining({ code, kind: 'conflict' }),
    );
  });
});

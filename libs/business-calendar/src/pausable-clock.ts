/**
 * A deadline that can stop while the platform waits on someone else (for example the applicant's
 * missing materials) and that says why. Paused time is added to the due instant on resume.
 */
export interface PausableClock {
  startedAt: Date;
  dueAt: Date;
  pausedAt: Date | null;
  pauseReason: string | null;
  /** Total paused milliseconds so far. */
  pausedMs: number;
}

export class ClockStateError extends Error {
  constructor(
    readonly code: 'CLOCK.ALREADY_PAUSED' | 'CLOCK.NOT_PAUSED',
    message: string,
  ) {
    super(message);
    this.name = 'ClockStateError';
  }
  readonly kind = 'conflict';
}

export function startClock(startedAt: Date, dueAt: Date): PausableClock {
  return { startedAt, dueAt, pausedAt: null, pauseReason: null, pausedMs: 0 };
}

export function pauseClock(clock: PausableClock, at: Date, reason: string): PausableClock {
  if (clock.pausedAt) throw new ClockStateError('CLOCK.ALREADY_PAUSED', `the clock has been paused since ${clock.pausedAt.toISOString()}: ${clock.pauseReason}`);
  return { ...clock, pausedAt: at, pauseReason: reason };
}

export function resumeClock(clock: PausableClock, at: Date): PausableClock {
  if (!clock.pausedAt) throw new ClockStateError('CLOCK.NOT_PAUSED', 'the clock is running');
  const paused = Math.max(0, at.getTime() - clock.pausedAt.getTime());
  return { ...clock, dueAt: new Date(clock.dueAt.getTime() + paused), pausedAt: null, pauseReason: null, pausedMs: clock.pausedMs + paused };
}

/** Overdue only while running: a paused clock never falls due. */
export function isOverdue(clock: PausableClock, now: Date): boolean {
  return clock.pausedAt === null && now.getTime() >= clock.dueAt.getTime();
}

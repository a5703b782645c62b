import { isOverdue, pauseClock, resumeClock, type PausableClock } from '@legal-hotline/business-calendar';
import type { AssignmentOverdueV1 } from '@legal-hotline/contracts';

/** Why a clock stopped for good: the body decided, or routing took the assignment back. */
export type ClockStopReason = 'accepted' | 'rejected' | 'withdrawn';

/** What the escalation policy did when the clock fired. */
export type OverdueAction = AssignmentOverdueV1['action'];

/**
 * The acceptance clock of one assignment: due at the acceptance deadline, pausable with a reason
 * (the deadline moves by the paused time), fired at most once when it falls due while running,
 * and stopped when the body accepts or rejects or routing withdraws the assignment.
 */
export interface AcceptanceClock extends PausableClock {
  assignmentId: string;
  ticketId: string;
  agencyId: string;
  /** Who paused it, while paused. */
  pausedBy: string | null;
  /** Who last resumed it. */
  resumedBy: string | null;
  /** When the deadline passed and the escalation ran; set once. */
  firedAt: Date | null;
  overdueAction: OverdueAction | null;
  stoppedAt: Date | null;
  stopReason: ClockStopReason | null;
}

/** running: counting down; paused; overdue: fired and the assignment still open (alert-only); stopped. */
export type ClockState = 'running' | 'paused' | 'overdue' | 'stopped';

export type ClockErrorCode = 'CLOCK.STOPPED' | 'CLOCK.ALREADY_FIRED' | 'ASSIGNMENT.NOT_FOUND';

/** A clock command that cannot apply: a conflict with the clock's state (409) or no such assignment (404). */
export class ClockError extends Error {
  override readonly name = 'ClockError';
  readonly field: string | null;

  constructor(
    readonly code: ClockErrorCode,
    readonly kind: 'conflict' | 'not-found',
    message: string,
  ) {
    super(message);
    this.field = kind === 'not-found' ? 'id' : null;
  }

  static assignmentNotFound(assignmentId: string): ClockError {
    return new ClockError('ASSIGNMENT.NOT_FOUND', 'not-found', `routing made no assignment with id ${assignmentId}`);
  }
}

export function startAcceptanceClock(assignment: {
  id: string;
  ticketId: string;
  agencyId: string;
  requestedAt: Date;
  acceptanceDeadline: Date;
}): AcceptanceClock {
  return {
    assignmentId: assignment.id,
    ticketId: assignment.ticketId,
    agencyId: assignment.agencyId,
    startedAt: assignment.requestedAt,
    dueAt: assignment.acceptanceDeadline,
    pausedAt: null,
    pauseReason: null,
    pausedBy: null,
    resumedBy: null,
    pausedMs: 0,
    firedAt: null,
    overdueAction: null,
    stoppedAt: null,
    stopReason: null,
  };
}

export function clockStateOf(clock: AcceptanceClock): ClockState {
  if (clock.stoppedAt) return 'stopped';
  if (clock.firedAt) return 'overdue';
  return clock.pausedAt ? 'paused' : 'running';
}

function assertAdjustable(clock: AcceptanceClock): void {
  if (clock.stoppedAt) {
    throw new ClockError('CLOCK.STOPPED', 'conflict', `the acceptance clock stopped at ${clock.stoppedAt.toISOString()} (${clock.stopReason ?? 'stopped'})`);
  }
  if (clock.firedAt) {
    throw new ClockError('CLOCK.ALREADY_FIRED', 'conflict', `the acceptance deadline passed at ${clock.dueAt.toISOString()}; the clock fired at ${clock.firedAt.toISOString()}`);
  }
}

/**
 * Stops the countdown, e.g. while waiting for the applicant's materials. Throws CLOCK.STOPPED,
 * CLOCK.ALREADY_FIRED or (library) CLOCK.ALREADY_PAUSED, all conflicts.
 */
export function pauseAcceptanceClock(clock: AcceptanceClock, at: Date, reason: string, by: string): AcceptanceClock {
  assertAdjustable(clock);
  return { ...clock, ...pauseClock(clock, at, reason), pausedBy: by };
}

/** Runs the clock again; the deadline moves by the paused time. Throws like pause, or CLOCK.NOT_PAUSED. */
export function resumeAcceptanceClock(clock: AcceptanceClock, at: Date, by: string): AcceptanceClock {
  assertAdjustable(clock);
  return { ...clock, ...resumeClock(clock, at), pausedBy: null, resumedBy: by };
}

/** Stops the clock for good; null when it had stopped already (the first stop stands). */
export function stopAcceptanceClock(clock: AcceptanceClock, at: Date, reason: ClockStopReason): AcceptanceClock | null {
  if (clock.stoppedAt) return null;
  return { ...clock, stoppedAt: at, stopReason: reason };
}

/** Due to fire: running, never fired, not stopped, and its deadline has come. */
export function isDueToFire(clock: AcceptanceClock, now: Date): boolean {
  return clock.stoppedAt === null && clock.firedAt === null && isOverdue(clock, now);
}

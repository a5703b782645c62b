import type { Actor, LegalCategory } from '@legal-hotline/contracts';
import type { TicketPriority } from '../../tickets/domain/ticket.js';
import { SpecialLineError } from './special-line-error.js';

// A special line (专线) is opened by a supervisor for a period: seasonal lines (epidemic,
// enterprise resumption, Civil Code questions) and standing green channels (migrant-worker wage
// claims, veterans). Tickets opened on it take its priority; its report counts them.

/** As stored: `open` until a supervisor closes it; whether it takes tickets now also depends on its period. */
export const SPECIAL_LINE_RECORD_STATUSES = ['open', 'closed'] as const;
export type SpecialLineRecordStatus = (typeof SPECIAL_LINE_RECORD_STATUSES)[number];

/**
 * As people see it at a given time: `open` takes tickets now; `scheduled` is open for a period
 * that starts later; `ended` is open but its period is over; `closed` was closed by a supervisor.
 */
export const SPECIAL_LINE_STATUSES = ['open', 'scheduled', 'ended', 'closed'] as const;
export type SpecialLineStatus = (typeof SPECIAL_LINE_STATUSES)[number];

export const TICKET_PRIORITIES = ['normal', 'urgent', 'green-channel'] as const satisfies readonly TicketPriority[];

/** Longest online answer time a line may set: a month of working hours. */
export const MAX_ONLINE_ANSWER_HOURS = 720;

export interface SpecialLine {
  code: string;
  name: string;
  description: string;
  legalCategories: LegalCategory[];
  /** The province, city or county the line serves (region code); null: the whole platform. */
  regionCode: string | null;
  status: SpecialLineRecordStatus;
  startsAt: Date;
  /** Null: open until closed. */
  endsAt: Date | null;
  priority: TicketPriority;
  /** Working hours within which an online question on the line is answered; null: the platform's default. */
  onlineAnswerHours: number | null;
  openedBy: Actor;
  changedBy: Actor | null;
  changedAt: Date | null;
  closedBy: Actor | null;
  closedAt: Date | null;
  createdAt: Date;
}

/** What a supervisor sets when opening a line, and may change while it is open. */
export interface SpecialLineProfileInput {
  name: string;
  description: string;
  legalCategories: LegalCategory[];
  startsAt: Date;
  endsAt: Date | null;
  priority: TicketPriority;
  onlineAnswerHours: number | null;
}

export interface OpenSpecialLineInput extends SpecialLineProfileInput {
  code: string;
  regionCode: string | null;
}

export function statusOf(line: Pick<SpecialLine, 'status' | 'startsAt' | 'endsAt'>, at: Date): SpecialLineStatus {
  if (line.status === 'closed') return 'closed';
  if (line.startsAt > at) return 'scheduled';
  if (line.endsAt !== null && line.endsAt <= at) return 'ended';
  return 'open';
}

/**
 * The period must end after it starts, and not already be over: a line that ends now is closed,
 * not given a past end. Checked on opening and on every change.
 */
export function checkPeriod(period: { startsAt: Date; endsAt: Date | null }, now: Date): void {
  if (period.endsAt === null) return;
  if (period.endsAt <= period.startsAt) {
    throw new SpecialLineError('SPECIAL_LINE.ENDS_BEFORE_START', 'invalid', 'endsAt must be after startsAt', 'endsAt');
  }
  if (period.endsAt <= now) {
    throw new SpecialLineError(
      'SPECIAL_LINE.ENDS_IN_PAST',
      'invalid',
      'endsAt must be in the future; to end the line now, close it',
      'endsAt',
    );
  }
}

export function openedSpecialLine(input: OpenSpecialLineInput, actor: Actor, now: Date): SpecialLine {
  checkPeriod(input, now);
  return {
    ...input,
    legalCategories: [...input.legalCategories],
    status: 'open',
    openedBy: actor,
    changedBy: null,
    changedAt: null,
    closedBy: null,
    closedAt: null,
    createdAt: now,
  };
}

/** The line with a new period and profile; only while it is not closed. Code and region stay. */
export function changedSpecialLine(
  line: SpecialLine,
  input: SpecialLineProfileInput,
  actor: Actor,
  now: Date,
): SpecialLine {
  if (line.status === 'closed') {
    throw new SpecialLineError(
      'SPECIAL_LINE.CLOSED',
      'conflict',
      `special line ${line.code} is closed and can no longer be changed`,
    );
  }
  checkPeriod(input, now);
  return { ...line, ...input, legalCategories: [...input.legalCategories], changedBy: actor, changedAt: now };
}

export function closedSpecialLine(line: SpecialLine, actor: Actor, now: Date): SpecialLine {
  if (line.status === 'closed') {
    throw new SpecialLineError(
      'SPECIAL_LINE.ALREADY_CLOSED',
      'conflict',
      `special line ${line.code} was closed at ${line.closedAt?.toISOString() ?? 'an earlier time'}`,
    );
  }
  return { ...line, status: 'closed', closedBy: actor, closedAt: now };
}

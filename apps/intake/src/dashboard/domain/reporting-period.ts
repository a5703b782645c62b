import { shanghaiDate } from '../../tickets/domain/ticket-number.js';

// The period the figures cover: whole calendar days in Asia/Shanghai, where the platform works.
// China keeps one offset all year (UTC+8, no daylight saving), so a day is [00:00+08:00, next 00:00+08:00).

/** Days covered when `from` is not given: the last 30 days up to `to`. */
export const DEFAULT_PERIOD_DAYS = 30;
/** The longest period one request covers: a year, leap day included. */
export const MAX_PERIOD_DAYS = 366;

const DAY_MS = 86_400_000;

export interface ReportingPeriod {
  /** First day, YYYY-MM-DD (Asia/Shanghai). */
  from: string;
  /** Last day, included. */
  to: string;
  /** The first instant of `from`. */
  start: Date;
  /** The first instant after `to`: the period is [start, end). */
  end: Date;
}

export type ReportingPeriodOutcome =
  { ok: true; period: ReportingPeriod } | { ok: false; field: 'from' | 'to'; reason: string };

/** Today's date in Asia/Shanghai, YYYY-MM-DD. */
export function shanghaiDay(now: Date): string {
  const day = shanghaiDate(now);
  return `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}`;
}

/**
 * The period of `given` days (real calendar dates, YYYY-MM-DD, checked at the edge): `to`
 * defaults to `today`, `from` to 29 days before `to`. Refused when `to` comes before `from`,
 * or when the period is longer than {@link MAX_PERIOD_DAYS}.
 */
export function reportingPeriodOf(
  given: { from?: string | undefined; to?: string | undefined },
  today: string,
): ReportingPeriodOutcome {
  const to = given.to ?? today;
  const from = given.from ?? addDays(to, 1 - DEFAULT_PERIOD_DAYS);
  const days = daysBetween(from, to) + 1;
  if (days < 1) {
    return {
      ok: false,
      field: 'to',
      reason: `to (${to}${given.to === undefined ? ', today by default' : ''}) must not be before from (${from})`,
    };
  }
  if (days > MAX_PERIOD_DAYS) {
    return {
      ok: false,
      field: 'from',
      reason: `from ${from} to ${to} spans ${days} days; one request covers at most ${MAX_PERIOD_DAYS}`,
    };
  }
  return { ok: true, period: { from, to, start: startOfShanghaiDay(from), end: startOfShanghaiDay(addDays(to, 1)) } };
}

function startOfShanghaiDay(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

// The period a figure covers: whole calendar days in Asia/Shanghai, where the platform works,
// for every service that reports figures.

/** The longest period a figure covers, in calendar days. */
export const MAX_PERIOD_DAYS = 366;
/** The period when none is given: the last 30 days, today included. */
export const DEFAULT_PERIOD_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;
// China keeps no daylight saving time: Asia/Shanghai is UTC+8 all year.
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * Asia/Shanghai calendar days from `from` to `to`, both included, and the instants that bound
 * them: `startsAt` is 00:00 of `from`, `endsBefore` 00:00 of the day after `to` (both +08:00).
 */
export interface ReportingPeriod {
  from: string;
  to: string;
  startsAt: Date;
  endsBefore: Date;
}

export type PeriodProblem =
  | { field: 'to'; code: 'PERIOD.ENDS_BEFORE_START'; message: string }
  | { field: 'from'; code: 'PERIOD.TOO_LONG'; message: string };

/** The Asia/Shanghai calendar day (`YYYY-MM-DD`) of an instant. */
export function shanghaiDayOf(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The period a request asks for. `to` defaults to today (Asia/Shanghai, from `now`), `from` to
 * 29 days before `to`. Both are real `YYYY-MM-DD` dates (checked at the edge). A period that ends
 * before it starts is refused naming `to`; one of more than {@link MAX_PERIOD_DAYS} days, naming `from`.
 */
export function reportingPeriodOf(
  asked: { from?: string; to?: string },
  now: Date,
): { ok: true; period: ReportingPeriod } | { ok: false; problem: PeriodProblem } {
  const to = asked.to ?? shanghaiDayOf(now);
  const from = asked.from ?? addDays(to, 1 - DEFAULT_PERIOD_DAYS);
  const days = (dayStart(to) - dayStart(from)) / DAY_MS + 1;
  if (days < 1) {
    return {
      ok: false,
      problem: {
        field: 'to',
        code: 'PERIOD.ENDS_BEFORE_START',
        message: `to (${to}${asked.to === undefined ? ', today by default' : ''}) must not be before from (${from})`,
      },
    };
  }
  if (days > MAX_PERIOD_DAYS) {
    return {
      ok: false,
      problem: {
        field: 'from',
        code: 'PERIOD.TOO_LONG',
        message: `the period ${from} to ${to} spans ${days} days; at most ${MAX_PERIOD_DAYS}`,
      },
    };
  }
  return {
    ok: true,
    period: {
      from,
      to,
      startsAt: new Date(dayStart(from) - SHANGHAI_OFFSET_MS),
      endsBefore: new Date(dayStart(to) + DAY_MS - SHANGHAI_OFFSET_MS),
    },
  };
}

/** Midnight UTC of a `YYYY-MM-DD` day, in milliseconds: day arithmetic without time zones. */
function dayStart(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

function addDays(day: string, days: number): string {
  return new Date(dayStart(day) + days * DAY_MS).toISOString().slice(0, 10);
}

import dayjs from 'dayjs';
import { daysBefore, todayInShanghai } from '../../lib/time';

// The period the figures cover: Beijing calendar days, both ends included, as the services
// count them (they default to the last 30 days and refuse more than 366).

export interface Period {
  /** First day, "YYYY-MM-DD" (Asia/Shanghai), included. */
  from: string;
  /** Last day, "YYYY-MM-DD" (Asia/Shanghai), included. */
  to: string;
}

export const DEFAULT_PERIOD_DAYS = 30;
export const MAX_PERIOD_DAYS = 366;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The last `days` Beijing days, today included. */
export function lastDays(days: number, now: Date = new Date()): Period {
  const to = todayInShanghai(now);
  return { from: daysBefore(to, days - 1), to };
}

export function defaultPeriod(now: Date = new Date()): Period {
  return lastDays(DEFAULT_PERIOD_DAYS, now);
}

function isCalendarDate(value: string | null): value is string {
  return value !== null && DATE.test(value) && dayjs.utc(value).format('YYYY-MM-DD') === value;
}

/** Days in the period, both ends counted (a single day is 1). */
export function daysIn(period: Period): number {
  return dayjs.utc(period.to).diff(dayjs.utc(period.from), 'day') + 1;
}

/** Every day of the period in order, "YYYY-MM-DD". */
export function datesOf(period: Period): string[] {
  const count = Math.max(0, daysIn(period));
  const first = dayjs.utc(period.from);
  return Array.from({ length: count }, (_, index) => first.add(index, 'day').format('YYYY-MM-DD'));
}

/** Why the services would refuse the period, in Chinese; null when they take it. */
export function periodProblemOf(period: Period): string | null {
  if (!isCalendarDate(period.from) || !isCalendarDate(period.to)) return '请选择统计期间的开始和结束日期。';
  if (period.to < period.from) return '结束日期不能早于开始日期。';
  if (daysIn(period) > MAX_PERIOD_DAYS) return `统计期间最长 ${MAX_PERIOD_DAYS} 天，请缩短后再查看。`;
  return null;
}

/** The period kept in the address (`?from=&to=`), or the last 30 days when it is missing or unusable. */
export function periodFromParams(params: URLSearchParams, now: Date = new Date()): Period {
  const period = { from: params.get('from') ?? '', to: params.get('to') ?? '' };
  return periodProblemOf(period) === null ? period : defaultPeriod(now);
}

/** "2026-11-01 至 2026-11-30" */
export function periodText(period: Period): string {
  return period.from === period.to ? period.from : `${period.from} 至 ${period.to}`;
}

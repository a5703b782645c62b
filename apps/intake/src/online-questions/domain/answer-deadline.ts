import { isWorkingDay, startOfLocalDay, type BusinessCalendar } from '@legal-hotline/business-calendar';

/** A span of local office time within a day, in minutes after local midnight; `to` exclusive. */
export interface OfficeSpan {
  fromMinute: number;
  toMinute: number;
}

/** The office hours of working days, in order, not overlapping. */
export type OfficeHours = readonly OfficeSpan[];

export const DEFAULT_OFFICE_HOURS = '08:30-17:30';

const SPAN = /^([01]\d|2[0-3]):([0-5]\d)-(([01]\d|2[0-3]):([0-5]\d)|24:00)$/;
const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/**
 * Reads ONLINE_ANSWER_OFFICE_HOURS: local spans `HH:MM-HH:MM` separated by commas, in order and
 * apart ("08:30-12:00,13:30-17:30"); "24:00" may end the last.
 */
export function parseOfficeHours(text: string): { ok: true; hours: OfficeHours } | { ok: false; problem: string } {
  const spans: OfficeSpan[] = [];
  for (const part of text.split(',').map((s) => s.trim())) {
    const match = SPAN.exec(part);
    if (!match) return { ok: false, problem: `"${part}" is not a span like 08:30-17:30` };
    const fromMinute = Number(match[1]) * 60 + Number(match[2]);
    const toMinute = match[3] === '24:00' ? 24 * 60 : Number(match[4]) * 60 + Number(match[5]);
    if (fromMinute >= toMinute) return { ok: false, problem: `"${part}" ends before it starts` };
    const previous = spans.at(-1);
    if (previous && previous.toMinute > fromMinute)
      return { ok: false, problem: `"${part}" overlaps or precedes the span before it` };
    spans.push({ fromMinute, toMinute });
  }
  return { ok: true, hours: spans };
}

/**
 * When an online question received at `receivedAt` must be answered: `hours` of office time on
 * working days of the business calendar (holidays off, make-up working days (调休) on). A
 * question that arrives at night or on a holiday starts counting when the office opens; 0 hours
 * means at once.
 */
export function answerDueAt(calendar: BusinessCalendar, office: OfficeHours, receivedAt: Date, hours: number): Date {
  if (!(hours >= 0)) throw new RangeError(`working hours must be 0 or more, got ${hours}`);
  let remaining = Math.round(hours * HOUR_MS);
  if (remaining === 0 || office.length === 0) return receivedAt;
  let cursor = receivedAt;
  // Ten years of days bounds the walk even for a calendar with hardly a working day.
  for (let day = 0; day < 3660; day++) {
    const midnight = startOfLocalDay(cursor, calendar.timeZone);
    if (isWorkingDay(calendar, new Date(midnight.getTime() + DAY_MS / 2))) {
      for (const span of office) {
        const spanStart = new Date(midnight.getTime() + span.fromMinute * 60_000);
        const spanEnd = new Date(midnight.getTime() + span.toMinute * 60_000);
        if (cursor >= spanEnd) continue;
        const from = cursor > spanStart ? cursor : spanStart;
        const available = spanEnd.getTime() - from.getTime();
        if (remaining <= available) return new Date(from.getTime() + remaining);
        remaining -= available;
        cursor = spanEnd;
      }
    }
    // The next local midnight: a day and a bit on, then back to its start (safe across offset changes).
    cursor = startOfLocalDay(new Date(midnight.getTime() + DAY_MS + 2 * HOUR_MS), calendar.timeZone);
  }
  throw new RangeError('the business calendar has no office time in the next ten years');
}
